// Cleaning stays linear on long inputs. The 2 MB figure lives in the bench (bench/clean-bench.ts);
// here the work is counted (characters handed to regular expressions), and the one timing check
// compares a 4× input with itself, in the same test, with a wide margin.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { generateLegalArticle } from '../../bench/clean-bench.js';
import { cleanArticle } from '../../src/articles/clean.js';
import { extractArticleEntities } from '../../src/nlp/entities.js';

const now = new Date('2026-01-01T00:00:00Z');
const clean = (text: string) => cleanArticle(text, { now, maxBytes: 8 * 1024 * 1024 });

/**
 * Runs `fn` while every RegExp method (called from outside another one) adds the characters its search passes
 * over to a counter: from the start (or lastIndex) to the end of the match, or to the end when nothing matches.
 * Backtracking is not counted; re-scanning a growing string is.
 */
function regexCharsDuring(fn: () => void): number {
  const proto = RegExp.prototype as unknown as Record<PropertyKey, (this: RegExp, s: unknown, ...rest: unknown[]) => unknown>;
  const exec = proto.exec!;
  const keys: PropertyKey[] = ['exec', 'test', Symbol.replace, Symbol.match, Symbol.matchAll, Symbol.split, Symbol.search];
  const originals = keys.map((k) => proto[k]!);
  let chars = 0;
  let depth = 0;
  keys.forEach((k, i) => {
    const original = originals[i]!;
    proto[k] = function (this: RegExp, s: unknown, ...rest: unknown[]) {
      if (depth > 0) return original.call(this, s, ...rest);
      depth++;
      try {
        const text = String(s);
        if (k !== 'exec' && k !== 'test') {
          chars += text.length;
          return original.call(this, s, ...rest);
        }
        const from = this.global || this.sticky ? this.lastIndex : 0;
        const m = exec.call(this, text) as RegExpExecArray | null;
        chars += m ? m.index + m[0].length - from : text.length - from;
        return k === 'test' ? m !== null : m;
      } finally {
        depth--;
      }
    };
  });
  try {
    fn();
  } finally {
    keys.forEach((k, i) => (proto[k] = originals[i]!));
  }
  return chars;
}

/** A title, then one block of `lines` lines of ~120–190 characters with no blank line between them. */
function longParagraph(lines: number, endEvery: number): string {
  const body = Array.from({ length: lines }, (_, i) => {
    const words = `clause ${i} of the agreement binds the lessee and the lessor under section ${i % 97} of the act and`;
    const line = `${words} any notice given in writing by the trustee to the tribunal within ${i % 30} days`;
    return i % endEvery === endEvery - 1 ? `${line}.` : line;
  });
  return `Judgment in the Matter of the Lease\n\n${body.join('\n')}\n`;
}

describe('cleaning long inputs', () => {
  it('when a paragraph is thousands of lines without a blank line then the lines join into one paragraph', () => {
    const text = longParagraph(3_000, 1_000_000);
    const got = clean(text);
    if (!got.ok) throw new Error(got.error.message);
    const lines = text.split('\n').slice(2, -1);
    expect(got.article.paragraphs).toEqual([lines.join(' ')]);
  });

  it('when a long paragraph is cleaned then the characters given to regexes grow linearly with it', () => {
    // Re-testing the growing paragraph for a sentence end, line after line, scanned ~n²/2 characters.
    const work = (lines: number) => {
      const text = longParagraph(lines, 25);
      return { chars: regexCharsDuring(() => expect(clean(text).ok).toBe(true)), size: text.length };
    };
    const small = work(1_000);
    const large = work(4_000);
    expect(large.chars).toBeLessThanOrEqual(4.5 * small.chars);
    expect(large.chars).toBeLessThanOrEqual(60 * large.size);
  });

  it('when a text names 160,000 years then it is cleaned (no call with one argument per year)', () => {
    const text = `Court Calendar\n\nHearings began on May 1 and went on in ${'2019 and '.repeat(160_000)}in 2020.\n`;
    const got = clean(text);
    expect(got.ok && got.article.publishedAt).toBe('2020-05-01T00:00:00.000Z');
  });

  it('when the input is 4× as long then cleaning takes well under 16× as long (runs of spaces, sentence ends, one line)', () => {
    const best = (text: string) => {
      let ms = Infinity;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        const got = clean(text);
        ms = Math.min(ms, performance.now() - started);
        expect(got.ok).toBe(true);
      }
      return ms;
    };
    const cases = [
      (n: number) => `Spaces\n\nSome words${' \t'.repeat(n / 2)}and the end of it.\n`,
      (n: number) => generateLegalArticle('manySentenceEnds', n),
      (n: number) => generateLegalArticle('singleLine', n),
    ];
    for (const make of cases) {
      const small = best(make(60_000));
      const large = best(make(240_000));
      // Linear is ~4×; quadratic is 16×. A floor keeps millisecond noise from deciding.
      expect(large).toBeLessThan(8 * Math.max(small, 25));
    }
  });

  it('when a 400 KB paragraph repeats names thousands of times then its entities are extracted', () => {
    const text = generateLegalArticle('singleLine', 400_000);
    const got = clean(text);
    if (!got.ok) throw new Error(got.error.message);
    const entities = extractArticleEntities(got.article.paragraphs);
    expect(entities.length).toBeGreaterThan(1_000);
    expect(entities.every((e) => e.name.length <= 80)).toBe(true);
  });
});
