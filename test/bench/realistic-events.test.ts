import { describe, expect, it } from 'vitest';
import { createArticleGenerator } from '../../bench/generate-articles.js';
import { MAX_EVENT_SIZE, MIN_EVENT_SIZE } from '../../bench/event-plan.js';
import { b3 } from '../../bench/cluster-quality.js';
import { buildRecord } from '../../src/articles/build-record.js';

const DAY_MS = 86_400_000;
const N = 4000;

function shape(count: number) {
  const generator = createArticleGenerator({ shape: 'events' });
  const events = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const e = generator.eventOf!(i);
    events.set(e, [...(events.get(e) ?? []), i]);
  }
  return { generator, events };
}

describe('realistic-events generator', () => {
  it('should give the same text, event and time for the same article on every run, and another seed another corpus', () => {
    const a = createArticleGenerator({ shape: 'events' });
    const b = createArticleGenerator({ shape: 'events' });
    // b is asked out of order: the plan is the same whichever article is asked first.
    for (const i of [2500, 0, 17, 999]) {
      expect(b.article(i).text).toBe(a.article(i).text);
      expect(b.eventOf!(i)).toBe(a.eventOf!(i));
      expect(b.timeOf!(i)).toBe(a.timeOf!(i));
    }
    const other = createArticleGenerator({ shape: 'events', seed: 7 });
    expect(other.article(0).text).not.toBe(a.article(0).text);
  });

  it('when 4000 articles are planned then events have 2–30 articles over at most 3 days, and about a third of articles are singletons', () => {
    const { generator, events } = shape(N);
    let singletons = 0;
    for (const members of events.values()) {
      if (members.length === 1) {
        singletons++;
        continue;
      }
      expect(members.length).toBeGreaterThanOrEqual(MIN_EVENT_SIZE);
      expect(members.length).toBeLessThanOrEqual(MAX_EVENT_SIZE);
      const times = members.map((i) => generator.timeOf!(i));
      expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(3 * DAY_MS);
    }
    const share = singletons / N;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.5);
    expect(Math.max(...[...events.values()].map((m) => m.length))).toBeGreaterThan(15);
  });

  it('when an event has several articles then they come from several outlets, each with its own text, sharing the event town and people', () => {
    const { generator, events } = shape(N);
    const big = [...events.values()].filter((m) => m.length >= 5).slice(0, 20);
    expect(big.length).toBe(20);
    for (const members of big) {
      const records = members.map((i) => buildRecord(generator.article(i).text, { now: new Date(generator.timeOf!(i)), maxBytes: 1 << 20 }));
      const ok = records.flatMap((r) => (r.ok ? [r.record] : []));
      expect(ok.length).toBe(members.length);
      expect(new Set(ok.map((r) => r.source.name)).size).toBeGreaterThanOrEqual(Math.min(members.length, 5));
      expect(new Set(ok.map((r) => r.contentHash)).size).toBe(ok.length);
      // The lead person is in every report (another outlet's romanisation keeps the surname's first letters).
      const stem = (name: string) => name.split(' ').pop()!.slice(0, 5).toLowerCase();
      const people = ok.map((r) => new Set(r.entities.filter((e) => e.type === 'PERSON').map((e) => stem(e.name))));
      expect([...people[0]!].filter((p) => people.every((set) => set.has(p))).length).toBeGreaterThanOrEqual(1);
      const firstLine = (i: number) => generator.article(i).text.split('\n')[3]!;
      const town = ok[0]!.paragraphs[0]!.split(',')[0]!;
      for (const i of members) expect(generator.article(i).text.toUpperCase()).toContain(town);
      expect(new Set(members.map(firstLine)).size).toBeGreaterThan(1);
    }
  });

  it('when articles are published then each carries its publication time, in order', () => {
    const generator = createArticleGenerator({ shape: 'events' });
    const built = buildRecord(generator.article(10).text, { now: new Date(), maxBytes: 1 << 20 });
    expect(built.ok && built.record.publishedAt).toBe(new Date(generator.timeOf!(10)).toISOString());
    expect(generator.timeOf!(11)).toBeGreaterThan(generator.timeOf!(10));
  });
});

describe('B³', () => {
  it('when the found clusters are the true ones then precision, recall and F1 are 1', () => {
    expect(b3([1, 1, 2, 3], [7, 7, 8, 9])).toMatchObject({ precision: 1, recall: 1, f1: 1, trueEvents: 3, foundEvents: 3 });
  });

  it('when everything is one blob then recall is 1 and precision falls with the number of events', () => {
    const q = b3([1, 1, 2, 2], [0, 0, 0, 0]);
    expect(q.recall).toBe(1);
    expect(q.precision).toBe(0.5);
    expect(q.largestFound).toBe(4);
  });

  it('when every item is alone then precision is 1 and recall counts what was split', () => {
    const q = b3([1, 1, 1, 2], [1, 2, 3, 4]);
    expect(q.precision).toBe(1);
    expect(q.recall).toBeCloseTo((1 / 3 + 1 / 3 + 1 / 3 + 1) / 4, 3);
  });
});
