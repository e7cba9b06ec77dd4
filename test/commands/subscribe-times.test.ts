// /subscribe and /settings through the real bot: 12-hour times and current zone names.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { createHarness, type Harness, USER } from '../support/bot-harness.js';
import { findButton } from '../support/inline-menu.js';
import { createTestApp } from '../support/test-app.js';

let app: App;
let bot: Harness;
beforeEach(async () => {
  app = await createTestApp();
  bot = await createHarness(app);
});
afterEach(async () => {
  await bot.close();
  await app.close();
});

async function press(label: string) {
  const { menu, button } = findButton(bot.telegram, USER.id, label);
  await bot.send(bot.telegram.callbackQuery({ chat: USER.id, messageId: menu.message_id, data: button.callback_data }));
}

describe('/subscribe with a 12-hour time', () => {
  it('when /subscribe 7am is sent then the digest is set for 07:00 in the default zone', async () => {
    expect((await bot.say('/subscribe 7am'))[0]).toContain('<b>07:00</b> (UTC)');
    expect(await app.subscriptions.get(USER.id)).toMatchObject({ time: '07:00', timeZone: 'UTC' });
    await bot.say('/subscribe 7:30 pm Europe/Kiev');
    expect(await app.subscriptions.get(USER.id)).toMatchObject({ time: '19:30', timeZone: 'Europe/Kyiv' });
  });

  it('when /subscribe 13pm is sent then it is refused as a time and nothing is stored', async () => {
    const [reply] = await bot.say('/subscribe 13pm');
    expect(reply).toContain('13pm is not a time of day');
    expect(reply).not.toContain("don't know the time zone");
    expect(await app.subscriptions.get(USER.id)).toBeUndefined();
  });
});

describe('/settings typed answers', () => {
  it('when Europe/Kiev is typed as the zone then Europe/Kyiv is stored, and 7pm is taken as a time', async () => {
    await bot.say('/subscribe');
    await bot.say('/settings');
    await press('🌍 Time zone');
    await press('Other…');
    await bot.say('Europe/Kiev');
    expect((await app.subscriptions.get(USER.id))?.timeZone).toBe('Europe/Kyiv');
    await press('🕗 Time 08:00');
    await press('Other…');
    await bot.say('7pm');
    expect((await app.subscriptions.get(USER.id))?.time).toBe('19:00');
  });
});
