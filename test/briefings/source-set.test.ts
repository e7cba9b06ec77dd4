// The source-set rule: a chat with its own sources gets only those; a chat without gets the operator's
// pool (pool sources and files); keys name a set's content.
import { describe, expect, it } from 'vitest';
import { selectArticles } from '../../briefings/select.js';
import { admits, arrivalFor, key, poolSet, sourceSets } from '../../briefings/source-set.js';
import { makeArticle } from '../fixtures/briefings/articles.js';

const POOL_A = 'aaaaaaaaaa';
const POOL_B = 'bbbbbbbbbb';
const CHAT_1 = 'c1c1c1c1c1';
const CHAT_1_OTHER = 'c1c1c1c1c2';
const CHAT_2 = 'c2c2c2c2c2';
const sources = [
  { id: POOL_A }, { id: CHAT_1, chatId: 1 }, { id: POOL_B }, { id: CHAT_2, chatId: -1002 }, { id: CHAT_1_OTHER, chatId: 1 },
];
const from = (...fromSources: string[]) => ({ fromSources });

describe('source sets', () => {
  const setOf = sourceSets(sources);

  it('when a chat has no sources of its own then it gets the pool: pool source ids plus files', () => {
    expect(setOf(7)).toEqual({ kind: 'pool', ids: [POOL_A, POOL_B, 'file'].sort() });
    expect(setOf(undefined)).toBe(setOf(7));
  });

  it('when a chat has its own sources then its set is exactly those, never the pool', () => {
    expect(setOf(1)).toEqual({ kind: 'chat', chatId: 1, ids: [CHAT_1, CHAT_1_OTHER] });
    expect(setOf(-1002)).toEqual({ kind: 'chat', chatId: -1002, ids: [CHAT_2] });
  });

  it('the pool admits files, records from before sources (no fromSources) and pool sources, not a chat-only record', () => {
    const pool = setOf(undefined);
    expect(admits(pool, from('file'))).toBe(true);
    expect(admits(pool, {})).toBe(true);
    expect(admits(pool, from())).toBe(true);
    expect(admits(pool, from(POOL_B))).toBe(true);
    expect(admits(pool, from(CHAT_1))).toBe(false);
    expect(admits(pool, from(CHAT_1, CHAT_2))).toBe(false);
  });

  it('a chat set admits only its own ids: not files, not legacy records, not the pool, not another chat', () => {
    const chat = setOf(1);
    expect(admits(chat, from(CHAT_1_OTHER))).toBe(true);
    expect(admits(chat, from('file'))).toBe(false);
    expect(admits(chat, {})).toBe(false);
    expect(admits(chat, from(POOL_A))).toBe(false);
    expect(admits(chat, from(CHAT_2))).toBe(false);
  });

  it('a record carried by both a pool source and a chat source is in both sets', () => {
    const both = from(POOL_A, CHAT_2);
    expect(admits(setOf(undefined), both)).toBe(true);
    expect(admits(setOf(-1002), both)).toBe(true);
    expect(admits(setOf(1), both)).toBe(false);
  });

  it('keys name the content: order and repeats do not matter, different ids and kinds differ', () => {
    expect(key(poolSet([POOL_B, POOL_A]))).toBe(key(poolSet([POOL_A, POOL_B, POOL_A])));
    expect(key(poolSet([POOL_A]))).not.toBe(key(poolSet([POOL_A, POOL_B])));
    // A chat adding or removing its own sources leaves the pool's key alone.
    expect(key(sourceSets([...sources, { id: 'dddddddddd', chatId: 9 }])(undefined))).toBe(key(setOf(undefined)));
    expect(key(setOf(1))).not.toBe(key(setOf(-1002)));
    expect(key(setOf(1))).not.toBe(key(setOf(undefined)));
    // No pool sources at all: the pool is the files alone, a set like any other.
    expect(key(poolSet([]))).not.toBe(key(setOf(undefined)));
    expect(key(setOf(1))).toMatch(/^[0-9a-f]{16}$/);
  });

  it('when a pool source is removed then its old articles leave the pool (the set is read when composing)', () => {
    const before = sourceSets(sources)(undefined);
    const after = sourceSets(sources.filter((s) => s.id !== POOL_A))(undefined);
    expect(admits(before, from(POOL_A))).toBe(true);
    expect(admits(after, from(POOL_A))).toBe(false);
    expect(admits(after, from(POOL_A, POOL_B))).toBe(true);
  });
});

describe('selectArticles with a source set', () => {
  it('keeps the window\'s arrivals the set admits, oldest first; without a set, every arrival', () => {
    const at = (hour: number) => `2025-09-12T${String(hour).padStart(2, '0')}:00:00.000Z`;
    const file = makeArticle({ title: 'From the inbox', ingestedAt: at(1) });
    const pooled = { ...makeArticle({ title: 'From a pool feed', ingestedAt: at(2) }), fromSources: [POOL_A] };
    const own = { ...makeArticle({ title: 'From chat 1 feed', ingestedAt: at(3) }), fromSources: [CHAT_1] };
    const late = { ...makeArticle({ title: 'After the window', ingestedAt: at(23) }), fromSources: [CHAT_1] };
    const window = { since: new Date(at(0)), until: new Date(at(12)) };
    const setOf = sourceSets(sources);
    const titles = (set?: ReturnType<typeof setOf>) => selectArticles([own, late, pooled, file], { ...window, sources: set }).map((a) => a.title);
    expect(titles(setOf(undefined))).toEqual(['From the inbox', 'From a pool feed']);
    expect(titles(setOf(1))).toEqual(['From chat 1 feed']);
    expect(titles(setOf(-1002))).toEqual([]);
    expect(titles()).toEqual(['From the inbox', 'From a pool feed', 'From chat 1 feed']);
  });
});

describe('arrival per source set', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 27, 9, minute)).toISOString();
  // Stored by the pool at 09:00; chat 1's own source brought the same copy at 09:05 (record.arrivals).
  const merged = { ...makeArticle({ title: 'Shared wire story', ingestedAt: at(0) }), fromSources: [POOL_A, CHAT_1], arrivals: { [CHAT_1]: at(5) } };
  const setOf = sourceSets(sources);

  it('a set takes a record at the earliest arrival among the origins it admits; without a set, at ingestedAt', () => {
    expect(arrivalFor(setOf(undefined), merged)).toBe(at(0));
    expect(arrivalFor(setOf(1), merged)).toBe(at(5));
    expect(arrivalFor(setOf(-1002), merged)).toBeUndefined();
    expect(arrivalFor(undefined, merged)).toBe(at(0));
    expect(arrivalFor(setOf(1), { ...merged, fromSources: [POOL_A, CHAT_1, CHAT_1_OTHER], arrivals: { [CHAT_1]: at(9), [CHAT_1_OTHER]: at(7) } })).toBe(at(7));
  });

  it("when chat 1's digest went out at 09:01 then its next window selects the record and the pool's does not", () => {
    const window = (from: number, to: number, set?: ReturnType<typeof setOf>) => ({ since: new Date(at(from)), until: new Date(at(to)), sources: set });
    expect(selectArticles([merged], window(0, 1, setOf(1)))).toEqual([]);
    expect(selectArticles([merged], window(1, 10, setOf(1)))).toEqual([merged]);
    expect(selectArticles([merged], window(1, 10, setOf(undefined)))).toEqual([]);
    expect(selectArticles([merged], window(0, 1, setOf(undefined)))).toEqual([merged]);
  });
});
