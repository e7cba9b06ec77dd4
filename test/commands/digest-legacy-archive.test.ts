// Stores written before per-chat archives hold one composed briefing per UTC day (archive:<day>).
// /digest DAY in a chat with no archived digest of its own still shows that day's, read through a
// schema: an entry of another shape is "no digest", never garbage.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { seedText } from '../support/articles.js';
import { createHarness, type Harness } from '../support/bot-harness.js';
import { createTestApp, input, TEST_NOW } from '../support/test-app.js';

let app: App;
let bot: Harness;
beforeEach(async () => {
  app = await createTestApp();
  await app.ingestor.ingest([input('seed.txt', seedText())]);
  bot = await createHarness(app);
});
afterEach(async () => {
  await bot.close();
  await app.close();
});

const DAY = TEST_NOW.toISOString().slice(0, 10);

describe('/digest DAY on an older store', () => {
  it('when only the old per-day composition exists then /digest DAY shows it and /help offers the day', async () => {
    const briefing = await app.briefings.build({ since: new Date(TEST_NOW.getTime() - 86_400_000), until: TEST_NOW });
    await app.store.kv.set(`archive:${DAY}`, briefing);
    const replies = await bot.say(`/digest ${DAY}`);
    expect(replies[0]).toContain(`<b>Digest of ${DAY}</b>`);
    expect(replies.join('\n')).toMatch(/Lukashenk/);
    expect((await bot.say('/help')).join('\n')).toContain(`/digest ${DAY}`);
  });

  it('when the old entry has another shape then it is not shown', async () => {
    await app.store.kv.set(`archive:${DAY}`, { events: [{ title: 42 }] });
    expect((await bot.say(`/digest ${DAY}`))[0]).toMatch(/^No digest was composed for this chat/);
    expect((await bot.say('/help')).join('\n')).not.toContain(`/digest ${DAY}`);
  });
});
