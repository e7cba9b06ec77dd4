// Closing one store leaves the others on the same server working (@keyv/postgres alone shares one pg pool per
// process and ends it on any store's close), and a store opened while another closes works too.
import { afterAll, describe, expect, it } from 'vitest';
import { testBackends } from '../support/backends.js';

const backends = testBackends();
afterAll(async () => {
  await Promise.all(backends.map((b) => b.cleanup()));
});

describe.each(backends.map((b) => [b.name, b] as const))('closing one store on %s', (_name, backend) => {
  it('when a store closes while another opens, and one of two open stores closes, then the others still read and write', async () => {
    const a = await backend.open();
    await a.kv.set('shared', 1);
    const [, c] = await Promise.all([a.close(), backend.open()]);
    const b = await backend.open();
    try {
      expect(await c.kv.get('shared')).toBe(1);
      await b.kv.set('after', 2);
      await b.close();
      expect(await c.kv.get('after')).toBe(2);
      await c.kv.set('last', 3);
      expect(await c.kv.get('last')).toBe(3);
    } finally {
      await Promise.allSettled([b.close(), c.close()]);
    }
  });
});
