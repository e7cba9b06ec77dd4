// Who is who (pure): which stored person a name belongs to, the id a new person gets, and which
// surname buckets a batch changes. The people index adapter only reads and writes what these decide.
import type { ArticleRecord } from '../articles/record.js';
import { givenClassesMeet, givenNameClasses } from '../nlp/given-name-match.js';
import { gendersAgree, nameGender, personKey, type SurnameGender } from '../nlp/names.js';
import type { ArticlePerson } from './article-people.js';
import { newPerson, rowOf, type PersonEntry, type PersonRow } from './person-entry.js';
import { givenNameOf, homeLetterOf, shardKey, surnameOfShard } from './surname-shards.js';

export type Resolved = { record: ArticleRecord; people: { person: ArticlePerson; id: string }[] }[];

/** A bare surname goes to the most-mentioned full-named person only when they have this many times the next one's articles. */
export const DOMINANT = 3;

/**
 * The person in `bucket` this name belongs to. A person is a (given name, surname) identity:
 * - a full name joins the most-mentioned row with a compatible given name (givenNamesCompatible, checked through
 *   givenNameClasses: variants, initials, transliterations), never a row known only by the bare surname
 *   ("Pierre Becker" must not join "Helena Becker" through a bare "Becker" form);
 * - a bare surname (an article that never gives the full name) joins the one full-named person of the bucket,
 *   or the one who dominates it (DOMINANT), else the surname-only row: kept apart from everyone, so one
 *   person's facts never go to another who shares the surname;
 * - either way only among rows whose surname is in the same grammatical gender, when both show one: Petrov and
 *   Petrova share the key, but a bare "Petrova" is not Ivan Petrov, and Anna Petrova not A. Petrov.
 */
export function findPerson<T extends PersonRow>(bucket: readonly T[], name: string, memo: RowMemo = new Map()): T | undefined {
  const givenNamesOf = (row: PersonRow): string[] => namesOf(row, memo).names;
  // Rows of one bucket share the surname key, so only given names (and the surname's gender) tell people apart.
  const gender = nameGender(name);
  const rows = gender === undefined ? bucket : bucket.filter((p) => gendersAgree(namesOf(p, memo).gender, gender));
  const byCount = (a: T, b: T) => b.articleCount - a.articleCount;
  const given = givenNameOf(name);
  if (given !== undefined) {
    const classes = givenNameClasses(given);
    return rows.filter((p) => givenNamesOf(p).some((g) => givenClassesMeet(givenNameClasses(g), classes))).sort(byCount)[0];
  }
  const named = rows.filter((p) => givenNamesOf(p).length > 0).sort(byCount);
  if (named.length === 1) return named[0];
  if (named.length > 1 && named[0]!.articleCount >= DOMINANT * named[1]!.articleCount) return named[0];
  return rows.filter((p) => givenNamesOf(p).length === 0).sort(byCount)[0];
}

// A bounded memo of what a name form says (a pure function of the string): a bucket's rows are read afresh
// every batch (so the row memo below starts cold), and a mention is checked against every row of its bucket.
const MEMO_CAP = 100_000;
type FormNames = { given: string | undefined; gender: SurnameGender | undefined };
const formMemo = new Map<string, FormNames>();
function formNames(form: string): FormNames {
  let hit = formMemo.get(form);
  if (hit === undefined) {
    hit = { given: givenNameOf(form), gender: nameGender(form) };
    if (formMemo.size >= MEMO_CAP) formMemo.clear();
    formMemo.set(form, hit);
  }
  return hit;
}

export type RowNames = { size: number; names: string[]; gender: SurnameGender | undefined };
/** Per batch (resolveMentions): a module-wide WeakMap of rows read afresh every batch grew to megabytes between collections. */
export type RowMemo = Map<PersonRow, RowNames>;
/**
 * First tokens of a row's multi-word forms, normalised, and the gender of its surname: its name's, else the
 * first form's that shows one (memoised: rows are matched many times a batch).
 */
function namesOf(row: PersonRow, memo: RowMemo): RowNames {
  const hit = memo.get(row);
  if (hit && hit.size === row.forms.length) return hit;
  const names = new Set<string>();
  let gender = formNames(row.name).gender;
  for (const form of [row.name, ...row.forms]) {
    const { given, gender: formGender } = formNames(form);
    if (given !== undefined) names.add(given);
    gender ??= formGender;
  }
  const result = { size: row.forms.length, names: [...names], gender };
  memo.set(row, result);
  return result;
}

/**
 * The id of a new person in this surname bucket: the key itself for the first, then key~2, key~3…, always
 * above every number the bucket's ids hold (so an id is never given twice, even if the bucket has gaps).
 * Stable across replays: a replayed batch finds the rows it wrote and allocates nothing.
 */
export function newPersonId(key: string, bucket: readonly PersonRow[]): string {
  return personIdAt(key, peopleNumbered(key, bucket));
}

