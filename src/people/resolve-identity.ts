// Who is who (pure): which stored person a name belongs to, the id a new person gets, and which
// surname buckets a batch changes. The people index adapter only reads and writes what these decide.
import type { ArticleRecord } from '../articles/record.js';
import { givenNamesCompatible, normalizeName, personKey } from '../nlp/names.js';
import type { ArticlePerson } from './article-people.js';
import { newPerson, rowOf, type PersonEntry, type PersonRow } from './person-entry.js';

export type Resolved = { record: ArticleRecord; people: { person: ArticlePerson; id: string }[] }[];

/**
 * The person in `bucket` this name belongs to, most-mentioned first. A full name is compared only
 * with full names ("Pierre Becker" must not join "Helena Becker" through a bare "Becker" form);
 * a bare surname goes to the most-mentioned compatible person.
 */
export function findPerson<T extends PersonRow>(bucket: readonly T[], name: string): T | undefined {
  // Rows of one bucket share the surname key, so only given names can tell people apart.
  const tokens = normalizeName(name).split(' ').filter(Boolean);
  const given = tokens.length >= 2 ? tokens[0]! : undefined;
  return bucket
    .filter((p) => given === undefined || givenNamesOf(p).some((g) => givenNamesCompatible(g, given)))
    .sort((a, b) => b.articleCount - a.articleCount)[0];
}

const givenMemo = new WeakMap<PersonRow, { size: number; names: string[] }>();
/** First tokens of a row's multi-word forms, normalised (memoised: rows are matched many times a batch). */
function givenNamesOf(row: PersonRow): string[] {
  const memo = givenMemo.get(row);
  if (memo && memo.size === row.forms.length) return memo.names;
  const names = new Set<string>();
  for (const form of [row.name, ...row.forms]) {
    const tokens = normalizeName(form).split(' ').filter(Boolean);
    if (tokens.length >= 2) names.add(tokens[0]!);
  }
  const result = [...names];
  givenMemo.set(row, { size: row.forms.length, names: result });
  return result;
}

/**
 * The id of a new person in this surname bucket: the key itself for the first, then key~2, key~3…
 * Stable across replays: a replayed batch finds the rows it wrote and allocates nothing.
 */
export function newPersonId(key: string, bucket: readonly PersonRow[]): string {
  return bucket.length === 0 ? key : `${key}~${bucket.length + 1}`;
}

/** Matches every mention group to a person in its bucket; unknown people get a new row and entry. */
export function resolveMentions(
  perRecord: readonly { record: ArticleRecord; people: ArticlePerson[] }[],
  buckets: Map<string, PersonRow[]>,
): { resolved: Resolved; created: Map<string, PersonEntry> } {
  const created = new Map<string, PersonEntry>();
  const resolve = (person: ArticlePerson) => {
    const key = personKey(person.name);
    const bucket = buckets.get(key) ?? [];
    let row = findPerson(bucket, person.name);
    if (!row) {
      const id = newPersonId(key, bucket);
      created.set(id, newPerson(id, person.name));
      row = { id, name: person.name, forms: [], articleCount: 0 };
      bucket.push(row);
      buckets.set(key, bucket);
    }
    // Matching later mentions in this batch sees the forms and counts so far.
    for (const form of [person.name, ...person.forms]) if (!row.forms.includes(form)) row.forms.push(form);
    row.articleCount++;
    return { person, id: row.id };
  };
  return { resolved: perRecord.map(({ record, people }) => ({ record, people: people.map(resolve) })), created };
}

/**
 * The buckets to rewrite after a batch, and their rows: each of the batch's people as their entry now
 * stands, every other row as it was stored (matching changed rows in memory; only this batch's people
 * are written). A person's bucket is their canonical name's, which may differ from where they were found.
 */
export function bucketWrites(
  buckets: ReadonlyMap<string, readonly PersonRow[]>,
  stored: ReadonlyMap<string, PersonRow>,
  entries: readonly PersonEntry[],
): Map<string, PersonRow[]> {
  const rowsById = new Map(entries.map((e) => [e.id, rowOf(e)]));
  const touched = new Set(entries.map((e) => personKey(e.name)));
  for (const [key, bucket] of buckets) if (bucket.some((r) => rowsById.has(r.id))) touched.add(key);
  return new Map([...touched].map((key) => [key, (buckets.get(key) ?? []).map((r) => rowsById.get(r.id) ?? stored.get(r.id) ?? r)]));
}
