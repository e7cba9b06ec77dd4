// Cleaning (and entity extraction) of one ~2 MB article, in the layouts that once made the cleaner
// quadratic: one long paragraph of many lines with few or many sentence ends, hard-wrapped text,
// very many short lines, and a single 2 MB line. Deterministic (seeded); figures are the best of
// a few runs each, after a warm-up, so JIT and GC noise on a busy machine weigh less.
import { performance } from 'node:perf_hooks';
import { cleanArticle } from '../src/articles/clean.js';
import { extractArticleEntities } from '../src/nlp/entities.js';
import { createRng, intBetween, pick, type Rng } from './prng.js';

export const CLEAN_BENCH_BYTES = 2_000_000;

const WORDS = ('the party shall pursuant to section of this agreement and any obligation under clause notwithstanding ' +
  'provided that such notice in writing within days after receipt by court order may be subject hereto whereas ' +
  'liability damages claim tribunal appeal judgment contract breach remedy lessee lessor trustee estate').split(' ');
const NAMES = ['John Smith', 'Maria Kolesnikova', 'Acme Holdings Ltd', 'the Supreme Court', 'Alexander Lukashenko', 'Vilnius',
  'the European Union', 'Judge Helen Carter', 'Pavel Novak', 'Northwind Trading Company', 'Warsaw', 'Ingrid Valtonen'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];

/** One legal-style sentence of about `words` words; `end` is its final punctuation ('' for none). */
function sentence(rng: Rng, words: number, end: string): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const r = rng();
    if (r < 0.05) out.push(pick(rng, NAMES));
    else if (r < 0.06) out.push(`on ${pick(rng, MONTHS)} ${intBetween(rng, 1, 28)}, ${intBetween(rng, 1990, 2025)}`);
    else if (r < 0.08) out.push(`Section ${intBetween(rng, 1, 99)}(${pick(rng, ['a', 'b', 'c'])})`);
    else out.push(pick(rng, WORDS));
  }
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + end;
}

