// Extractive multi-document summary. Each sentence is scored by how much of it the other documents support
// (shared word pairs: what many outlets report is the news), how central it is (TF-IDF centroid) and how early
// it comes (news puts the gist first). The lead is the best early sentence that stands on its own; at most two
// short sentences follow, without repeating it, in article order. One document: its lead, cleaned.
// Deterministic, no model: it is also the fallback when the LLM fails.
import { collectCandidates, type Candidate, type SummaryDocument } from './summary-candidates.js';
import { needsContext } from './summary-context.js';
import { FOLLOWER_MAX_WORDS, LEAD_MAX_WORDS, MAX_FOLLOWERS, fitSentence, wordCount } from './summary-shape.js';
import { sentenceSupport } from './summary-support.js';
import { bareSurnames, introducedSurnames } from './summary-names.js';
import { contentWords, cosine, documentFrequencies, dot, termCounts, tfidf, type TermVector } from './similarity.js';

export type { SummaryDocument } from './summary-candidates.js';
export { isBoilerplate } from './summary-candidates.js';

export interface ExtractiveOptions {
  /** At most this many sentences (default and cap 3: a lead and two more). */
  maxSentences?: number;
  /** Stop adding sentences once this many words are used (the last one may be cut by the caller). */
  maxWords?: number;
}

interface Scored extends Candidate {
  vector: TermVector;
  score: number;
  value: number;
  leadValue: number;
  dependent: boolean;
  /** Surnames it uses without the given name the articles introduce them with. */
  bare: string[];
  /** Whether another document uses any of its content words (always with one document). */
  onTopic: boolean;
}

/** Weights of the score's parts: support by other documents, centrality, position. */
const SUPPORT_WEIGHT = 1;
const CENTRALITY_WEIGHT = 0.5;
const POSITION_WEIGHT = 0.5;
// Position prior 1 / (1 + position / h): flat over the first paragraphs of several articles, steep for one article.
const POSITION_HALF_MULTI = 5;
const POSITION_HALF_SINGLE = 1;
const DOC_HALF = 4;
const REDUNDANCY_LIMIT = 0.4;
// Share of a sentence's words not yet said: outlets retell the lead in other words (cosine misses it).
const MIN_NOVELTY = 0.5;

/** Up to `maxSentences` sentences that summarise the documents: the lead first, then the others in article order. */
export function summarizeExtractive(docs: readonly SummaryDocument[], options: ExtractiveOptions = {}): string[] {
  const maxSentences = Math.min(options.maxSentences ?? 1 + MAX_FOLLOWERS, 1 + MAX_FOLLOWERS);
  // Short items (a one-line brief) may have nothing that passes the filter: then use them as they are.
  let candidates = collectCandidates(docs, true);
  if (candidates.length === 0) candidates = collectCandidates(docs, false);
  if (candidates.length === 0) return fallbackToTitle(docs);
  const scored = score(candidates, docs);
  const lead = pickLead(scored);
  // Nothing stands alone within the lead's length (a one-line brief, a wall of quotes): its first words, marked cut.
  if (!lead) return [clip(scored[0]!.text, LEAD_MAX_WORDS)];
  const several = new Set(scored.map((c) => c.doc)).size > 1;
  const chosen = [lead];
  let words = wordCount(lead.text);
  const ranked = [...scored].sort((a, b) => b.value - a.value || a.doc - b.doc || a.position - b.position);
  for (const c of ranked) {
    if (chosen.length >= maxSentences) break;
    if (options.maxWords !== undefined && words >= options.maxWords) break;
    if ((c.doc === lead.doc && c.position === lead.position) || !fits(c, lead, chosen, several)) continue;
    const text = fitSentence(c.text, FOLLOWER_MAX_WORDS);
    if (text === undefined) continue;
    chosen.push({ ...c, text });
    words += wordCount(text);
  }
  const [first, ...rest] = chosen;
  // Article order; the lead's own article first, so a sentence leaning on the lead comes right after it.
  const docRank = (c: Scored) => (c.doc === first!.doc ? -1 : c.doc);
  rest.sort((a, b) => docRank(a) - docRank(b) || a.position - b.position);
  return [first!, ...rest].map((c) => c.text);
}

