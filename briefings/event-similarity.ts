// How alike two reports are as reports of one event: TF-IDF cosines of their words, entities and numbers,
// mixed, less a penalty when the years they mention are all far apart. Pure.
//
// The weights and the threshold were chosen on two kinds of data at once (ECB+: each topic holds two similar
// but different events; Multi-News: one event told by differently-angled outlets): entities weigh half as much
// as words, numbers a sixth; the year penalty is what splits twin events years apart (an earthquake in 2008, another
// in 2013), and only applies when no two years the reports mention are within a year of each other, because
// reports of one event cite history freely. README "How events are formed" gives the sensitivity.
import { normalize, type TermVector } from '../src/nlp/similarity.js';
import type { EventFeatures } from './event-features.js';

export const WORD_WEIGHT = 0.6;
export const ENTITY_WEIGHT = 0.3;
export const NUMBER_WEIGHT = 0.1;
export const YEAR_PENALTY = 0.3;
/**
 * Entities and numbers add to the words' evidence, never replace it: two local stories that share only their
 * town ("Brennfeld") have an entity cosine of 1 and no words in common. Below this word cosine, only words count.
 */
export const MIN_WORD_COSINE = 0.1;
/** One shared word, however rare (a small window's town name), is no evidence of one event. */
export const MIN_SHARED_WORDS = 2;
/** Years within this many of each other agree. */
const YEAR_SLACK = 1;
/** Only a report's most distinctive words are compared: incidental ones dilute long reports' cosines. */
export const TOP_WORDS = 80;

/** Document frequencies of every key (words, `@`entities, `#`numbers) over the documents counted so far. */
export class TermStats {
  readonly df = new Map<string, number>();
  n = 0;

  add(features: EventFeatures): void {
    this.n++;
    for (const bag of [features.words, features.entities, features.numbers]) {
      for (const key of bag.keys()) this.df.set(key, (this.df.get(key) ?? 0) + 1);
    }
  }

  idf(key: string): number {
    return Math.log((1 + this.n) / (1 + (this.df.get(key) ?? 0))) + 1;
  }
}

/** A report as the index compares it: unit vectors per channel. */
export interface WeightedReport {
  words: TermVector;
  entities: TermVector;
  numbers: TermVector;
  years: readonly number[];
  time?: number;
  substantive: boolean;
}

export function weigh(features: EventFeatures, stats: TermStats): WeightedReport {
  return {
    words: normalize(top(tfidf(features.words, stats), TOP_WORDS)),
    entities: normalize(tfidf(features.entities, stats)),
    numbers: normalize(tfidf(features.numbers, stats)),
    years: features.years,
    ...(features.time === undefined ? {} : { time: features.time }),
    substantive: features.substantive,
  };
}

/** A report as the index keeps it: each channel as parallel arrays (a Map per report costs several times more). */
export interface StoredReport {
  words: CompactVector;
  entities: CompactVector;
  numbers: CompactVector;
  years: readonly number[];
  time?: number;
  substantive: boolean;
}

export interface CompactVector {
  keys: readonly string[];
  weights: Float64Array;
}

export function stored(report: WeightedReport): StoredReport {
  const pack = (vec: TermVector): CompactVector => ({ keys: [...vec.keys()], weights: Float64Array.from(vec.values()) });
  return { ...report, words: pack(report.words), entities: pack(report.entities), numbers: pack(report.numbers) };
}

/** Similarity of a new report to an indexed one (about −0.3..1); -Infinity when they can never be one event. */
export function reportSimilarity(a: WeightedReport, b: StoredReport, maxGapMs: number): number {
  if (!a.substantive || !b.substantive) return Number.NEGATIVE_INFINITY;
  if (a.time !== undefined && b.time !== undefined && Math.abs(a.time - b.time) > maxGapMs) return Number.NEGATIVE_INFINITY;
  const { dot: words, shared } = dotShared(a.words, b.words);
  if (shared < MIN_SHARED_WORDS) return Number.NEGATIVE_INFINITY;
  let score = WORD_WEIGHT * words;
  if (words >= MIN_WORD_COSINE) score += ENTITY_WEIGHT * dotCompact(a.entities, b.entities) + NUMBER_WEIGHT * dotCompact(a.numbers, b.numbers);
  if (yearsApart(a.years, b.years)) score -= YEAR_PENALTY;
  return score;
}

function dotShared(a: TermVector, b: CompactVector): { dot: number; shared: number } {
  let dot = 0;
  let shared = 0;
  for (let i = 0; i < b.keys.length; i++) {
    const w = a.get(b.keys[i]!);
    if (w === undefined) continue;
    dot += w * b.weights[i]!;
    shared++;
  }
  return { dot, shared };
}

function dotCompact(a: TermVector, b: CompactVector): number {
  let sum = 0;
  for (let i = 0; i < b.keys.length; i++) {
    const w = a.get(b.keys[i]!);
    if (w !== undefined) sum += w * b.weights[i]!;
  }
  return sum;
}

/** Both mention years and no two of them are within YEAR_SLACK: told in different years. */
export function yearsApart(a: readonly number[], b: readonly number[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  // Both sorted: walk them together for the closest pair.
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (Math.abs(a[i]! - b[j]!) <= YEAR_SLACK) return false;
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return true;
}

function tfidf(counts: TermVector, stats: TermStats): TermVector {
  const out: TermVector = new Map();
  for (const [key, count] of counts) out.set(key, (1 + Math.log(count)) * stats.idf(key));
  return out;
}

function top(vec: TermVector, k: number): TermVector {
  if (vec.size <= k) return vec;
  return new Map([...vec].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, k));
}
