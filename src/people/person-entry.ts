// A person as the index stores them, and how one article's mentions are folded in (pure).
import { rankTimeOf, type ArticleRecord } from '../articles/record.js';
import type { ArticlePerson } from './article-people.js';

export interface StoredRole {
  role: string;
  source: string;
  /** The article's publication date, or its ingestion time when `undated` (the sort key either way). */
  date: string;
  /** Set when the article's date is unknown: shown as "date unknown". */
  undated?: true;
}
export interface StoredFact {
  text: string;
  source: string;
  sourceUrl?: string;
  /** As StoredRole.date. */
  date: string;
  undated?: true;
  articleId: string;
}
export interface PersonEntry {
  id: string;
  name: string;
  /** Name forms seen (full names and bare mentions) → how many articles used them. */
  names: Record<string, number>;
  roles: StoredRole[];
  facts: StoredFact[];
  articleCount: number;
  /**
   * The ingest batches folded in, newest last. An article belongs to one batch and a batch is
   * folded into an entry in one write, so a replayed batch is skipped: idempotent per (person,
   * article) whatever the batch size. Only the batch in flight can be replayed, so a few suffice.
   */
  batches: string[];
  related: Record<string, { name: string; count: number }>;
}

const CAP = { names: 24, roles: 12, facts: 8, batches: 8, related: 40 } as const;

/** What identity matching (resolve-identity.ts) needs to know about a person: a surname bucket row. */
export interface PersonRow {
  id: string;
  name: string;
  /** Every name form seen for them, full names and bare surnames. */
  forms: string[];
  articleCount: number;
}

/** The bucket row that stands for this entry. */
export function rowOf(entry: PersonEntry): PersonRow {
  return { id: entry.id, name: entry.name, forms: Object.keys(entry.names), articleCount: entry.articleCount };
}

export function newPerson(id: string, name: string): PersonEntry {
  return { id, name, names: {}, roles: [], facts: [], articleCount: 0, batches: [], related: {} };
}

export function hasBatch(entry: PersonEntry, batch: string): boolean {
  return entry.batches.includes(batch);
}

/** Records that `batch` is folded in; written in the same value as the folds themselves. */
export function markBatch(entry: PersonEntry, batch: string): void {
  if (hasBatch(entry, batch)) return;
  entry.batches = [...entry.batches, batch].slice(-CAP.batches);
}

/**
 * Folds one article's view of a person into the entry. The caller folds each (person, article)
 * once (see markBatch). Lists grow here; compactEntry trims and orders them once per batch.
 */
export function foldArticle(
  entry: PersonEntry,
  record: ArticleRecord,
  person: ArticlePerson,
  companions: readonly { id: string; name: string }[],
): void {
  entry.articleCount += 1;
  for (const form of new Set([person.name, ...person.forms])) entry.names[form] = (entry.names[form] ?? 0) + 1;

  const source = record.source.name;
  // An undated article sorts by its arrival, flagged so /who says "date unknown" instead of a date.
  const date = rankTimeOf(record);
  const undated = record.publishedAt === undefined ? ({ undated: true } as const) : {};
  for (const role of person.roles) {
    const same = entry.roles.find((r) => r.role.toLowerCase() === role.toLowerCase());
    if (!same) entry.roles.push({ role, source, date, ...undated });
    // A dated report beats an undated one; otherwise the newer wins.
    else if (record.publishedAt !== undefined ? same.undated || date > same.date : same.undated && date > same.date) {
      delete same.undated;
      Object.assign(same, { source, date, ...undated });
    }
  }
  for (const text of person.facts) {
    if (entry.facts.some((f) => f.text === text)) continue;
    entry.facts.push({ text, source, date, ...undated, articleId: record.id, ...(record.url ? { sourceUrl: record.url } : {}) });
  }
  for (const other of companions) {
    if (other.id === entry.id) continue;
    const seen = entry.related[other.id];
    entry.related[other.id] = { name: other.name, count: (seen?.count ?? 0) + 1 };
  }
}

/** Caps and orders the lists (newest roles and facts first, most shared company first). */
export function compactEntry(entry: PersonEntry): PersonEntry {
  entry.names = topCounts(entry.names, CAP.names);
  entry.name = canonicalName(entry.names, entry.name);
  entry.roles = entry.roles.sort((a, b) => (a.date < b.date ? 1 : -1)).slice(0, CAP.roles);
  entry.facts = entry.facts.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).slice(0, CAP.facts);
  entry.related = Object.fromEntries(
    Object.entries(entry.related)
      .sort(([, a], [, b]) => b.count - a.count)
      .slice(0, CAP.related),
  );
  return entry;
}

/** The most used multi-word form (a full name beats a bare surname); ties go to the longer. */
function canonicalName(names: Record<string, number>, fallback: string): string {
  const ranked = Object.entries(names).sort(([a, ca], [b, cb]) => cb - ca || b.length - a.length);
  const full = ranked.find(([n]) => wordCount(n) >= 2);
  return (full ?? ranked[0])?.[0] ?? fallback;
}

function wordCount(name: string): number {
  return name.trim().split(/\s+/).length;
}

function topCounts(counts: Record<string, number>, cap: number): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([, a], [, b]) => b - a).slice(0, cap));
}

