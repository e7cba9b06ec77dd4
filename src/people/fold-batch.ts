// One ingest batch's people (pure): folding the batch into their entries exactly once per
// (person, article), even when the batch is replayed after a crash. Who each mention is: resolve-identity.ts.
import { compactEntry, foldArticle, hasBatch, markBatch, newPerson, type PersonEntry } from './person-entry.js';
import type { Resolved } from './resolve-identity.js';

/**
 * Company is taken from an article's leading people only (in order of first mention, the order
 * news introduces its protagonists): linking everyone to everyone is quadratic, and a junk or
 * roll-call article naming 1,800 people would cost 3 million updates and stall the bot.
 */
export const COMPANIONS_PER_ARTICLE = 24;

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
