// The sqlite store's own getMany (open-store.ts replaces the adapter's quadratic one): values come back in the
// order asked, a missing key as undefined, a key asked twice twice, at a digest window's size.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-getmany-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
