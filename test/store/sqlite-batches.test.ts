// The sqlite store's own batch calls (open-store.ts): setMany writes a batch in one statement with each value
// bound as it is, or past sqlite's parameter limit through one JSON array; getMany (replacing the adapter's
// quadratic one) answers in the order asked, a missing key as undefined, a key asked twice twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-getmany-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sqlite setMany', () => {
  it('when values hold quotes, backslashes, line separators and other scripts then each reads back as written, and a key given twice keeps the later value', async () => {
    const store = await openStore(`sqlite://${join(dir, 's.sqlite')}`);
    try {
      const awkward = { text: 'He said "no" \\ then\u2028left; Лукашэнка, 北京, 🙂', n: -0.5, nested: [null, { ok: true }] };
      await store.kv.setMany([
        { key: 'x', value: awkward },
        { key: 'y', value: 'first' },
        { key: 'y', value: 'second' },
      ]);
      expect(await store.kv.getMany(['x', 'y'])).toEqual([awkward, 'second']);
    } finally {
      await store.close();
    }
  });

  it('when a batch is past sqlite\'s parameter limit (20,000 keys) then it is all written, and an overwrite replaces every value', async () => {
    const store = await openStore(`sqlite://${join(dir, 't.sqlite')}`);
    try {
      const keys = Array.from({ length: 20_000 }, (_, i) => `k:${i}`);
      await store.kv.setMany(keys.map((key, i) => ({ key, value: { i } })));
      await store.kv.setMany(keys.map((key, i) => ({ key, value: { i, again: true } })));
      const values = await store.kv.getMany<{ i: number; again?: boolean }>(keys);
      expect(values.every((v, i) => v?.i === i && v.again === true)).toBe(true);
      // The small batch path next to it: 3 keys overwritten, the rest as they were.
      await store.kv.setMany([0, 1, 2].map((i) => ({ key: `k:${i}`, value: { i: i + 100 } })));
      expect((await store.kv.getMany<{ i: number }>(['k:0', 'k:2', 'k:3'])).map((v) => v?.i)).toEqual([100, 102, 3]);
    } finally {
      await store.close();
    }
  }, 30_000);
});

describe('sqlite getMany', () => {
  it('when keys are asked out of order, missing or twice then each answer is the value at that key, in the order asked', async () => {
    const store = await openStore(`sqlite://${join(dir, 'a.sqlite')}`);
    try {
      await store.kv.setMany([
        { key: 'b', value: { n: 2 } },
        { key: 'a', value: { n: 1 } },
        { key: 'c', value: 'three' },
      ]);
      expect(await store.kv.getMany(['c', 'missing', 'a', 'b', 'a'])).toEqual(['three', undefined, { n: 1 }, { n: 2 }, { n: 1 }]);
      expect(await store.kv.getMany(['missing'])).toEqual([undefined]);
    } finally {
      await store.close();
    }
  });

  it('when 12,000 keys are read at once then every value is the one written under its key', async () => {
    const store = await openStore(`sqlite://${join(dir, 'b.sqlite')}`, { namespace: 'other' });
    try {
      const keys = Array.from({ length: 12_000 }, (_, i) => `article:${i}`);
      for (let i = 0; i < keys.length; i += 2000) await store.kv.setMany(keys.slice(i, i + 2000).map((key, j) => ({ key, value: { i: i + j } })));
      const reversed = [...keys].reverse();
      const values = await store.kv.getMany<{ i: number }>(reversed);
      expect(values.map((v) => v?.i)).toEqual(reversed.map((k) => Number(k.slice('article:'.length))));
    } finally {
      await store.close();
    }
  });
});
