// A key of any length reads back on every backend: PostgreSQL's bounded key column stores long ones by digest.
import { afterAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/open-store.js';
import { POSTGRES_KEY_SIZE } from '../../src/store/postgres-long-keys.js';
import { testBackends } from '../support/backends.js';

const backends = testBackends();
const opened: Store[] = [];
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
  await Promise.all(backends.map((b) => b.cleanup()));
});

describe.each(backends.map((b) => [b.name, b] as const))('long keys on %s', (_name, backend) => {
  it('when two keys longer than the column share their first 2000 characters then each keeps its own value, through every call', async () => {
    const store = await backend.open();
    opened.push(store);
    const stem = `people:${'ж'.repeat(2000)}`;
    const [a, b] = [`${stem}a`, `${stem}b`];
    expect(a.length).toBeGreaterThan(POSTGRES_KEY_SIZE);
    await store.kv.set(a, { who: 'a' });
    await store.kv.setMany([
      { key: b, value: { who: 'b' } },
      { key: 'short', value: 1 },
    ]);
    expect(await store.kv.get(a)).toEqual({ who: 'a' });
    expect(await store.kv.getMany([b, a, 'short'])).toEqual([{ who: 'b' }, { who: 'a' }, 1]);
    expect(await store.kv.has(b)).toBe(true);
    await store.kv.delete(a);
    expect(await store.kv.get(a)).toBeUndefined();
    expect(await store.kv.get(b)).toEqual({ who: 'b' });
    await store.kv.clear();
    expect(await store.kv.get(b)).toBeUndefined();
  });
});
