// /digest through the bot: the chat's own digest as it would be now (its topics, zone, window).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import type { Subscription } from '../../src/subscriptions/subscription.js';
import { seedText, unrelatedText } from '../support/articles.js';
import { createHarness, USER, type Harness } from '../support/bot-harness.js';
import { createTestApp, input, TEST_NOW } from '../support/test-app.js';

let app: App;
let bot: Harness;
beforeEach(async () => {
  app = await createTestApp();
  await app.ingestor.ingest([input('seed.txt', seedText()), input('ecb.txt', unrelatedText)]);
  bot = await createHarness(app);
});
afterEach(async () => {
  await bot.close();
  await app.close();
});

async function subscribe(change: Partial<Subscription>): Promise<void> {
  const at = new Date(TEST_NOW.getTime() - 86_400_000).toISOString();
  await app.subscriptions.put({
    chatId: USER.id, chatType: 'private', time: '08:00', timeZone: 'UTC', include: [], exclude: [], status: 'active', createdAt: at, updatedAt: at, ...change,
  });
}

describe('/digest: a preview of this chat\'s digest', () => {
  it('when the chat is not subscribed then it shows the last 24 hours unfiltered', async () => {
    const text = (await bot.say('/digest')).join('\n');
    expect(text).toMatch(/Lukashenk/);
    expect(text).toMatch(/Central Bank|Lagarde/);
  });

  it('when the chat excludes a topic then /digest does not show it', async () => {
    await subscribe({ exclude: ['belarus'] });
    const text = (await bot.say('/digest')).join('\n');
    expect(text).toMatch(/Central Bank|Lagarde/);
    expect(text).not.toMatch(/Belarus|Lukashenk/i);
  });

  it('when the chat includes a topic then /digest shows only the matching events', async () => {
    await subscribe({ include: ['belarus'] });
    const text = (await bot.say('/digest')).join('\n');
    expect(text).toMatch(/Lukashenk/);
    expect(text).not.toMatch(/Central Bank|Lagarde/);
  });

  it("when the chat has its own time zone then the digest's dates are in it", async () => {
    await subscribe({ timeZone: 'Asia/Tokyo' });
    expect((await bot.say('/digest'))[0]).toContain('(Asia/Tokyo)');
  });

  it('when the chat unsubscribed then its topics no longer apply', async () => {
    await subscribe({ exclude: ['belarus'], status: 'unsubscribed' });
    expect((await bot.say('/digest')).join('\n')).toMatch(/Lukashenk/);
  });
});
