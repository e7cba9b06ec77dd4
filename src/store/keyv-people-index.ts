// People in keyv. Keys (namespace nb):
//   people:<personKey>    { v: 2, value: PersonRow[] }: who shares this transliteration-insensitive
//                         surname key (id, name, name forms, article count): small, read to match names
//   person:<id>           { v: 2, value: PersonEntry }: roles, facts, company (capped, so bounded in size)
//   people:directory      { v: 2, value: [id, name, aliases, articleCount][] }: read only when the fast path misses
//   people:directory:rev  a string that changes with every directory write, so each process knows when
//                         its prepared copy (rows + candidate index) is stale
// All are derived from the articles and can be rebuilt by re-indexing them.
//
// Reading (codecs in keyv-people-codecs.ts): the three versioned keys are trusted at v2 after a cheap
// check, and bare values (v1, written before versions) are validated and upgraded on read; the rev is
// checked whole. A value of another shape throws StoredValueError naming its key: a batch never folds
// into garbage. This file only reads and writes: who is who lives in src/people (resolve-identity.ts,
// match-query.ts, people-directory.ts).
import { randomUUID } from 'node:crypto';
import type Keyv from 'keyv';
import { normalizeName, personKey } from '../nlp/names.js';
import { articlePeople } from '../people/article-people.js';
import { foldBatch } from '../people/fold-batch.js';
import { confidentInBucket, rankCandidates } from '../people/match-query.js';
import { buildNameIndex, type DirectoryRow, type NameIndex } from '../people/name-candidates.js';
import { directoryRows, updatedDirectory } from '../people/people-directory.js';
import type { PersonEntry, PersonRow } from '../people/person-entry.js';
import { toProfile } from '../people/person-profile.js';
import { bucketWrites, resolveMentions } from '../people/resolve-identity.js';
import { bucketCodec, directoryCodec, personCodec, revCodec } from './keyv-people-codecs.js';
import type { PeopleIndex, PersonLookup } from './people-index.port.js';

const bucketKey = (key: string) => `people:${key}`;
const personKeyOf = (id: string) => `person:${id}`;

export function createKeyvPeopleIndex(kv: Keyv): PeopleIndex {
  // The prepared directory, rebuilt only when the stored revision changes (any process may write).
  let prepared: { rev: string; rows: DirectoryRow[]; index: NameIndex } | undefined;
  const directory = async () => {
    const rev = revCodec.decode('people:directory:rev', await kv.get('people:directory:rev')) ?? '';
    if (prepared?.rev === rev) return prepared;
    const rows = directoryRows(directoryCodec.decode('people:directory', await kv.get('people:directory')) ?? []);
    prepared = { rev, rows, index: buildNameIndex(rows) };
    return prepared;
  };
  const profileOf = async (id: string) => {
    const entry = personCodec.decode(personKeyOf(id), await kv.get(personKeyOf(id)));
    return entry ? toProfile(entry) : null;
  };
  const readBuckets = async (keys: readonly string[]): Promise<Map<string, PersonRow[]>> => {
    const loaded = await kv.getMany(keys.map(bucketKey));
    return new Map(keys.map((k, i) => [k, bucketCodec.decode(bucketKey(k), loaded[i]) ?? []]));
  };
  const readEntries = async (ids: readonly string[]): Promise<(PersonEntry | undefined)[]> => {
    const stored = await kv.getMany(ids.map(personKeyOf));
    return stored.map((raw, i) => personCodec.decode(personKeyOf(ids[i]!), raw));
  };

  return {
    async indexArticles(records, batch) {
      const perRecord = records.map((record) => ({ record, people: articlePeople(record) }));
      const keys = [...new Set(perRecord.flatMap(({ people }) => people.map((p) => personKey(p.name))))];
      if (keys.length === 0) return;
      const buckets = await readBuckets(keys);
      // Rows as stored: matching below updates rows in memory, but only this batch's people are rewritten.
      const originals = new Map([...buckets.values()].flat().map((r) => [r.id, structuredClone(r)]));

      // 1. Who is who: match every mention group to a bucket row (new people get a new row).
      const { resolved, created } = resolveMentions(perRecord, buckets);

      // 2. Fold each article into its people's entries, read once per batch.
      const existingIds = [...new Set(resolved.flatMap((r) => r.people.map((p) => p.id)))].filter((id) => !created.has(id));
      const entries = new Map(created);
      (await readEntries(existingIds)).forEach((entry, i) => {
        if (entry) entries.set(existingIds[i]!, entry);
      });
      foldBatch(resolved, entries, batch);

      // 3. Write every entry of the batch with its bucket rows (rows mirror the entries' names and
      // counts). A replay rewrites the same values, so a store without multi-key writes converges too.
      const batchEntries = [...entries.values()];
      await kv.setMany([
        ...batchEntries.map((e) => ({ key: personKeyOf(e.id), value: personCodec.encode(e) })),
        ...[...bucketWrites(buckets, originals, batchEntries)].map(([key, rows]) => ({ key: bucketKey(key), value: bucketCodec.encode(rows) })),
      ]);
      await updateDirectory(kv, batchEntries);
    },

    async lookup(query) {
      const result: PersonLookup = { query, person: null, suggestions: [] };
      if (!normalizeName(query)) return result;
      const key = bucketKey(personKey(query));
      const direct = confidentInBucket(query, bucketCodec.decode(key, await kv.get(key)) ?? []);
      if (direct) {
        result.person = await profileOf(direct);
        if (result.person) return result;
      }
      // Slow path: a typo in the surname, or a first name only. Score the index's candidates.
      const { rows, index } = await directory();
      const { confident, suggestions } = rankCandidates(query, index.candidates(query).map((r) => rows[r]!));
      if (confident) {
        result.person = await profileOf(confident);
        if (result.person) return result;
      }
      result.suggestions = suggestions;
      return result;
    },
  };
}

/** The directory is rewritten only when someone is new or their names changed (see people-directory.ts). */
async function updateDirectory(kv: Keyv, entries: readonly PersonEntry[]): Promise<void> {
  const next = updatedDirectory(directoryCodec.decode('people:directory', await kv.get('people:directory')) ?? [], entries);
  if (!next) return;
  await kv.setMany([
    { key: 'people:directory', value: directoryCodec.encode(next) },
    { key: 'people:directory:rev', value: randomUUID() },
  ]);
}