/** How many ids of this surname the rows show as given: the next id is numbered above it. */
export function peopleNumbered(key: string, rows: readonly PersonRow[]): number {
  let n = rows.length;
  for (const { id } of rows) {
    const suffix = id.startsWith(`${key}~`) ? Number(id.slice(key.length + 1)) : NaN;
    if (Number.isSafeInteger(suffix) && suffix > n) n = suffix;
  }
  return n;
}

/** The id of the surname's person number n + 1: the key itself for the first, then key~2, key~3… */
export const personIdAt = (key: string, n: number) => (n === 0 ? key : `${key}~${n + 1}`);

/** The person's full forms other than their name, fullest first. */
export function otherFullForms(person: ArticlePerson): string[] {
  return person.forms.filter((f) => f !== person.name && givenNameOf(f) !== undefined).sort((a, b) => b.length - a.length);
}

/**
 * Matches every mention group to a person of its surname; unknown people get a new row and entry.
 * `buckets` holds the surname shards read (surname-shards.ts; a key without a shard is a whole bucket from before
 * shards): a mention is matched against every row read of its surname, and a new row goes into its home shard.
 * `numbered` (surname key → people numbered so far, from the surname's summary) is advanced for every person made;
 * a surname missing from it is numbered from its rows read (a store from before summaries, whose bucket is read whole).
 */
export function resolveMentions(
  perRecord: readonly { record: ArticleRecord; people: ArticlePerson[] }[],
  buckets: Map<string, PersonRow[]>,
  numbered: Map<string, number> = new Map(),
): { resolved: Resolved; created: Map<string, PersonEntry> } {
  const created = new Map<string, PersonEntry>();
  const memo: RowMemo = new Map();
  const bySurname = new Map<string, PersonRow[]>();
  for (const [key, rows] of buckets) {
    const surname = surnameOfShard(key);
    const all = bySurname.get(surname);
    if (all) all.push(...rows);
    else bySurname.set(surname, [...rows]);
  }
  const resolve = (person: ArticlePerson) => {
    const key = personKey(person.name);
    const rows = bySurname.get(key) ?? [];
    // The fullest form may carry a word glued to it ("Ukranian Vitalii Sediuk"): the article's other full forms count too.
    let row = findPerson(rows, person.name, memo) ?? otherFullForms(person).map((f) => findPerson(rows, f, memo)).find((r) => r !== undefined);
    if (!row) {
      const n = numbered.get(key) ?? peopleNumbered(key, rows);
      numbered.set(key, n + 1);
      const id = personIdAt(key, n);
      created.set(id, newPerson(id, person.name));
      row = { id, name: person.name, forms: [], articleCount: 0 };
      const home = shardKey(key, homeLetterOf(person));
      const shard = buckets.get(home) ?? [];
      shard.push(row);
      buckets.set(home, shard);
      rows.push(row);
      bySurname.set(key, rows);
    }
    // Matching later mentions in this batch sees the forms and counts so far.
    for (const form of [person.name, ...person.forms]) if (!row.forms.includes(form)) row.forms.push(form);
    row.articleCount++;
    return { person, id: row.id };
  };
  // Full names first, so a bare surname in this batch sees the full-named people the batch brings.
  const ids = perRecord.map(({ people }) => people.map(() => ''));
  for (const bare of [false, true])
    perRecord.forEach(({ people }, r) =>
      people.forEach((person, p) => {
        if ((givenNameOf(person.name) === undefined) === bare) ids[r]![p] = resolve(person).id;
      }),
    );
  return { resolved: perRecord.map(({ record, people }, r) => ({ record, people: people.map((person, p) => ({ person, id: ids[r]![p]! })) })), created };
}

/** What a row's names say for the surname summary: whether it has a given name, and its surname's gender. */
export function rowStanding(row: PersonRow, memo: RowMemo = new Map()): { named: boolean; gender: SurnameGender | undefined } {
  const { names, gender } = namesOf(row, memo);
  return { named: names.length > 0, gender };
}

/**
 * The buckets to rewrite after a batch, and their rows: each of the batch's people as their entry now
 * stands, every other row as it was stored (matching changed rows in memory; only this batch's people
 * are written). Only buckets the batch read (`buckets`) and that hold one of its people: a bucket not read
 * is never written, as writing it from nothing would wipe the people stored there.
 */
export function bucketWrites(
  buckets: ReadonlyMap<string, readonly PersonRow[]>,
  stored: ReadonlyMap<string, PersonRow>,
  entries: readonly PersonEntry[],
): Map<string, PersonRow[]> {
  const rowsById = new Map(entries.map((e) => [e.id, rowOf(e)]));
  const writes = new Map<string, PersonRow[]>();
  for (const [key, bucket] of buckets)
    if (bucket.some((r) => rowsById.has(r.id))) writes.set(key, bucket.map((r) => rowsById.get(r.id) ?? stored.get(r.id) ?? r));
  return writes;
}
