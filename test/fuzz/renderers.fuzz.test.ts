// Bounded renderer fuzz in `npm test`; `npm run fuzz` runs the full one (fuzz/run.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeInvalid, fuzzCase, invalidMessages, renderAll } from '../../fuzz/renderers.js';

describe('renderer fuzz', () => {
  it('when hostile records go through /latest, /who, the digest and the archive then Telegram accepts every message', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fuzzCase, async (c) => {
        const messages = await renderAll(c);
        checked += messages.length;
        const invalid = invalidMessages(messages);
        if (invalid.length) throw new Error(invalid.slice(0, 3).map(describeInvalid).join('\n'));
      }),
      { numRuns: 300, seed: Number(process.env.FUZZ_SEED ?? 7) },
    );
    expect(checked).toBeGreaterThan(300);
  }, 30_000);
});
