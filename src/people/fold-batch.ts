// One ingest batch's people (pure): who each mention is, and folding the batch into their entries
// exactly once per (person, article), even when the batch is replayed after a crash.
import type { ArticleRecord } from '../articles/record.js';
import { personKey } from '../nlp/names.js';
import type { ArticlePerson } from './article-people.js';
import { compactEntry, findPerson, foldArticle, hasBatch, markBatch, newPerson, type PersonEntry, type PersonRow } from './person-entry.js';

/**
 * Company is taken from an article's leading people only (in order of first mention, the order
 * news introduces its protagonists): linking everyone to everyone is quadratic, and a junk or
 * roll-call article naming 1,800 people would cost 3 million updates and stall the bot.
 */
export const COMPANIONS_PER_ARTICLE = 24;

export type Resolved = { record: ArticleRecord; people: { person: ArticlePerson; id: string }[] }[];

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
      const id = bucket.length === 0 ? key : `${key}~${bucket.length + 1}`;
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
 * Folds each (person, article) of the batch in once. Entries that already carry the batch (a
 * replay after a crash) are left as they are; the others are folded, compacted and marked.
 */
export function foldBatch(resolved: Resolved, entries: Map<string, PersonEntry>, batch: string): void {
  const applied = new Set([...entries.values()].filter((e) => hasBatch(e, batch)).map((e) => e.id));
  const folded = new Set<string>();
  for (const { record, people } of resolved) {
    const companions = people.slice(0, COMPANIONS_PER_ARTICLE).map(({ id, person }) => ({ id, name: person.name }));
    for (const { person, id } of people) {
      const entry = entries.get(id) ?? newPerson(id, person.name);
      entries.set(id, entry);
      const pair = `${id}\u0000${record.id}`;
      if (applied.has(id) || folded.has(pair)) continue;
      folded.add(pair);
      foldArticle(entry, record, person, companions);
    }
  }
  for (const entry of entries.values()) {
    if (applied.has(entry.id)) continue;
    compactEntry(entry);
    markBatch(entry, batch);
  }
}