function score(candidates: readonly Candidate[], docs: readonly SummaryDocument[]): Scored[] {
  const counts = candidates.map((c) => termCounts(contentWords(c.text)));
  const { df, n } = documentFrequencies(counts);
  const support = sentenceSupport(candidates);
  const single = new Set(candidates.map((c) => c.doc)).size < 2;
  const surnames = introducedSurnames(candidates.map((c) => c.text));
  const docWords = new Map<number, Set<string>>();
  candidates.forEach((c, i) => {
    let words = docWords.get(c.doc);
    if (!words) docWords.set(c.doc, (words = new Set()));
    for (const w of counts[i]!.keys()) words.add(w);
  });
  const out: Scored[] = candidates.map((c, i) => ({
    ...c,
    vector: tfidf(counts[i]!, df, n),
    score: 0,
    value: 0,
    leadValue: 0,
    dependent: needsContext(c.text),
    bare: bareSurnames(c.text, surnames),
    onTopic: single || sharesWords(counts[i]!, c.doc, docWords),
  }));
  const titles = docs.map((d) => tfidf(termCounts(contentWords(d.title ?? '')), df, n));
  const centroid = buildCentroid(out, titles);
  const centroidNorm = Math.sqrt(dot(centroid, centroid));
  for (const [i, c] of out.entries()) {
    const norm = Math.sqrt(dot(c.vector, c.vector));
    const central = norm === 0 || centroidNorm === 0 ? 0 : dot(c.vector, centroid) / (norm * centroidNorm);
    // Earlier documents first: the caller puts the most central article first (compose.ts), the others after it.
    const docBias = 1 / (1 + c.doc / DOC_HALF);
    const early = docBias / (1 + c.position / (single ? POSITION_HALF_SINGLE : POSITION_HALF_MULTI));
    // The lead: the earliest clear statement in any article (support already says which articles agree on it).
    const earliest = 1 / (1 + c.position / POSITION_HALF_SINGLE);
    // One document: its lead, in order (news puts the gist first; nothing else to weigh it against).
    c.score = single ? early : SUPPORT_WEIGHT * support[i]! + CENTRALITY_WEIGHT * central + POSITION_WEIGHT * early;
    // A longer sentence (up to the shape's limit) says more in one of only three slots: worth ∝ length for the
    // followers, ∝ √length for the lead (which must above all be clear). One article: plain order.
    c.value = single ? c.score : c.score * Math.min(1, c.tokens.length / FOLLOWER_MAX_WORDS);
    // The lead is the earliest clear statement of the news: the position prior is steep for it.
    const leadScore = single ? c.score : SUPPORT_WEIGHT * support[i]! + CENTRALITY_WEIGHT * central + POSITION_WEIGHT * earliest;
    c.leadValue = single ? c.score : leadScore * Math.sqrt(Math.min(1, c.tokens.length / LEAD_MAX_WORDS));
  }
  return out;
}

/** The earliest clear statement of the news: the best-scoring sentence that stands alone and fits a lead. */
function pickLead(scored: Scored[]): Scored | undefined {
  let best: Scored | undefined;
  for (const c of scored) {
    if (c.dependent || c.bare.length > 0 || /\?["”’)]?$/.test(c.text)) continue;
    if (best && c.leadValue <= best.leadValue) continue;
    const text = fitSentence(c.text, LEAD_MAX_WORDS);
    if (text !== undefined) best = { ...c, text };
  }
  return best;
}

/** Not a repeat of what is chosen; after the lead in its own article; leaning on context only right after it. */
function fits(c: Scored, lead: Scored, chosen: readonly Scored[], several: boolean): boolean {
  // With several articles, a sentence whose words no other article uses is one outlet's aside.
  if (several && !c.onTopic) return false;
  if (c.doc === lead.doc && c.position < lead.position) return false;
  if (c.dependent && !chosen.some((s) => s.doc === c.doc && s.position === c.position - 1)) return false;
  if (c.bare.some((name) => !chosen.some((s) => introduces(s.text, name)))) return false;
  if (chosen.some((s) => cosine(s.vector, c.vector) > REDUNDANCY_LIMIT)) return false;
  return novelty(c.vector, chosen) >= MIN_NOVELTY;
}

function sharesWords(counts: TermVector, doc: number, docWords: ReadonlyMap<number, ReadonlySet<string>>): boolean {
  for (const [d, words] of docWords) {
    if (d === doc) continue;
    for (const w of counts.keys()) if (words.has(w)) return true;
  }
  return false;
}

/** Whether the text gives the person's full name ("Ben Yu"), so a later bare "Yu" is understood. */
function introduces(text: string, surname: string): boolean {
  for (const m of text.matchAll(/\p{Lu}\p{Ll}+\.?\s+(\p{Lu}[\p{L}'’-]*)/gu)) if (m[1]!.toLowerCase().replace(/['’]s$/, '') === surname) return true;
  return false;
}

function novelty(vector: TermVector, chosen: readonly Scored[]): number {
  if (vector.size === 0) return 0;
  let fresh = 0;
  for (const term of vector.keys()) if (!chosen.some((c) => c.vector.has(term))) fresh++;
  return fresh / vector.size;
}

function buildCentroid(candidates: readonly Scored[], titles: readonly TermVector[]): TermVector {
  const centroid: TermVector = new Map();
  const add = (v: TermVector, weight: number) => {
    for (const [t, w] of v) centroid.set(t, (centroid.get(t) ?? 0) + w * weight);
  };
  for (const c of candidates) add(c.vector, 1);
  for (const t of titles) add(t, 2); // headlines say what the event is
  return centroid;
}

function clip(text: string, maxWords: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= maxWords ? text : `${words.slice(0, maxWords).join(' ')} …`;
}

function fallbackToTitle(docs: readonly SummaryDocument[]): string[] {
  const title = docs.find((d) => d.title?.trim())?.title?.trim();
  return title ? [title] : [];
}
