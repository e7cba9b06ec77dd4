// What a batch keeps of a surname besides its shards (pure; stored at people:s:<key>, keyv-people-shards.ts):
// - numbered: how many people of the surname were given an id, so an id is never given twice when only
//   some shards are read (resolve-identity.ts, personIdAt);
// - legacy: whether the whole bucket written before shards still holds rows (then it is read as well);
// - shards: the shard letters that hold rows (an initial, "J. Smith", reads them all);
// - lead: the most mentioned named people, two per surname gender a bare mention can show (any, m, f): all a
//   bare surname can join (findPerson: the one named person, or one with DOMINANT times the next one's count).
// A batch rewrites it from the leaders it had and every row it read (counts only grow, and a row whose count
// changed was read), so the leaders stay the true top two without reading the whole surname.
import { gendersAgree, type SurnameGender } from '../nlp/names.js';
import type { PersonRow } from './person-entry.js';
import { rowStanding, type RowMemo } from './resolve-identity.js';

/** [shard letter ('' for the bucket from before shards), id, article count, gender ('' when the surname shows none)]. */
export type Lead = [letter: string, id: string, count: number, gender: '' | SurnameGender];

export interface SurnameSummary {
  numbered: number;
  legacy: boolean;
  shards: string[];
  lead: Lead[];
}

const LEADS_PER_GENDER = 2;

/** The summary after a batch: `read` is every shard read of the surname, with its rows as they now stand. */
export function summaryAfter(
  before: SurnameSummary | undefined,
  numbered: number,
  read: readonly { letter: string; rows: readonly PersonRow[] }[],
  memo: RowMemo = new Map(),
): SurnameSummary {
  const candidates = new Map<string, Lead>((before?.lead ?? []).map((lead) => [lead[1], lead]));
  const shards = new Set(before?.shards ?? []);
  let legacy = before?.legacy ?? false;
  for (const { letter, rows } of read) {
    if (letter === '') legacy = rows.length > 0;
    else if (rows.length > 0) shards.add(letter);
    for (const row of rows) {
      const { named, gender } = rowStanding(row, memo);
      if (named) candidates.set(row.id, [letter, row.id, row.articleCount, gender ?? '']);
      else candidates.delete(row.id);
    }
  }
  const ranked = [...candidates.values()].sort((a, b) => b[2] - a[2] || (a[1] < b[1] ? -1 : 1));
  const lead = new Set<Lead>();
  for (const shown of [undefined, 'm', 'f'] as const) {
    ranked
      .filter((l) => gendersAgree(l[3] || undefined, shown))
      .slice(0, LEADS_PER_GENDER)
      .forEach((l) => lead.add(l));
  }
  return { numbered, legacy, shards: [...shards].sort(), lead: ranked.filter((l) => lead.has(l)) };
}

/** The shard letters of the leaders (where a bare mention's candidates are). */
export const leaderLetters = (summary: SurnameSummary | undefined): string[] => [...new Set((summary?.lead ?? []).map((l) => l[0]))];

export function sameSummary(a: SurnameSummary | undefined, b: SurnameSummary): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
