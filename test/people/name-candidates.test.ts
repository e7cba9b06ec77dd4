import { describe, expect, it } from 'vitest';
import { buildNameIndex, type DirectoryRow } from '../../src/people/name-candidates.js';
import { nameMatchScore } from '../../src/nlp/names.js';

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
const rows: DirectoryRow[] = NAMES.map(([name, aliases], i) => ({ id: `p${i}`, name, aliases, articleCount: i + 1 }));
const QUERIES = [
  'Lukashenko', 'lukashenka', 'Lukashenkp', 'Lukashneko', 'aleksandr', 'Nauseda', 'nausėda', 'Nausda', 'Tikhanovskaya',
  'tsikhanouskay', 'trump', 'Trunp', 'Melania', 'lagard', 'Lagardee', 'Valton', 'Kolesnik', 'Zelenski', 'melenchon',
  'Jean-Luc', 'losik', 'Losiк', 'Nobody', 'Zzz', 'Piet', 'Maarsen', 'Christine Lagarde', 'Donald Trunp',
];

describe('name candidate index', () => {
  const index = buildNameIndex(rows);
  it.each(QUERIES)('should offer every row that the full scan would score above zero for "%s"', (query) => {
    const scan = rows.flatMap((row, r) => (nameMatchScore(query, [row.name, ...row.aliases]) > 0 ? [r] : []));
    const offered = new Set(index.candidates(query));
    for (const r of scan) expect(offered.has(r), `${query} → ${rows[r]!.name}`).toBe(true);
  });

  it('should offer few rows for a query that matches nobody', () => {
    expect(index.candidates('Qwertyuiop').length).toBe(0);
  });
});

describe('name candidate index on junk names', () => {
  // Distinct letters (a seeded walk), so a token's deletions are all different keys, as in real junk.
  const junk = (length: number, seed: number) => {
    let x = seed;
    let out = '';
    for (let i = 0; i < length; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      out += 'abcdefghijklmnopqrstuvwxyz'[x % 26];
    }
    return out;
  };
  const withJunk = (length: number): DirectoryRow[] => [
    ...rows,
    { id: 'j1', name: `Xavier ${junk(length, 1)}`, aliases: [junk(length, 2)], articleCount: 1 },
    { id: 'j2', name: junk(length, 3), aliases: [], articleCount: 1 },
  ];

  it('when names hold tokens of 5,000 and 10,000 characters then the index grows linearly with their length', () => {
    const small = buildNameIndex(withJunk(5_000)).stats();
    const large = buildNameIndex(withJunk(10_000)).stats();
    // A deletion neighbourhood per long token is 25 million characters of keys at 5,000, 100 million at 10,000.
    expect(large.keyChars - small.keyChars).toBeLessThanOrEqual(3 * 2 * 5_000 * 3);
    expect(small.keyChars).toBeLessThan(200_000);
  });

  it('when a 5,000-character query comes then it is answered from a bounded number of keys', () => {
    const index = buildNameIndex(withJunk(5_000));
    const before = index.stats().probes;
    expect(index.candidates(junk(5_000, 99))).toEqual([]);
    expect(index.stats().probes - before).toBeLessThanOrEqual(8);
    // Ordinary names next to the junk still match, typos included.
    const lagarde = rows.findIndex((r) => r.name === 'Christine Lagarde');
    expect(index.candidates('Lagardee')).toContain(lagarde);
  });

  it('when a query has hundreds of words then only its first few are looked up', () => {
    const index = buildNameIndex(rows);
    const before = index.stats().probes;
    index.candidates(Array.from({ length: 500 }, (_, i) => `word${i}`).join(' '));
    const perToken = 4 + 4 * 20; // t, d, p, e and two lookups per deletion of a short token
    expect(index.stats().probes - before).toBeLessThanOrEqual(8 * perToken);
  });
});
