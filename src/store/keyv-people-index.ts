// People in keyv. Keys (namespace nb):
//   people:<shard>            { v: 2, value: PersonRow[] }: who shares this transliteration-insensitive
//                             surname key and given-name shard (<personKey>#<letter>, surname-shards.ts; a
//                             bare <personKey> is a whole bucket from before shards): id, name, name forms,
//                             article count, read to match names; rewritten only when someone joins it or a
//                             row's names change
//   people:tail:<shard>       { v: 2, value: PersonRow[] }: the shard's newest rows (at most TAIL_MAX): a
//                             newcomer is written here, and the shard itself once per TAIL_MAX newcomers
//   people:n:<shard>          { base, n }: the current article counts of the shard's rows, then its tail's
//                             (the counts in those two values are those of their last write, summing to
//                             base): a batch that only counts known people writes this, not the rows
//   people:s:<personKey>      the surname's summary (surname-summary.ts): ids given, shards present, leaders
//   person:<id>               { v: 2, value: PersonEntry }: roles, facts, company (capped, so bounded in size)
//   people:row:<id>           [id, name, aliases, count]: the names /who scores a candidate by
//   people:names:t:<token>    [[id, count], …]: people whose names hold the token, most mentioned first (capped)
//   people:names:<d|p|e|x>:…  [token, …]: tokens one deletion away, with a transliteration key, one deletion
//                             from it, or with a prefix (capped): how a typo or a first name finds postings
// Which keys a name is filed under and a query reads: src/people/name-postings.ts. All are derived from
// the articles and can be rebuilt by re-indexing them. A batch writes its entries, bucket counts, and only the
// rows and postings of people whose names changed (or whose count crossed a power of two), in one
// setMany: atomic on sqlite, and a replay finds its entries marked and writes the same values again.
// Nothing is cached in memory, so every process reads what the last batch wrote.
//
// Stores written before the name index hold a people:directory instead (keyv-people-legacy.ts): /who
// reads it as well until ingest batches have moved it into the name index, a slice per batch.
//   people:directory:migrated  { rev, done }: how many of its people are moved so far
//
// Reading (codecs in keyv-people-codecs.ts): an entry or bucket of another shape throws StoredValueError
// naming its key: a batch never folds into garbage. A name-index value of another shape is skipped
// with a log line (derived data: the lookup still answers, the next write replaces it). This file only
// reads and writes: who is who lives in src/people (resolve-identity.ts, match-query.ts, directory-writes.ts).
import type Keyv from 'keyv';
import { normalizeName, personKey } from '../nlp/names.js';
import { articlePeople } from '../people/article-people.js';
import { bucketChanges, directoryChanges, nameStateOf, type BucketChange, type NameState } from '../people/directory-writes.js';
import { foldBatch } from '../people/fold-batch.js';
import { confidentInBucket, rankCandidates } from '../people/match-query.js';
import { rowOf, type PersonEntry, type PersonRow } from '../people/person-entry.js';
import { toProfile } from '../people/person-profile.js';
import { bucketWrites, otherFullForms, peopleNumbered, resolveMentions, type RowMemo } from '../people/resolve-identity.js';
import { addNeed, emptyNeed, type ShardNeed } from '../people/surname-shards.js';
import { sameSummary, summaryAfter } from '../people/surname-summary.js';
import { bucketCodec, bucketCountsCodec, personCodec } from './keyv-people-codecs.js';
import { createLegacyDirectory, migrateLegacyDirectory } from './keyv-people-legacy.js';
import { bucketCountsKey, bucketKey, bucketTailKey, candidateRows, nameIndexWrites, TAIL_MAX, type StoredBucket, type Write } from './keyv-people-names.js';
import { readSurnames, shardStoreKey, summaryCodec, summaryKey, surnameRowsFor } from './keyv-people-shards.js';
import type { PeopleIndex, PersonLookup } from './people-index.port.js';
import type { InvalidValueLog } from './stored-value.js';

const personKeyOf = (id: string) => `person:${id}`;

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * What a batch writes of one bucket: its counts always; its tail when someone joined or a tail row's names changed;
 * the whole bucket (and an empty tail) only when a row of the bucket itself changed or the tail is full. So a new
 * person costs a write of at most TAIL_MAX rows, and the bucket is rewritten once per TAIL_MAX newcomers.
 */
function bucketValueWrites(key: string, { rows, firstChanged }: BucketChange, stored: StoredBucket): Write[] {
  const n = rows.map((r) => r.articleCount);
  const counts = (base: number): Write => ({ key: bucketCountsKey(key), value: bucketCountsCodec.encode({ base, n }) });
  if (firstChanged < 0) return [counts(stored.base)];
  const tail = rows.slice(stored.head);
  if (firstChanged >= stored.head && tail.length <= TAIL_MAX) {
    return [{ key: bucketTailKey(key), value: bucketCodec.encode(tail) }, counts(stored.headBase + sum(n.slice(stored.head)))];
  }
  return [
    { key: bucketKey(key), value: bucketCodec.encode(rows) },
    { key: bucketTailKey(key), value: bucketCodec.encode([]) },
    counts(sum(n)),
  ];
}

