// Bag-of-words similarity: tokenising for comparison, TF-IDF weighting and cosine of sparse vectors.
// Used by the clusterer (same event?) and the extractive summariser (central sentence?).

/** Sparse term → weight vector. */
export type TermVector = Map<string, number>;

const STOPWORDS = new Set(
  ('a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself no ' +
    'nor not now of off on once only or other our ours ourselves out over own same she should so some such than ' +
    'that the their theirs them themselves then there these they this those through to too under until up very ' +
    'was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'said says say told according one two new would year years last first time people like get got make made ' +
    'may might must us mr mrs ms many much even well back since around still however including week day ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday').split(' '),
);

/** Lower-cased content words (letters/digits, ≥ 2 chars, not stopwords); possessive 's removed. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const word = match[0].replace(/['’]s$/, '').replace(/['’]/g, '');
    if (word.length < 2 || STOPWORDS.has(word) || /^\d{1,2}$/.test(word)) continue;
    out.push(word);
  }
  return out;
}

/** Raw term counts. */
export function termCounts(words: readonly string[]): TermVector {
  const counts: TermVector = new Map();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Document frequencies over a collection of count vectors. */
export function documentFrequencies(docs: Iterable<TermVector>): { df: Map<string, number>; n: number } {
  const df = new Map<string, number>();
  let n = 0;
  for (const doc of docs) {
    n++;
    for (const term of doc.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  }
  return { df, n };
}

/** Smoothed IDF, as in scikit-learn: ln((1+n)/(1+df)) + 1, so unseen terms still weigh. */
export function idf(df: ReadonlyMap<string, number>, n: number, term: string): number {
  return Math.log((1 + n) / (1 + (df.get(term) ?? 0))) + 1;
}

/** Sublinear TF × IDF, L2-normalised. */
export function tfidf(counts: TermVector, df: ReadonlyMap<string, number>, n: number): TermVector {
  const vec: TermVector = new Map();
  for (const [term, count] of counts) vec.set(term, (1 + Math.log(count)) * idf(df, n, term));
  return normalize(vec);
}

export function normalize(vec: TermVector): TermVector {
  const norm = Math.sqrt(dot(vec, vec));
  if (norm === 0) return vec;
  const out: TermVector = new Map();
  for (const [t, w] of vec) out.set(t, w / norm);
  return out;
}

export function dot(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, w] of small) {
    const v = large.get(t);
    if (v !== undefined) sum += w * v;
  }
  return sum;
}

/** Cosine similarity of two (not necessarily normalised) vectors; 0 when either is empty. */
export function cosine(a: TermVector, b: TermVector): number {
  const na = Math.sqrt(dot(a, a));
  const nb = Math.sqrt(dot(b, b));
  return na === 0 || nb === 0 ? 0 : dot(a, b) / (na * nb);
}

/** The `k` highest-weighted terms of a vector (ties broken alphabetically, for determinism). */
export function topTerms(vec: TermVector, k: number): string[] {
  return [...vec.entries()]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, k)
    .map(([t]) => t);
}
