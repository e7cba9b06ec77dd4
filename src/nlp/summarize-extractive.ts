// Extractive multi-document summary: centroid TF-IDF scoring with a lead bias, boilerplate filtering
// and redundancy removal. Deterministic, no model: it is also the fallback when the LLM fails.
import { splitSentences } from './sentences.js';
import { contentWords, cosine, documentFrequencies, dot, termCounts, tfidf, type TermVector } from './similarity.js';

export interface SummaryDocument {
  title?: string;
  paragraphs: readonly string[];
}

export interface ExtractiveOptions {
  /** At most this many sentences (default 3). */
  maxSentences?: number;
  /** Stop adding sentences once this many words are used (the last one may be cut by the caller). */
  maxWords?: number;
}

interface Candidate {
  text: string;
  doc: number;
  position: number;
  vector: TermVector;
  score: number;
}

// Weight of centrality vs. position; news puts the gist first, so position matters a lot.
const CENTRALITY_WEIGHT = 0.7;
const REDUNDANCY_LIMIT = 0.4;
// Share of a sentence's words not yet said: outlets retell the lead in other words (cosine misses it).
const MIN_NOVELTY = 0.5;
// Openers that refer back to a previous sentence.
const DANGLING = /^["“]?(he|she|they|it|his|her|their|its|this|that|these|those|but|and|however|also|meanwhile|still|yet|so)\b/i;

/** Up to `maxSentences` sentences that summarise the documents, most important first. */
export function summarizeExtractive(docs: readonly SummaryDocument[], options: ExtractiveOptions = {}): string[] {
  const maxSentences = options.maxSentences ?? 3;
  // Short items (a one-line brief) may have nothing that passes the filter: then use them as they are.
  let candidates = collectCandidates(docs, true);
  if (candidates.length === 0) candidates = collectCandidates(docs, false);
  if (candidates.length === 0) return fallbackToTitle(docs);
  const counts = candidates.map((c) => termCounts(contentWords(c.text)));
  const titleCounts = docs.map((d) => termCounts(contentWords(d.title ?? '')));
  const { df, n } = documentFrequencies(counts);
  candidates.forEach((c, i) => (c.vector = tfidf(counts[i]!, df, n)));
  const centroid = buildCentroid(candidates, titleCounts.map((t) => tfidf(t, df, n)));
  // The centroid's norm once: cosine() would recompute it per sentence (quadratic on big events).
  const centroidNorm = Math.sqrt(dot(centroid, centroid));
  const similarity = (v: TermVector) => {
    const norm = Math.sqrt(dot(v, v));
    return norm === 0 || centroidNorm === 0 ? 0 : dot(v, centroid) / (norm * centroidNorm);
  };
  for (const c of candidates) {
    const lead = 1 / (1 + c.position / 2);
    const docBias = 1 / (1 + c.doc / 4); // earlier (more central) documents first
    c.score = CENTRALITY_WEIGHT * similarity(c.vector) + (1 - CENTRALITY_WEIGHT) * lead * docBias;
    if (DANGLING.test(c.text)) c.score *= 0.8; // "He said…", "But…" read badly out of context
  }
  const ranked = [...candidates].sort((a, b) => b.score - a.score || a.doc - b.doc || a.position - b.position);
  const chosen: Candidate[] = [];
  let words = 0;
  for (const c of ranked) {
    if (chosen.length >= maxSentences) break;
    if (options.maxWords !== undefined && words >= options.maxWords) break;
    if (chosen.some((s) => cosine(s.vector, c.vector) > REDUNDANCY_LIMIT)) continue;
    if (chosen.length > 0 && novelty(c.vector, chosen) < MIN_NOVELTY) continue;
    chosen.push(c);
    words += c.text.split(/\s+/).length;
  }
  return chosen.map((c) => c.text);
}

function novelty(vector: TermVector, chosen: readonly Candidate[]): number {
  if (vector.size === 0) return 0;
  let fresh = 0;
  for (const term of vector.keys()) if (!chosen.some((c) => c.vector.has(term))) fresh++;
  return fresh / vector.size;
}

function collectCandidates(docs: readonly SummaryDocument[], filter: boolean): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  docs.forEach((doc, d) => {
    let position = 0;
    for (const paragraph of doc.paragraphs) {
      for (const s of splitSentences(paragraph)) {
        const text = stripDateline(s.text.replace(/\s+/g, ' '));
        if (filter ? isBoilerplate(text) : !/\p{L}/u.test(text)) continue;
        const key = text.toLowerCase();
        if (seen.has(key)) continue; // syndicated copies repeat sentences verbatim
        seen.add(key);
        out.push({ text, doc: d, position: position++, vector: new Map(), score: 0 });
      }
    }
  });
  return out;
}

function buildCentroid(candidates: readonly Candidate[], titles: readonly TermVector[]): TermVector {
  const centroid: TermVector = new Map();
  const add = (v: TermVector, weight: number) => {
    for (const [t, w] of v) centroid.set(t, (centroid.get(t) ?? 0) + w * weight);
  };
  for (const c of candidates) add(c.vector, 1);
  for (const t of titles) add(t, 2); // headlines say what the event is
  return centroid;
}

const BOILERPLATE =
  /(click|tap) (here|to)|subscribe|sign up|newsletter|share (this|on|with)|follow us|all rights reserved|copyright|©|cookies?\b|javascript|advertisement|read more|related( coverage| stories)?:|(photo|image|video)( credit)?:|getty images|this (crawl|page|site)|wayback|e-?mail (us|this)|download (the|our) app|story continues|comments? (below|section)|you can (also )?(watch|read|follow)|(^|\s)(ap|reuters) (photo|file)|https?:\/\/|www\.|@\w+/i;

/** Share prompts, credits, crawl notices, headlines and fragments are not summary material. */
export function isBoilerplate(sentence: string): boolean {
  const words = sentence.split(/\s+/).filter(Boolean);
  if (words.length < 6 || words.length > 70) return true;
  if (!/[a-z]/.test(sentence)) return true; // ALL CAPS banners
  if (!/[.!?…"'”’)]$/.test(sentence)) return true; // headline-like fragment without final punctuation
  return BOILERPLATE.test(sentence);
}

// "WASHINGTON (AP) — ", "VALPARAISO, Chile (Reuters) - ": capitalised place, optional region and agency, then a dash.
const DATELINE = /^[A-Z][A-Z.'’ -]{2,40}(,\s*[A-Z][\p{L}.'’ -]{1,30})?\s*(\([^)]{1,30}\))?\s*[—–-]{1,2}\s+(?=[A-Z"“])/u;

/** "WASHINGTON (AP) — The vote…" → "The vote…". */
function stripDateline(sentence: string): string {
  return sentence.replace(DATELINE, '');
}

function fallbackToTitle(docs: readonly SummaryDocument[]): string[] {
  const title = docs.find((d) => d.title?.trim())?.title?.trim();
  return title ? [title] : [];
}
