import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APOLOGY } from '../../src/telegram/create-bot.js';
import { createHarness } from '../support/bot-harness.js';
import { createTestApp } from '../support/test-app.js';

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-boundary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('error boundary', () => {
  it('when a handler fails (the store went away) then the user gets a short apology and the bot keeps answering', async () => {
    const app = await createTestApp({ storeUrl: `sqlite://${join(dir, 'gone.sqlite')}` });
    const bot = await createHarness(app);
    await app.close(); // every store call now fails
    expect(await bot.say('/latest')).toEqual([APOLOGY]);
    const help = await bot.say('/help'); // needs no store: still works
    expect(help.join('\n')).toContain('/latest');
    await bot.close();
  });
});
