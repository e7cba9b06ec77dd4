// Button presses: each gets exactly one answer, a stale or repeated press is applied cleanly or
// refused with a toast, and no press ever ends in an apology message under the menu.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { APOLOGY, UNKNOWN_BUTTON } from '../../src/telegram/create-bot.js';
import { GONE_EN as GONE, STALE_EN as STALE } from '../../commands/settings/buttons.js';
import { settingsData } from '../../commands/settings/callback-data.js';
import { createHarness, type Harness, USER } from '../support/bot-harness.js';
import { findButton } from '../support/inline-menu.js';
import { createTestApp } from '../support/test-app.js';

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-callbacks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let app: App;
let bot: Harness;
beforeEach(async () => {
  app = await createTestApp({ storeUrl: `sqlite://${join(dir, `${Date.now()}-${Math.random()}.sqlite`)}` });
  bot = await createHarness(app);
  await bot.say('/subscribe');
  await bot.say('/settings');
});
afterEach(async () => {
  await bot.close();
  await app.close().catch(() => undefined);
});

const update = (label: string) => {
  const { menu, button } = findButton(bot.telegram, USER.id, label);
  return bot.telegram.callbackQuery({ chat: USER.id, messageId: menu.message_id, data: button.callback_data });
};
const sends = (calls: { method: string }[]) => calls.filter((c) => c.method === 'sendMessage');
const answers = (calls: { method: string; accepted: boolean; payload: Record<string, unknown> }[]) => calls.filter((c) => c.method === 'answerCallbackQuery');

describe('button presses', () => {
  it('when Telegram delivers the same press again (its query already answered) then it is applied once and no apology is posted', async () => {
    await bot.send(update('🕗 Time 08:00'));
    const press = update('07:00');
    const first = await bot.send(press);
    expect(answers(first).map((a) => a.accepted)).toEqual([true]);
    const again = await bot.send(press);
    expect(sends(again)).toEqual([]);
    expect(answers(again)).toHaveLength(1); // tried once, refused by Telegram, not retried
    expect((await app.subscriptions.get(USER.id))?.time).toBe('07:00');
  });

  it('when a picker button is pressed again on a menu that already shows the result then "not modified" counts as done', async () => {
    await bot.send(update('🕗 Time 08:00'));
    const { menu, button } = findButton(bot.telegram, USER.id, '07:00');
    await bot.send(bot.telegram.callbackQuery({ chat: USER.id, messageId: menu.message_id, data: button.callback_data }));
    const again = await bot.send(bot.telegram.callbackQuery({ chat: USER.id, messageId: menu.message_id, data: button.callback_data }));
    expect(again.find((c) => c.method === 'editMessageText')?.error).toMatch(/not modified/);
    expect(sends(again)).toEqual([]);
    expect(answers(again).map((a) => [a.accepted, a.payload.text])).toEqual([[true, 'Delivery time: 07:00']]);
  });

  it('when the data is unknown or malformed then the press is still answered with a toast', async () => {
    for (const [data, text] of [['something-else', UNKNOWN_BUTTON], ['s:zz:501', STALE]] as const) {
      const calls = await bot.send(bot.telegram.callbackQuery({ chat: USER.id, messageId: 1, data }));
      expect(answers(calls).map((a) => [a.accepted, a.payload.text])).toEqual([[true, text]]);
      expect(sends(calls)).toEqual([]);
    }
  });

  it('when the menu is for a digest that no longer exists then the press gets a toast and nothing is sent', async () => {
    const channel = -1005550002222;
    await app.subscriptions.put({ ...(await app.subscriptions.get(USER.id))!, chatId: channel, chatType: 'channel', ownerUserId: USER.id });
    await app.subscriptions.move(channel, -1005550003333, new Date());
    const calls = await bot.send(bot.telegram.callbackQuery({ chat: USER.id, messageId: 1, data: settingsData('pause', channel) }));
    expect(answers(calls).map((a) => [a.accepted, a.payload.text])).toEqual([[true, GONE]]);
    expect(sends(calls)).toEqual([]);
  });

  it('when a press fails inside (the store went away) then the apology is a toast, not a message', async () => {
    const press = update('⏸ Pause');
    await app.close();
    const calls = await bot.send(press);
    expect(sends(calls)).toEqual([]);
    expect(answers(calls).map((a) => [a.accepted, a.payload.text])).toEqual([[true, APOLOGY]]);
  });
});