/** Text of `bytes` characters (ASCII), broken into lines of `min`–`max` characters. */
function wrap(stream: () => string, bytes: number, min: number, max: number, rng: Rng): string {
  const lines: string[] = [];
  let size = 0;
  let line = '';
  let width = intBetween(rng, min, max);
  while (size + line.length < bytes) {
    for (const word of stream().split(' ')) {
      if (line.length + word.length + 1 > width && line) {
        lines.push(line);
        size += line.length + 1;
        line = '';
        width = intBetween(rng, min, max);
      }
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

export type CleanBenchLayout = 'fewSentenceEnds' | 'manySentenceEnds' | 'hardWrapped' | 'shortLines' | 'singleLine';

/** The article for one layout: a title line, a blank line, then ~2 MB of body with no blank line in it. */
export function generateLegalArticle(layout: CleanBenchLayout, bytes = CLEAN_BENCH_BYTES, seed = 20261201): string {
  const rng = createRng(seed);
  const title = 'Judgment of the Court in the Matter of Acme Holdings Ltd v Northwind Trading Company';
  const body = (() => {
    switch (layout) {
      // Long lines (110–190 characters, so not "hard-wrapped"), sentences of 150–400 words.
      case 'fewSentenceEnds': return wrap(() => sentence(rng, intBetween(rng, 150, 400), '.'), bytes, 110, 190, rng);
      // Every line ends a sentence, and the next starts lower-case, so all lines join into one paragraph.
      case 'manySentenceEnds': return wrap(() => `${sentence(rng, intBetween(rng, 8, 20), '.')} and`, bytes, 90, 160, rng);
      case 'hardWrapped': return wrap(() => sentence(rng, intBetween(rng, 20, 60), '.'), bytes, 60, 80, rng);
      // Over 100k lines: anything that spreads them into one call's arguments overflows the stack.
      case 'shortLines': return wrap(() => `${sentence(rng, 2, '.')} ${sentence(rng, 2, ';')}`, bytes, 12, 20, rng);
      case 'singleLine': return wrap(() => sentence(rng, intBetween(rng, 10, 40), '.'), bytes, bytes * 2, bytes * 2, rng);
    }
  })();
  return `${title}\n\n${body}\n`;
}

export interface CleanBenchFigures {
  bytes: number;
  /** The slowest layout's clean time, ms: the figure held to the < 1 s target. */
  cleanMs2MB: number;
  /** The slowest layout's entity-extraction time on the cleaned paragraphs, ms. */
  entitiesMs2MB: number;
  /** CPU of this process for the same runs (the slowest layout's, by its fastest run's CPU). */
  cleanCpuMs2MB: number;
  entitiesCpuMs2MB: number;
  byLayout: Record<CleanBenchLayout, { cleanMs: number; entitiesMs: number; cleanCpuMs: number; entitiesCpuMs: number; paragraphs: number; entities: number }>;
  cleanUnder1s: boolean;
}

const LAYOUTS: readonly CleanBenchLayout[] = ['fewSentenceEnds', 'manySentenceEnds', 'hardWrapped', 'shortLines', 'singleLine'];

export async function runCleanBench(options: { runs?: number; bytes?: number } = {}): Promise<CleanBenchFigures> {
  const runs = options.runs ?? 3;
  const bytes = options.bytes ?? CLEAN_BENCH_BYTES;
  const now = new Date('2026-01-01T00:00:00Z');
  const byLayout = {} as CleanBenchFigures['byLayout'];
  for (const layout of LAYOUTS) {
    const text = generateLegalArticle(layout, bytes);
    let cleanMs = Infinity;
    let entitiesMs = Infinity;
    let cleanCpuMs = Infinity;
    let entitiesCpuMs = Infinity;
    let paragraphs = 0;
    let entities = 0;
    for (let run = 0; run <= runs; run++) {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const cleaned = cleanArticle(text, { now, maxBytes: 2 * 1024 * 1024 });
      const t1 = performance.now();
      const cpu1 = process.cpuUsage(cpu0);
      if (!cleaned.ok) throw new Error(`clean bench: the ${layout} article was rejected: ${cleaned.error.message}`);
      const found = extractArticleEntities(cleaned.article.paragraphs);
      const t2 = performance.now();
      const cpu2 = process.cpuUsage(cpu0);
      if (run === 0) continue; // warm-up
      cleanMs = Math.min(cleanMs, t1 - t0);
      entitiesMs = Math.min(entitiesMs, t2 - t1);
      cleanCpuMs = Math.min(cleanCpuMs, (cpu1.user + cpu1.system) / 1000);
      entitiesCpuMs = Math.min(entitiesCpuMs, (cpu2.user + cpu2.system - cpu1.user - cpu1.system) / 1000);
      paragraphs = cleaned.article.paragraphs.length;
      entities = found.length;
      await new Promise((resolve) => setImmediate(resolve));
    }
    byLayout[layout] = {
      cleanMs: Math.round(cleanMs),
      entitiesMs: Math.round(entitiesMs),
      cleanCpuMs: Math.round(cleanCpuMs),
      entitiesCpuMs: Math.round(entitiesCpuMs),
      paragraphs,
      entities,
    };
  }
  const cleanMs2MB = Math.max(...LAYOUTS.map((l) => byLayout[l].cleanMs));
  const entitiesMs2MB = Math.max(...LAYOUTS.map((l) => byLayout[l].entitiesMs));
  const cleanCpuMs2MB = Math.max(...LAYOUTS.map((l) => byLayout[l].cleanCpuMs));
  const entitiesCpuMs2MB = Math.max(...LAYOUTS.map((l) => byLayout[l].entitiesCpuMs));
  return { bytes, cleanMs2MB, entitiesMs2MB, cleanCpuMs2MB, entitiesCpuMs2MB, byLayout, cleanUnder1s: cleanMs2MB < 1000 };
}
