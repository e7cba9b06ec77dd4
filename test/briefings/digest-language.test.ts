// The scheduled digest speaks each chat's language: the frame and dates in the chat's locale, the articles' own
// words untouched, and one rendering per language (the language is part of the view).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../src/app.js';
import { fixedClock } from '../../src/clock.js';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import type { Subscription } from '../../src/subscriptions/subscription.js';
import { seedText, unrelatedText } from '../support/articles.js';
import { input, TEST_NOW } from '../support/test-app.js';

let app: App;
beforeEach(async () => {
  app = await openApp(parseConfig({ STORE_URL: 'memory://' }), { logger: silentLogger, clock: fixedClock(TEST_NOW) });
  await app.ingestor.ingest([input('seed.txt', seedText()), input('ecb.txt', unrelatedText)]);
});
afterEach(async () => {
  await app.close();
});

const sub = (chatId: number): Subscription => ({
  chatId, chatType: 'private', time: '09:00', timeZone: 'UTC', include: [], exclude: [], status: 'active',
  createdAt: '2026-11-20T00:00:00.000Z', updatedAt: '2026-11-20T00:00:00.000Z',
});

describe('digest in the chat\'s language', () => {
  it('when one chat reads Russian and two English then the Russian one gets the Russian frame, and the two languages are two renderings', async () => {
    await app.languages.set(2, { locale: 'ru', source: 'chosen', updatedAt: TEST_NOW.toISOString() });
    const batch = await app.digests.forDue([1, 2, 3].map((id) => ({ subscription: sub(id), day: '2026-11-27' })), TEST_NOW);
    expect(batch).toMatchObject({ compositions: 1, renderings: 2 });
    const [en, ru, en2] = batch.results.map((r) => r.messages.join('\n'));
    expect(en).toContain('<b>News digest</b>');
    expect(en2).toBe(en);
    expect(ru).toContain('<b>Дайджест новостей</b>');
    expect(ru).not.toContain('News digest');
    expect(ru).toContain('Сводки составлены автоматически');
    // The articles' own words stay as written: the same headlines in both.
    const headline = /<b>(Belarus[^<]*)<\/b>/u.exec(en ?? '')?.[1];
    expect(headline).toBeDefined();
    expect(ru).toContain(headline!);
  });

  it('when a chat has no language stored then its preview is English, and an explicit locale wins', async () => {
    expect((await app.digests.preview(5, TEST_NOW)).messages.join('\n')).toContain('News digest');
    expect((await app.digests.preview(5, TEST_NOW, { locale: 'uk' })).messages.join('\n')).not.toContain('News digest');
  });
});
