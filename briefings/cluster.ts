// Same-event grouping: single-pass centroid clustering over TF-IDF vectors of title + lead, with a
// bonus for shared named entities. Candidates come from an inverted index on each document's top
// terms and entities, so the cost grows ~linearly with the number of documents, not quadratically.
import { contentWords, documentFrequencies, dot, termCounts, tfidf, topTerms, type TermVector } from '../src/nlp/similarity.js';

export interface ClusterInput {
  id: string;
  title: string;
  /** Body text; only the lead (first `leadWords` words) is used. */
  text: string;
  /** Entity names (e.g. the record's `entities[].name`); optional. */
  entities?: readonly string[];
  /** Publication time (epoch ms); optional. Reports far apart in time are different events. */
  time?: number;
}

export interface ClusterOptions {
  /** Minimum similarity to an existing event's centroid to join it (default 0.2). */
  threshold?: number;
  /** Bonus per unit of entity overlap (0..1) when both sides have entities (default 0.1): shared names add evidence, missing ones never count against. */
  entityWeight?: number;
  /** Words of body text considered (default 300): the lead says what happened, the rest wanders. */
  leadWords?: number;
  /** Largest gap between a report and its event's nearest report in time (default 72 h). */
  maxGapMs?: number;
}

export interface Cluster {
  ids: string[];
  /** The member closest to the centroid: its title represents the event. */
  centralId: string;
}

interface Group {
  ids: string[];
  sum: TermVector;
  normSq: number;
  entities: Map<string, number>;
  vectors: TermVector[];
  earliest: number;
  latest: number;
}

const INDEX_TERMS = 12;
const MAX_CANDIDATES = 32;
// Only the most recent groups of each posting list are looked at: a common term's list would
// otherwise make every lookup scan most of the groups (quadratic on big batches).
const MAX_POSTINGS = 40;

/** Groups documents that report the same event. Input order is the arrival order (oldest first). */
export function clusterDocuments(docs: readonly ClusterInput[], options: ClusterOptions = {}): Cluster[] {
  const threshold = options.threshold ?? 0.2;
  const entityWeight = options.entityWeight ?? 0.1;
  const leadWords = options.leadWords ?? 300;
  const maxGapMs = options.maxGapMs ?? 72 * 3600_000;
  const counts = docs.map((d) => {
    const title = contentWords(d.title);
    return termCounts([...title, ...title, ...contentWords(d.text).slice(0, leadWords)]);
  });
  const { df, n } = documentFrequencies(counts);
  const groups: Group[] = [];
  const index = new Map<string, number[]>(); // term or entity → group numbers
  docs.forEach((doc, i) => {
    const vector = tfidf(counts[i]!, df, n);
    const entities = new Set((doc.entities ?? []).map((e) => `@${e.toLowerCase()}`));
    const keys = [...topTerms(vector, INDEX_TERMS), ...entities];
    let best = -1;
    let bestScore = threshold;
    for (const g of candidates(keys, index)) {
      const group = groups[g]!;
      if (doc.time !== undefined && (doc.time > group.latest + maxGapMs || doc.time < group.earliest - maxGapMs)) continue;
      const cos = group.normSq > 0 ? dot(vector, group.sum) / Math.sqrt(group.normSq) : 0;
      const score =
        entities.size > 0 && group.entities.size > 0
          ? cos + entityWeight * overlap(entities, group.entities, group.ids.length)
          : cos;
      if (score > bestScore || (score === bestScore && best === -1)) [best, bestScore] = [g, score];
    }
    if (best === -1) {
      best = groups.length;
      groups.push({ ids: [], sum: new Map(), normSq: 0, entities: new Map(), vectors: [], earliest: Infinity, latest: -Infinity });
    }
    addToGroup(groups[best]!, doc.id, vector, entities, doc.time);
    for (const key of keys) {
      const list = index.get(key) ?? [];
      // Keep each group once, at its latest position, so it counts as recent.
      if (list[list.length - 1] !== best) {
        const at = list.indexOf(best, Math.max(0, list.length - MAX_POSTINGS));
        if (at >= 0) list.splice(at, 1);
        list.push(best);
      }
      index.set(key, list);
    }
  });
  return groups.map((g) => ({ ids: g.ids, centralId: g.ids[centralIndex(g)]! }));
}

/** Groups sharing the most index keys with the document, at most MAX_CANDIDATES of them. */
function candidates(keys: readonly string[], index: ReadonlyMap<string, number[]>): number[] {
  const hits = new Map<number, number>();
  for (const key of keys) {
    const list = index.get(key);
    if (!list) continue;
    for (let i = list.length - 1; i >= Math.max(0, list.length - MAX_POSTINGS); i--) {
      const g = list[i]!;
      hits.set(g, (hits.get(g) ?? 0) + 1);
    }
  }
  if (hits.size <= MAX_CANDIDATES) return [...hits.keys()];
  // Bucket by hit count (≤ keys.length) instead of sorting every candidate.
  const buckets: number[][] = Array.from({ length: keys.length + 1 }, () => []);
  for (const [g, count] of hits) buckets[count]!.push(g);
  const out: number[] = [];
  for (let count = keys.length; count > 0 && out.length < MAX_CANDIDATES; count--) {
    for (const g of buckets[count]!.sort((a, b) => b - a)) {
      if (out.length >= MAX_CANDIDATES) break;
      out.push(g);
    }
  }
  return out;
}

/** Jaccard-like overlap between the document's entities and those seen in the group. */
function overlap(doc: ReadonlySet<string>, group: ReadonlyMap<string, number>, size: number): number {
  let shared = 0;
  for (const e of doc) if (group.has(e)) shared++;
  // Only entities mentioned by at least half the members count as the group's own.
  let groupCore = 0;
  for (const count of group.values()) if (count * 2 >= size) groupCore++;
  const union = doc.size + Math.max(groupCore, 1) - shared;
  return union > 0 ? Math.min(1, shared / union) : 0;
}

function addToGroup(group: Group, id: string, vector: TermVector, entities: ReadonlySet<string>, time: number | undefined): void {
  group.ids.push(id);
  if (time !== undefined) {
    group.earliest = Math.min(group.earliest, time);
    group.latest = Math.max(group.latest, time);
  }
  group.vectors.push(vector);
  for (const [t, w] of vector) {
    const old = group.sum.get(t) ?? 0;
    group.sum.set(t, old + w);
    group.normSq += (old + w) ** 2 - old ** 2;
  }
  for (const e of entities) group.entities.set(e, (group.entities.get(e) ?? 0) + 1);
}

function centralIndex(group: Group): number {
  let best = 0;
  let bestScore = -Infinity;
  group.vectors.forEach((v, i) => {
    const score = dot(v, group.sum);
    if (score > bestScore + 1e-12) [best, bestScore] = [i, score];
  });
  return best;
}
