// People in keyv. Keys (namespace nb):
//   people:<personKey>    PersonRow[]: who shares this transliteration-insensitive surname key
//                         (id, name, name forms, article count): small, read to match names
//   person:<id>           PersonEntry: roles, facts, company (capped, so bounded in size)
//   people:directory      [id, name, aliases, articleCount][]: read only when the fast path misses
//   people:directory:rev  changes with every directory write, so each process knows when its
//                         prepared copy (rows + candidate index) is stale
// All are derived from the articles and can be rebuilt by re-indexing them.
import { randomUUID } from 'node:crypto';
import type Keyv from 'keyv';
import { nameMatchScore, normalizeName, personKey } from '../nlp/names.js';
import { articlePeople } from '../people/article-people.js';
import { buildNameIndex, type DirectoryRow as Row, type NameIndex } from '../people/name-candidates.js';
import { foldBatch, resolveMentions } from '../people/fold-batch.js';
import { rowOf, storedEntry, type PersonEntry, type PersonRow } from '../people/person-entry.js';
import { toProfile } from '../people/person-profile.js';
import type { PeopleIndex, PersonLookup } from './people-index.port.js';

type DirectoryRow = [id: string, name: string, aliases: string[], articleCount: number];

const CONFIDENT = 0.8;
const SUGGEST = 0.5;
const MAX_SUGGESTIONS = 5;

export function createKeyvPeopleIndex(kv: Keyv): PeopleIndex {
  const bucketKey = (key: string) => `people:${key}`;
  const personKeyOf = (id: string) => `person:${id}`;
  // The prepared directory, rebuilt only when the stored revision changes (any process may write).
  let prepared: { rev: string; rows: Row[]; index: NameIndex } | undefined;
  const directory = async () => {
    const rev = (await kv.get<string>('people:directory:rev')) ?? '';
    if (prepared?.rev === rev) return prepared;
    const raw = (await kv.get<DirectoryRow[]>('people:directory')) ?? [];
    const rows = raw.map(([id, name, aliases, articleCount]) => ({ id, name, aliases, articleCount }));
    prepared = { rev, rows, index: buildNameIndex(rows) };
    return prepared;
  };
  const profileOf = async (id: string) => {
    const entry = await kv.get<PersonEntry>(personKeyOf(id));
    return entry ? toProfile(entry) : null;
  };

  return {
    async indexArticles(records, batch) {
      const perRecord = records.map((record) => ({ record, people: articlePeople(record) }));
      const keys = [...new Set(perRecord.flatMap(({ people }) => people.map((p) => personKey(p.name))))];
      if (keys.length === 0) return;
      const loaded = await kv.getMany<PersonRow[]>(keys.map(bucketKey));
      const buckets = new Map(keys.map((k, i) => [k, loaded[i] ?? []]));
      // Rows as stored: matching below updates rows in memory, but only this batch's people are rewritten.
      const originals = new Map([...buckets.values()].flat().map((r) => [r.id, structuredClone(r)]));

      // 1. Who is who: match every mention group to a bucket row (new people get a new row).
      const { resolved, created } = resolveMentions(perRecord, buckets);

      // 2. Fold each article into its people's entries, read once per batch.
      const existingIds = [...new Set(resolved.flatMap((r) => r.people.map((p) => p.id)))].filter((id) => !created.has(id));
      const entries = new Map(created);
      const stored = await kv.getMany<PersonEntry>(existingIds.map(personKeyOf));
      existingIds.forEach((id, i) => {
        const entry = stored[i];
        if (entry) entries.set(id, storedEntry(entry));
      });
      foldBatch(resolved, entries, batch);

      // 3. Write every entry of the batch with its bucket rows (rows mirror the entries' names and
      // counts). A replay rewrites the same values, so a store without multi-key writes converges too.
      const batchEntries = [...entries.values()];
      const rowsById = new Map(batchEntries.map((e) => [e.id, rowOf(e)]));
      const touchedKeys = new Set(batchEntries.map((e) => personKey(e.name)));
      for (const [key, bucket] of buckets) if (bucket.some((r) => rowsById.has(r.id))) touchedKeys.add(key);
      await kv.setMany([
        ...batchEntries.map((e) => ({ key: personKeyOf(e.id), value: e })),
        ...[...touchedKeys].map((key) => ({
          key: bucketKey(key),
          value: (buckets.get(key) ?? []).map((r) => rowsById.get(r.id) ?? originals.get(r.id) ?? r),
        })),
      ]);
      await updateDirectory(kv, batchEntries);
    },

    async lookup(query) {
      const result: PersonLookup = { query, person: null, suggestions: [] };
      if (!normalizeName(query)) return result;
      const bucket = (await kv.get<PersonRow[]>(bucketKey(personKey(query)))) ?? [];
      const direct = bucket
        .map((row) => ({ row, score: nameMatchScore(query, [row.name, ...row.forms]) }))
        .sort((a, b) => b.score - a.score || b.row.articleCount - a.row.articleCount)[0];
      if (direct && direct.score >= CONFIDENT) {
        result.person = await profileOf(direct.row.id);
        if (result.person) return result;
      }
      // Slow path: a typo in the surname, or a first name only. Score the index's candidates.
      const { rows, index } = await directory();
      const scored = index
        .candidates(query)
        .map((r) => rows[r]!)
        .map(({ id, name, aliases, articleCount: count }) => ({ id, name, count, score: nameMatchScore(query, [name, ...aliases]) }))
        .filter((c) => c.score >= SUGGEST)
        .sort((a, b) => b.score - a.score || b.count - a.count);
      const top = scored[0];
      if (top && top.score >= CONFIDENT) {
        result.person = await profileOf(top.id);
        if (result.person) return result;
      }
      result.suggestions = [...new Set(scored.map((c) => c.name))].slice(0, MAX_SUGGESTIONS);
      return result;
    },
  };
}

/**
 * The directory is rewritten only when someone is new or their names changed: article counts
 * there only order "did you mean" suggestions, so a slightly stale count is fine.
 */
async function updateDirectory(kv: Keyv, entries: readonly PersonEntry[]): Promise<void> {
  const directory = (await kv.get<DirectoryRow[]>('people:directory')) ?? [];
  const byId = new Map(directory.map((row) => [row[0], row]));
  let changed = false;
  for (const e of entries) {
    const row: DirectoryRow = [e.id, e.name, Object.keys(e.names).filter((n) => n !== e.name), e.articleCount];
    const before = byId.get(e.id);
    if (!before || before[1] !== row[1] || [...before[2]].sort().join('|') !== [...row[2]].sort().join('|')) changed = true;
    byId.set(e.id, row);
  }
  if (!changed) return;
  await kv.setMany([
    { key: 'people:directory', value: [...byId.values()] },
    { key: 'people:directory:rev', value: randomUUID() },
  ]);
}
