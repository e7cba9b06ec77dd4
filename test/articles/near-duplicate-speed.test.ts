import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { MINHASH_SIZE, minHashSignature } from '../../src/articles/minhash.js';
import { createNearDuplicateIndex } from '../../src/articles/near-duplicate.js';

/** xorshift32: cheap, seeded numbers for 12.8M stand-in hash values. */
function numbers(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

function median(runs: number, task: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    task();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[runs >> 1] ?? Infinity;
}

/** About 5 KB of prose-like text over a 4,000-word vocabulary. */
function article(seed: number): string {
  const next = numbers(seed);
  const words = Array.from({ length: 1100 }, () => `w${(next() % 4000).toString(36)}${next() % 7 === 0 ? ',' : ''}`);
  return words.join(' ').slice(0, 5000);
}

describe('near-duplicate speed (targets: signature < 1 ms per 5 KB, query of 100k < 5 ms; bounds here are loose)', () => {
  it('when a 5 KB article is signed then the median takes under 5 ms', () => {
    const text = article(1);
    expect(text.length).toBe(5000);
    for (let i = 0; i < 50; i++) minHashSignature(text); // warm up the JIT
    expect(median(101, () => minHashSignature(text))).toBeLessThan(5);
  });

  it('when 100k signatures are indexed then a query takes under 5 ms and finds only the planted copy', () => {
    const index = createNearDuplicateIndex();
    const next = numbers(42);
    for (let i = 0; i < 100_000; i++) {
      index.addSignature(`a${i}`, { v: 1, shingles: 400, hashes: Array.from({ length: MINHASH_SIZE }, next) });
    }
    const text = article(2);
    index.add('planted', `${text} Read more: another story.`);
    const query = minHashSignature(text);
    expect(index.size).toBe(100_001);
    expect(index.findSignature(query).map((m) => m.id)).toEqual(['planted']);
    expect(median(101, () => index.findSignature(query))).toBeLessThan(5);
  }, 60_000);
});
