import { describe, expect, it } from 'vitest';
import { createArticleGenerator } from '../../bench/generate-articles.js';
import { fullName } from '../../bench/name-pool.js';
import { createRng } from '../../bench/prng.js';
import { whoQueries } from '../../bench/who-queries.js';
import { buildRecord } from '../../src/articles/build-record.js';

const NOW = new Date('2026-11-27T09:00:00.000Z');

describe('bench article generator', () => {
  it('should produce the same text for the same index on every run', () => {
    const a = createArticleGenerator();
    const b = createArticleGenerator();
    for (const i of [0, 1, 777, 99_999]) expect(a.article(i).text).toBe(b.article(i).text);
    expect(createArticleGenerator({ seed: 7 }).article(0).text).not.toBe(a.article(0).text);
  });

  it('when 300 articles are cleaned then each is valid, unique, and names at least two people', () => {
    const generator = createArticleGenerator();
    const hashes = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const built = buildRecord(generator.article(i).text, { now: NOW, maxBytes: 1 << 20 });
      expect(built.ok).toBe(true);
      if (!built.ok) continue;
      hashes.add(built.record.contentHash);
      expect(built.record.paragraphs.length).toBeGreaterThanOrEqual(4);
      expect(built.record.disclaimer).toBeTruthy();
      const people = new Set(built.record.entities.filter((e) => e.type === 'PERSON').map((e) => e.name));
      expect(people.size).toBeGreaterThanOrEqual(2);
    }
    expect(hashes.size).toBe(300);
  });

  it('should draw people with a heavy head and a long tail', () => {
    const { pool } = createArticleGenerator();
    const rng = createRng(1);
    const counts = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const name = fullName(pool.draw(rng));
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]!).toBeGreaterThan(20 * sorted[Math.floor(sorted.length / 2)]!);
    expect(counts.size).toBeGreaterThan(1000);
  });

  it('when building the /who mix then about 70% known, 20% variant and 10% unknown names', () => {
    const queries = whoQueries(createRng(3), createArticleGenerator().pool, 2000);
    const share = (kind: string) => queries.filter((q) => q.kind === kind).length / queries.length;
    expect(share('known')).toBeCloseTo(0.7, 1);
    expect(share('variant')).toBeCloseTo(0.2, 1);
    expect(share('unknown')).toBeCloseTo(0.1, 1);
  });

  it('when the cast is open then about one article in ten names nobody new, and the rest bring a person the article names', () => {
    const generator = createArticleGenerator({ cast: 'open' });
    let newcomers = 0;
    let found = 0;
    for (let i = 0; i < 200; i++) {
      const person = generator.openPerson(i);
      if (!person) continue;
      newcomers++;
      const built = buildRecord(generator.article(i).text, { now: NOW, maxBytes: 1 << 20 });
      expect(built.ok).toBe(true);
      if (built.ok && built.record.entities.some((e) => e.type === 'PERSON' && e.name === fullName(person))) found++;
    }
    // A given name that is also a word ("Court") may be read as one: nearly all are found as people.
    expect(found / newcomers).toBeGreaterThan(0.95);
    expect(newcomers / 200).toBeGreaterThan(0.8);
    expect(newcomers / 200).toBeLessThan(0.97);
    // Drawn from about a million names: 200 draws almost never repeat.
    const names = new Set(Array.from({ length: 2000 }, (_, i) => generator.openPerson(i)).filter((p) => p !== undefined).map(fullName));
    expect(names.size).toBeGreaterThan(1700);
    expect(createArticleGenerator().openPerson(0)).toBeUndefined();
  });
});
