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
