// What one ingest batch changes in the stored name index (pure): the rows of people whose names
// changed, and the (token, person) postings to add or re-rank. A batch that only bumps counts writes
// nothing here (until a count crosses a power of two: see countBand). A replayed batch leaves its
// entries as they were, so it writes nothing again.
import type { DirectoryTuple } from './people-directory.js';
import type { PersonEntry, PersonRow } from './person-entry.js';
import { countBand, tokensOfNames } from './name-postings.js';

/** What the index knows of a person: their names and a count. */
export interface NameState {
  name: string;
  forms: readonly string[];
  count: number;
}

export function nameStateOf(entry: PersonEntry): NameState {
  return { name: entry.name, forms: Object.keys(entry.names), count: entry.articleCount };
}

/** The stored row: the name, the other forms, the count (orders suggestions). */
export function rowTupleOf(id: string, state: NameState): DirectoryTuple {
  return [id, state.name, state.forms.filter((n) => n !== state.name), state.count];
}

export interface DirectoryChanges {
  rows: DirectoryTuple[];
  /** Per token, the people to add to (or re-rank in) its posting, with their count. */
  postings: Map<string, { id: string; count: number }[]>;
}

/** `before`: each batch person's state as stored before the batch (absent: new to the index). */
export function directoryChanges(before: ReadonlyMap<string, NameState>, after: readonly PersonEntry[]): DirectoryChanges {
  const rows: DirectoryTuple[] = [];
  const postings = new Map<string, { id: string; count: number }[]>();
  const add = (token: string, id: string, count: number) => {
    const list = postings.get(token) ?? [];
    list.push({ id, count });
    postings.set(token, list);
  };
  for (const entry of after) {
    const now = nameStateOf(entry);
    const was = before.get(entry.id);
    const rebanded = !was || countBand(was.count) !== countBand(now.count);
    const renamed = !was || was.name !== now.name || !sameSet(was.forms, now.forms);
    if (!rebanded && !renamed) continue;
    rows.push(rowTupleOf(entry.id, now));
    const tokens = tokensOfNames([now.name, ...now.forms]);
    const known = was ? tokensOfNames([was.name, ...was.forms]) : new Set<string>();
    // A token the person had is re-ranked only when their band changed; a form that dropped out of the
    // capped names keeps its posting (the row decides the score, so it is only a spare candidate).
    for (const token of tokens) if (rebanded || !known.has(token)) add(token, entry.id, now.count);
  }
  return { rows, postings };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}

/**
 * How a batch changes one surname bucket: its rows as they now stand (resolve-identity.ts, bucketWrites) and the
 * first row whose names changed or who joined (-1: only counts changed). A bucket grows with the cast while a batch
 * only bumps a few counts in it, so the store rewrites no more of it than from that row on.
 */
export interface BucketChange {
  rows: PersonRow[];
  firstChanged: number;
}

export function bucketChanges(writes: ReadonlyMap<string, PersonRow[]>, stored: ReadonlyMap<string, PersonRow>): Map<string, BucketChange> {
  const out = new Map<string, BucketChange>();
  for (const [key, rows] of writes) {
    const firstChanged = rows.findIndex((row) => {
      const was = stored.get(row.id);
      return !was || was.name !== row.name || !sameOrder(was.forms, row.forms);
    });
    out.set(key, { rows, firstChanged });
  }
  return out;
}

/** The order of forms is kept: it decides which form shows a row's gender (resolve-identity.ts). */
function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