export function createKeyvPeopleIndex(kv: Keyv, options: { logger?: InvalidValueLog; migrationSlice?: number } = {}): PeopleIndex {
  const { logger, migrationSlice } = options;
  const legacyCandidates = createLegacyDirectory(kv);
  const profileOf = async (id: string) => {
    const entry = personCodec.decode(personKeyOf(id), await kv.get(personKeyOf(id)));
    return entry ? toProfile(entry) : null;
  };
  const readEntries = async (ids: readonly string[]): Promise<(PersonEntry | undefined)[]> => {
    const stored = await kv.getMany(ids.map(personKeyOf));
    return stored.map((raw, i) => personCodec.decode(personKeyOf(ids[i]!), raw));
  };

  return {
    async indexArticles(records, batch) {
      const perRecord = records.map((record) => ({ record, people: articlePeople(record) }));
      // What each surname's names need read: the shards a mention could match in (surname-shards.ts).
      const needs = new Map<string, ShardNeed>();
      for (const { people } of perRecord)
        for (const person of people) {
          const key = personKey(person.name);
          const need = needs.get(key) ?? emptyNeed();
          for (const name of [person.name, ...otherFullForms(person)]) addNeed(need, name);
          needs.set(key, need);
        }
      if (needs.size === 0) return;
      // Batches run under the writer lock, so this is the one place a store from before the name index is moved over.
      await migrateLegacyDirectory(kv, { logger, ...(migrationSlice ? { slice: migrationSlice } : {}) });
      const { summaries, stored, letters } = await readSurnames(kv, needs, { logger });
      const buckets = new Map([...stored].map(([k, b]) => [k, b.rows]));
      // Rows as stored: matching below updates rows in memory, but only this batch's people are rewritten.
      // (A row is flat but for its forms: copied by hand, as structuredClone costs several times more per batch.)
      const originals = new Map([...buckets.values()].flat().map((r) => [r.id, { ...r, forms: [...r.forms] }]));

      // 1. Who is who: match every mention group to a row of its surname (new people get a new row and id).
      const numbered = new Map<string, number>();
      // The larger of the summary's count and the ids the rows read show: a summary behind its shards (a restore,
      // an older process still writing an old bucket) never gives an id twice.
      for (const [key, summary] of summaries) {
        if (!summary) continue;
        const rows = letters.get(key)!.flatMap((l) => buckets.get(shardStoreKey(key, l)) ?? []);
        numbered.set(key, Math.max(summary.numbered, peopleNumbered(key, rows)));
      }
      const { resolved, created } = resolveMentions(perRecord, buckets, numbered);

      // 2. Fold each article into its people's entries, read once per batch; their names as stored, before.
      const existingIds = [...new Set(resolved.flatMap((r) => r.people.map((p) => p.id)))].filter((id) => !created.has(id));
      const entries = new Map(created);
      const before = new Map<string, NameState>();
      (await readEntries(existingIds)).forEach((entry, i) => {
        if (!entry) return;
        entries.set(existingIds[i]!, entry);
        before.set(entry.id, nameStateOf(entry));
      });
      foldBatch(resolved, entries, batch);

      // 3. Write every entry of the batch with its shards' counts (rows mirror the entries' names and
      // counts; a shard itself only when a row's names changed or someone joined), the surnames' summaries
      // where they changed, and the name index where names changed, in one write.
      const batchEntries = [...entries.values()];
      const names = await nameIndexWrites(kv, directoryChanges(before, batchEntries), logger);
      const bucketValues = [...bucketChanges(bucketWrites(buckets, originals, batchEntries), originals)].flatMap(([key, change]) =>
        bucketValueWrites(key, change, stored.get(key)!),
      );
      const rowsById = new Map(batchEntries.map((e) => [e.id, rowOf(e)]));
      const now = (r: PersonRow) => rowsById.get(r.id) ?? originals.get(r.id) ?? r;
      const memo: RowMemo = new Map();
      const summaryValues: Write[] = [];
      for (const [key, was] of summaries) {
        const read = letters.get(key)!.map((letter) => ({ letter, rows: (buckets.get(shardStoreKey(key, letter)) ?? []).map(now) }));
        const after = summaryAfter(was, numbered.get(key) ?? peopleNumbered(key, read.flatMap((r) => r.rows)), read, memo);
        if (!sameSummary(was, after)) summaryValues.push({ key: summaryKey(key), value: summaryCodec.encode(after) });
      }
      await kv.setMany([
        ...batchEntries.map((e) => ({ key: personKeyOf(e.id), value: personCodec.encode(e) })),
        ...bucketValues,
        ...summaryValues,
        ...names,
      ]);
    },

    async lookup(query) {
      const result: PersonLookup = { query, person: null, suggestions: [] };
      if (!normalizeName(query)) return result;
      const key = personKey(query);
      // The shards the name needs first (a hit costs a few rows); else the whole surname, as /who scores names
      // more loosely than identity matches them ("Kristina Becker" finds "Cristina Becker").
      let bucket = (await surnameRowsFor(kv, query, [key], { logger })).get(key)!;
      let direct = confidentInBucket(query, bucket);
      if (!direct) {
        bucket = (await surnameRowsFor(kv, query, [key], { logger, all: true })).get(key)!;
        direct = confidentInBucket(query, bucket);
      }
      if (direct) {
        result.person = await profileOf(direct);
        if (result.person) return result;
      }
      // Slow path: a typo in the surname, or a first name only. Score the name index's candidates, and
      // while an old directory is being migrated its candidates too (people of batches since the
      // upgrade are only in the name index; a row there is the newer one).
      const [legacy, indexed] = await Promise.all([legacyCandidates(query), candidateRows(kv, query, new Map([[key, bucket]]), (surnames) => surnameRowsFor(kv, query, surnames, { logger }), logger)]);
      const candidates = legacy ? [...new Map([...legacy, ...indexed].map((r) => [r.id, r])).values()] : indexed;
      const { confident, suggestions } = rankCandidates(query, candidates);
      if (confident) {
        result.person = await profileOf(confident);
        if (result.person) return result;
      }
      result.suggestions = suggestions;
      return result;
    },
  };
}
