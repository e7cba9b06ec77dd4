import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { createCachedSummarizer } from '../../src/llm/cached-summarizer.js';
import type { EventToSummarize, Summarizer } from '../../src/llm/summarizer.port.js';
import { createKeyvSummaryCache } from '../../src/store/keyv-summary-cache.js';

const storedAt = '2025-09-12T12:00:00.000Z';

describe('the keyv summary cache', () => {
  it('should keep one key per event, overwritten when the content hash changes', async () => {
    const map = new Map<string, unknown>();
    const cache = createKeyvSummaryCache(new Keyv({ store: map, namespace: 'nb' }));
    await cache.set('ev1', 'hash-a', { sentences: ['First answer.'], storedAt });
    await cache.set('ev1', 'hash-b', { sentences: ['Second answer.'], storedAt });
    await cache.set('ev1', 'hash-c', { sentences: ['Third answer.'], storedAt });
    expect(map.size).toBe(1);
    expect(await cache.get('ev1', 'hash-c')).toEqual({ sentences: ['Third answer.'], storedAt });
  });

  it('when the stored hash is not the one asked for then it is a miss', async () => {
    const cache = createKeyvSummaryCache(new Keyv({ store: new Map(), namespace: 'nb' }));
    await cache.set('ev1', 'hash-a', { sentences: ['An answer.'], storedAt });
    expect(await cache.get('ev1', 'hash-b')).toBeUndefined();
    expect(await cache.get('ev2', 'hash-a')).toBeUndefined();
  });
});

describe('createCachedSummarizer with answers past the schema limits', () => {
  it('should still cache a long answer, trimmed to the limits, so the second call makes no request', async () => {
    let calls = 0;
    const long = ['  A padded sentence.  ', '', 'x'.repeat(5000), ...Array.from({ length: 30 }, (_, i) => `Sentence ${i}.`)];
    const inner: Summarizer = {
      summarizeEvent: () => {
        calls += 1;
        return Promise.resolve(long);
      },
      describePerson: () => Promise.resolve(''),
      answerQuestion: () => Promise.resolve([]),
    };
    const errors: unknown[] = [];
    const cache = createKeyvSummaryCache(new Keyv({ store: new Map(), namespace: 'nb' }));
    const summarizer = createCachedSummarizer(inner, cache, { model: 'm', now: () => new Date(storedAt), onCacheError: (e) => errors.push(e) });
    const event: EventToSummarize = { id: 'ev1', title: 'T', articles: [], maxSentences: 40 };
    await summarizer.summarizeEvent(event);
    const second = await summarizer.summarizeEvent(event);
    expect(calls).toBe(1);
    expect(errors).toEqual([]);
    expect(second[0]).toBe('A padded sentence.');
    expect(second[1]).toHaveLength(4000);
    expect(second).toHaveLength(20);
  });
});
