// People in keyv. Keys (namespace nb):
//   people:<personKey>  PersonEntry[]: everyone sharing a surname key (transliterations collapse)
//   people:directory    [id, name, aliases, articleCount][]: only read when the fast path misses
//   people:directory:rev  changes with every directory write, so each process knows when its
//                         prepared copy (rows + candidate index) is stale
// All are derived from the articles and can be rebuilt by re-indexing them.
import { randomUUID } from 'node:crypto';
import type Keyv from 'keyv';
import type { ArticleRecord } from '../articles/record.js';
import { nameMatchScore, normalizeName, personKey } from '../nlp/names.js';
import { articlePeople } from '../people/article-people.js';
import { findPerson, foldArticle, newPerson, type PersonEntry } from '../people/person-entry.js';
import { toProfile } from '../people/person-profile.js';
import { buildNameIndex, type DirectoryRow as Row, type NameIndex } from '../people/name-candidates.js';
import type { PeopleIndex, PersonLookup } from './people-index.port.js';

type DirectoryRow = [id: string, name: string, aliases: string[], articleCount: number];

const CONFIDENT = 0.8;
const SUGGEST = 0.5;
const MAX_SUGGESTIONS = 5;

export function createKeyvPeopleIndex(kv: Keyv): PeopleIndex {
  const bucketKey = (key: string) => `people:${key}`;
  const keyOfId = (id: string) => id.replace(/~\d+$/, '');
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

  return {
    async indexArticles(records) {
      const perRecord = records.map((record) => ({ record, people: articlePeople(record) }));
      const keys = [...new Set(perRecord.flatMap(({ people }) => people.map((p) => personKey(p.name))))];
      if (keys.length === 0) return;
      const loaded = await kv.getMany<PersonEntry[]>(keys.map(bucketKey));
      const buckets = new Map(keys.map((k, i) => [k, loaded[i] ?? []]));
      const touched = new Set<string>();

      for (const { record, people } of perRecord) {
        const resolved = people.map((person) => {
          const key = personKey(person.name);
          const bucket = buckets.get(key) ?? [];
          let entry = findPerson(bucket, person.name);
          if (!entry) {
            entry = newPerson(bucket.length === 0 ? key : `${key}~${bucket.length + 1}`, person.name);
            bucket.push(entry);
            buckets.set(key, bucket);
          }
          return { person, entry, key };
        });
        const companions = resolved.map(({ entry, person }) => ({ id: entry.id, name: person.name }));
        for (const { person, entry, key } of resolved) {
          if (foldArticle(entry, record, person, companions)) touched.add(key);
        }
      }
      if (touched.size === 0) return;
      await kv.setMany([...touched].map((key) => ({ key: bucketKey(key), value: buckets.get(key) })));
      await updateDirectory(kv, [...touched].flatMap((key) => buckets.get(key) ?? []));
    },

    async lookup(query) {
      const result: PersonLookup = { query, person: null, suggestions: [] };
      if (!normalizeName(query)) return result;
      const bucket = (await kv.get<PersonEntry[]>(bucketKey(personKey(query)))) ?? [];
      const direct = best(bucket.map((e) => ({ entry: e, score: scoreEntry(query, e) })));
      if (direct && direct.score >= CONFIDENT) {
        result.person = toProfile(direct.entry);
        return result;
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
        const entries = (await kv.get<PersonEntry[]>(bucketKey(keyOfId(top.id)))) ?? [];
        const entry = entries.find((e) => e.id === top.id);
        if (entry) {
          result.person = toProfile(entry);
          return result;
        }
      }
      result.suggestions = [...new Set(scored.map((c) => c.name))].slice(0, MAX_SUGGESTIONS);
      return result;
    },
  };
}

function scoreEntry(query: string, entry: PersonEntry): number {
  return nameMatchScore(query, [entry.name, ...Object.keys(entry.names)]);
}

function best(candidates: { entry: PersonEntry; score: number }[]) {
  return candidates.sort((a, b) => b.score - a.score || b.entry.articleCount - a.entry.articleCount)[0];
}

async function updateDirectory(kv: Keyv, entries: readonly PersonEntry[]): Promise<void> {
  const directory = (await kv.get<DirectoryRow[]>('people:directory')) ?? [];
  const byId = new Map(directory.map((row) => [row[0], row]));
  for (const e of entries) byId.set(e.id, [e.id, e.name, Object.keys(e.names).filter((n) => n !== e.name), e.articleCount]);
  await kv.setMany([
    { key: 'people:directory', value: [...byId.values()] },
    { key: 'people:directory:rev', value: randomUUID() },
  ]);
}
