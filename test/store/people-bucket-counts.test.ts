// The surname shard's counts (people:n:<key>#<letter>) apart from its rows (people:<key>#<letter>): a batch that only
// mentions known people rewrites the small counts value, not the bucket, and the counts still decide
// who a bare surname means; a bucket rewritten by a version that knows nothing of the counts is read
// with its own counts.
import type Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { personKey } from '../../src/nlp/names.js';
import { createKeyvPeopleIndex } from '../../src/store/keyv-people-index.js';
import { openStore } from '../../src/store/open-store.js';
import { recordNaming } from './people-records.js';

/** Every key written by setMany through this keyv. */
function recordingWrites(kv: Keyv): { kv: Keyv; keys: string[] } {
  const keys: string[] = [];
  const proxy = new Proxy(kv, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property === 'setMany' && typeof value === 'function') {
        return (entries: { key: string }[]) => (keys.push(...entries.map((e) => e.key)), (value as (e: unknown) => unknown).call(target, entries));
      }
      return value;
    },
  });
  return { kv: proxy, keys };
}

// Everyone here has a P given name, so all share one shard of the surname (surname-shards.ts): the bucket these
// tests watch is that shard's.
const key = `${personKey('Becker')}#p`;

describe('the bucket counts', () => {
  it('when a batch only mentions known people again then the bucket is not rewritten, and counts still follow', async () => {
    const store = await openStore('memory://');
    const { kv, keys } = recordingWrites(store.kv);
    const people = createKeyvPeopleIndex(kv);
    await people.indexArticles([recordNaming('a1', ['Paula Becker', 'Pierre Becker'])], 'b1');
    expect(keys).toContain(`people:tail:${key}`);
    expect(keys).toContain(`people:n:${key}`);

    keys.length = 0;
    await people.indexArticles([recordNaming('a2', ['Pierre Becker']), recordNaming('a3', ['Pierre Becker'])], 'b2');
    expect(keys).not.toContain(`people:${key}`);
    expect(keys).not.toContain(`people:tail:${key}`);
    expect(keys).toContain(`people:n:${key}`);
    // Pierre has 3 articles, Paula 1: a bare "Becker" goes to the one who dominates the bucket.
    expect((await people.lookup('Pierre Becker')).person?.articleCount).toBe(3);
    expect((await people.lookup('Becker')).person?.name).toBe('Pierre Becker');
    const next = await people.lookup('Paula Becker');
    expect(next.person?.articleCount).toBe(1);

    // A newcomer goes to the bucket's tail, with the counts as they stand; the bucket stays as it was.
    keys.length = 0;
    await people.indexArticles([recordNaming('a4', ['Petra Becker'])], 'b3');
    expect(keys).not.toContain(`people:${key}`);
    expect(keys).toContain(`people:tail:${key}`);
    const tail = (await store.kv.get(`people:tail:${key}`)) as { value: { name: string; articleCount: number }[] };
    // A new bucket is all tail until it holds TAIL_MAX people.
    expect(tail.value.map((r) => [r.name, r.articleCount])).toEqual([
      ['Paula Becker', 1],
      ['Pierre Becker', 3],
      ['Petra Becker', 1],
    ]);
    expect((await people.lookup('Petra Becker')).person?.name).toBe('Petra Becker');
    await store.close();
  });

  it('when the tail is full then the bucket is rewritten whole and the tail emptied, and everyone is still found', async () => {
    const store = await openStore('memory://');
    const { kv, keys } = recordingWrites(store.kv);
    const people = createKeyvPeopleIndex(kv);
    await people.indexArticles([recordNaming('a0', ['Paula Becker'])], 'b0');
    const given = ['Petra', 'Pablo', 'Paolo', 'Pascal', 'Perry', 'Pia', 'Piet', 'Pino', 'Pola', 'Pamela', 'Priska', 'Petunia', 'Pilar', 'Prosper', 'Penka', 'Pepa', 'Pascale', 'Pierre'];
    const rewrites: number[] = [];
    for (const [i, name] of given.entries()) {
      keys.length = 0;
      await people.indexArticles([recordNaming(`a${i + 1}`, [`${name} Becker`, 'Paula Becker'])], `b${i + 1}`);
      if (keys.includes(`people:${key}`)) rewrites.push(i + 1);
    }
    // Paula and the first 15 newcomers fill the tail; the 16th moves all of them into the bucket.
    expect(rewrites).toEqual([16]);
    const tail = (await store.kv.get(`people:tail:${key}`)) as { value: unknown[] };
    expect(tail.value).toHaveLength(2);
    expect((await store.kv.get(`people:${key}`)) as { value: unknown[] }).toMatchObject({ value: { length: 17 } });
    for (const name of given) expect((await people.lookup(`${name} Becker`)).person?.articleCount).toBe(1);
    expect((await people.lookup('Paula Becker')).person?.articleCount).toBe(19);
    expect((await people.lookup('Becker')).person?.name).toBe('Paula Becker');
    await store.close();
  });

  it('when a bucket holds its own counts (written before the counts key, or by an older version) then they are read', async () => {
    const store = await openStore('memory://');
    const people = createKeyvPeopleIndex(store.kv);
    await people.indexArticles([recordNaming('a1', ['Paula Becker', 'Pierre Becker'])], 'b1');
    await people.indexArticles([recordNaming('a2', ['Pierre Becker']), recordNaming('a3', ['Pierre Becker'])], 'b2');
    // The older layout: one bucket value, Paula counted up to 9 in it; the counts key left as it was.
    const tail = (await store.kv.get(`people:tail:${key}`)) as { v: 2; value: { id: string; name: string; forms: string[]; articleCount: number }[] };
    const rows = tail.value.map((r) => ({ ...r, articleCount: r.name === 'Paula Becker' ? 9 : 3 }));
    await store.kv.set(`people:${key}`, { v: 2, value: rows });
    await store.kv.delete(`people:tail:${key}`);
    expect((await people.lookup('Becker')).person?.name).toBe('Paula Becker');

    // The next batch goes on from the bucket's counts and makes the values agree again.
    await people.indexArticles([recordNaming('a4', ['Pierre Becker'])], 'b3');
    expect((await people.lookup('Becker')).person?.name).toBe('Paula Becker');
    expect(await store.kv.get(`people:n:${key}`)).toMatchObject({ n: [9, 4] });
    await store.close();
  });

  it('when the counts value is unreadable then the bucket is read with its own counts and a log line', async () => {
    const store = await openStore('memory://');
    const lines: string[] = [];
    const people = createKeyvPeopleIndex(store.kv, { logger: { warn: (fields) => void lines.push(fields.key) } });
    await people.indexArticles([recordNaming('a1', ['Paula Becker', 'Pierre Becker'])], 'b1');
    await store.kv.set(`people:n:${key}`, { base: 'x', n: [-1] });
    expect((await people.lookup('Pierre Becker')).person?.name).toBe('Pierre Becker');
    expect(lines).toEqual([`people:n:${key}`]);
    await people.indexArticles([recordNaming('a2', ['Pierre Becker'])], 'b2');
    expect(await store.kv.get(`people:n:${key}`)).toMatchObject({ n: [1, 2] });
    await store.close();
  });
});
