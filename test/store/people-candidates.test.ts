// The stored name index offers, for each query, every person nameMatchScore would score high enough to
// suggest (so the keys mirror the score), read from a few keys, with no index built in memory.
import { describe, expect, it } from 'vitest';
import { nameMatchScore } from '../../src/nlp/names.js';
import { SUGGEST } from '../../src/people/match-query.js';
import { directoryChanges } from '../../src/people/directory-writes.js';
import { newPerson, type PersonEntry } from '../../src/people/person-entry.js';
import { candidateRows, nameIndexWrites } from '../../src/store/keyv-people-names.js';
import { surnameRowsFor } from '../../src/store/keyv-people-shards.js';
import { openStore } from '../../src/store/open-store.js';

const NAMES = [
  ['Alexander Lukashenko', ['Lukashenko', 'Aleksandr Lukashenka']],
  ['Gitanas Nausėda', ['Nauseda']],
  ['Sviatlana Tsikhanouskaya', ['Tsikhanouskaya']],
  ['Donald Trump', ['Trump']],
  ['Melania Trump', []],
  ['Christine Lagarde', ['Lagarde']],
  ['Ingrid Valtonen', ['Valtonen']],
  ['Piet Maarsen', []],
  ['Maria Kolesnikova', ['Kolesnikova']],
  ['Volodymyr Zelenskyy', ['Zelensky']],
  ['Jean-Luc Mélenchon', ['Mélenchon']],
  ['Ihar Losik', ['Losik']],
] as const;
const QUERIES = [
  'Lukashenko', 'lukashenka', 'Lukashenkp', 'Lukashneko', 'aleksandr', 'Nauseda', 'nausėda', 'Nausda', 'Tikhanovskaya',
  'tsikhanouskay', 'trump', 'Trunp', 'Melania', 'lagard', 'Lagardee', 'Valton', 'Kolesnik', 'Zelenski', 'melenchon',
  'Jean-Luc', 'losik', 'Losiк', 'Nobody', 'Zzz', 'Piet', 'Maarsen', 'Christine Lagarde', 'Donald Trunp', 'Alexandr Lukashenko',
  'Melania Trunp', 'Sviatlana Tikhanovskaya', 'Ingrid Valtomen', 'Kolesnikova Maria',
];

const entries: PersonEntry[] = NAMES.map(([name, forms], i) => ({
  ...newPerson(`p${i}`, name),
  names: Object.fromEntries([name, ...forms].map((f) => [f, 1])),
  articleCount: i + 1,
}));

describe('name index candidates', async () => {
  const store = await openStore('memory://');
  await store.kv.setMany(await nameIndexWrites(store.kv, directoryChanges(new Map(), entries)));
  const shardsOf = (query: string) => (surnames: readonly string[]) => surnameRowsFor(store.kv, query, surnames);

  it.each(QUERIES)('should offer every person the full scan would suggest for "%s"', async (query) => {
    const scan = entries.filter((e) => nameMatchScore(query, Object.keys(e.names)) >= SUGGEST).map((e) => e.id);
    const offered = new Set((await candidateRows(store.kv, query, new Map(), shardsOf(query))).map((r) => r.id));
    for (const id of scan) expect(offered.has(id), `${query} → ${id}`).toBe(true);
  });

  it('when a full name is asked then people matching only one of its words are not offered', async () => {
    const offered = (await candidateRows(store.kv, 'Melania Trump', new Map(), shardsOf('Melania Trump'))).map((r) => r.name);
    expect(offered).toContain('Melania Trump');
    expect(offered).not.toContain('Donald Trump');
  });

  it('when a query matches nobody then it reads its probe keys only and offers no one', async () => {
    let reads = 0;
    const counting = new Proxy(store.kv, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (property !== 'getMany' || typeof value !== 'function') return value;
        return (keys: string[]) => ((reads += 1), (value as (k: string[]) => unknown).call(target, keys));
      },
    });
    expect(await candidateRows(counting, 'Qwertyuiop', new Map(), shardsOf('Qwertyuiop'))).toEqual([]);
    expect(reads).toBeLessThanOrEqual(2);
  });
});
