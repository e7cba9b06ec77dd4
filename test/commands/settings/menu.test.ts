import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buttonsOf, findButton, latestMenu } from '../../support/inline-menu.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import { createHarness, type Harness, USER } from '../../support/bot-harness.js';
import { createTestApp, TEST_NOW } from '../../support/test-app.js';

let app: App;
let bot: Harness;
const dirs: string[] = [];
beforeEach(async () => {
  app = await createTestApp();
  bot = await createHarness(app);
});
afterEach(async () => {
  await bot.close();
  await app.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The newest message in the chat that carries settings buttons. */
const menu = (chatId = USER.id) => latestMenu(bot.telegram, chatId);

/** Presses the button whose label matches on the current menu; fails if Telegram would refuse a call. */
async function press(label: string | RegExp, chatId = USER.id) {
  const { menu: m, button: b } = findButton(bot.telegram, chatId, label);
  const calls = await bot.send(bot.telegram.callbackQuery({ chat: chatId, messageId: m.message_id, data: b.callback_data }));
  const rejected = calls.filter((c) => !c.accepted);
  expect(rejected, JSON.stringify(rejected)).toEqual([]);
  expect(calls.filter((c) => c.method === 'answerCallbackQuery')).toHaveLength(1);
  return { calls, menuId: m.message_id, toast: calls.find((c) => c.method === 'answerCallbackQuery')?.payload.text };
}
const sub = () => app.subscriptions.get(USER.id);

describe('/settings in a private chat', () => {
  it('when the chat is not subscribed then it says so and a Subscribe button subscribes with the defaults', async () => {
    expect((await bot.say('/settings'))[0]).toContain('Not subscribed yet — send /subscribe');
    await press('🔔 Subscribe');
    expect(await sub()).toMatchObject({ chatType: 'private', time: '08:00', timeZone: 'UTC', status: 'active', include: [], exclude: [] });
    expect(menu()?.text).toContain('Status: <b>active</b>');
  });

  it('should open the menu with status, time, zone and topics, and every button fits in 64 bytes', async () => {
    await bot.say('/subscribe 06:15 Asia/Tokyo');
    const [text] = await bot.say('/settings');
    expect(text).toContain('Digest settings');
    expect(text).toContain('Delivery: <b>06:15</b> (Asia/Tokyo)');
    expect(text).toContain('Include: everything');
    const labels = buttonsOf(menu()).map((b) => b.text);
    expect(labels).toEqual(expect.arrayContaining(['🕗 Time 06:15', '🌍 Time zone', '➕ Include topics', '➖ Exclude topics', '🧹 Clear topics', '⏸ Pause', '🚫 Unsubscribe', '✅ Done']));
    for (const b of buttonsOf(menu())) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
  });

  it('when a quick time is picked then it is saved and the menu is edited in place', async () => {
    await bot.say('/subscribe');
    await bot.say('/settings');
    const { menuId } = await press('🕗 Time 08:00');
    expect(menu()?.message_id).toBe(menuId);
    const { toast, calls } = await press('07:00');
    expect(toast).toContain('07:00');
    expect(calls.some((c) => c.method === 'sendMessage')).toBe(false);
    expect(await sub()).toMatchObject({ time: '07:00', updatedAt: TEST_NOW.toISOString() });
    const edited = bot.telegram.messagesTo(USER.id).find((m) => m.message_id === menuId);
    expect(edited?.text).toContain('Delivery: <b>07:00</b>');
    expect(buttonsOf(edited).map((b) => b.text)).toContain('🕗 Time 07:00');
  });

  it('when another time is typed then 25:00 gets a clear error and nothing is saved, and 7:45 is saved', async () => {
    await bot.say('/subscribe');
    await bot.say('/settings');
    const { menuId } = await press('🕗 Time 08:00');
    await press('Other…');
    expect(menu()?.text).toContain('HH:MM');
    expect(await bot.say('25:00')).toEqual(['25:00 is not a time of day: use HH:MM between 00:00 and 23:59. Or send "cancel".']);
    expect((await sub())?.time).toBe('08:00');
    const replies = await bot.say('7:45');
    expect(replies[0]).toContain('07:45');
    expect((await sub())?.time).toBe('07:45');
    expect(bot.telegram.messagesTo(USER.id).find((m) => m.message_id === menuId)?.text).toContain('Delivery: <b>07:45</b>');
    // The question is closed: the next plain text gets the usual hint again.
    expect((await bot.say('08:30'))[0]).toContain('/help');
    expect((await sub())?.time).toBe('07:45');
  });

  it('when a time zone is typed then Mars/Olympus is refused and asia/tokyo is stored as Asia/Tokyo', async () => {
    await bot.say('/subscribe');
    await bot.say('/settings');
    await press('🌍 Time zone');
    await press('Other…');
    expect((await bot.say('Mars/Olympus'))[0]).toContain('I don\'t know the time zone "Mars/Olympus". Use an IANA name like Europe/Minsk.');
    expect((await sub())?.timeZone).toBe('UTC');
    await bot.say('asia/tokyo');
    expect((await sub())?.timeZone).toBe('Asia/Tokyo');
  });

  it('when a quick time zone is picked then it is saved', async () => {
    await bot.say('/subscribe');
    await bot.say('/settings');
    await press('🌍 Time zone');
    await press('Minsk');
    expect((await sub())?.timeZone).toBe('Europe/Minsk');
    expect(menu()?.text).toContain('(Europe/Minsk)');
  });

  it('should save include and exclude topics cleaned up, and clear them', async () => {
    await bot.say('/subscribe');
    await bot.say('/settings');
    await press('➕ Include topics');
    await bot.say(' Belarus, sanctions,belarus ');
    expect((await sub())?.include).toEqual(['belarus', 'sanctions']);
    await press('➖ Exclude topics');
    await bot.say('Football');
    expect(await sub()).toMatchObject({ include: ['belarus', 'sanctions'], exclude: ['football'] });
    expect(menu()?.text).toContain('Include: belarus, sanctions');
    await press('🧹 Clear topics');
    expect(await sub()).toMatchObject({ include: [], exclude: [] });
    expect(menu()?.text).toContain('Include: everything');
  });

  it('when "cancel" is sent instead of an answer then nothing changes and the question is closed', async () => {
    await bot.say('/subscribe');
    await bot.say('/settings');
    await press('➕ Include topics');
    expect((await bot.say('cancel'))[0]).toContain('Cancelled');
    expect((await sub())?.include).toEqual([]);
    expect((await bot.say('belarus'))[0]).toContain('/help');
  });

  it('should pause with reason user, resume, and unsubscribe only after confirming', async () => {
    await bot.say('/subscribe');
    await bot.say('/settings');
    await press('⏸ Pause');
    expect(await sub()).toMatchObject({ status: 'paused', pausedReason: 'user' });
    expect(menu()?.text).toContain('paused');
    await press('▶️ Resume');
    const resumed = await sub();
    expect(resumed?.status).toBe('active');
    expect(resumed).not.toHaveProperty('pausedReason');
    await press('🚫 Unsubscribe');
    expect((await sub())?.status).toBe('active');
    await press('Cancel');
    expect((await sub())?.status).toBe('active');
    await press('🚫 Unsubscribe');
    await press('Yes, unsubscribe');
    expect((await sub())?.status).toBe('unsubscribed');
    expect(buttonsOf(menu()).map((b) => b.text)).toContain('🔔 Subscribe again');
    await press('🔔 Subscribe again');
    expect((await sub())?.status).toBe('active');
  });

  it('when Done is pressed then the keyboard goes away and the settings are shown', async () => {
    await bot.say('/subscribe');
    await bot.say('/settings');
    const id = menu()?.message_id;
    await press('✅ Done');
    const closed = bot.telegram.messagesTo(USER.id).find((m) => m.message_id === id);
    expect(buttonsOf(closed)).toEqual([]);
    expect(closed?.text).toContain('Saved.');
  });

  it('when the menu message is gone then a typed answer is confirmed and a fresh menu is sent', async () => {
    await bot.say('/subscribe');
    await bot.say('/settings');
    await press('🕗 Time 08:00');
    await press('Other…');
    const old = menu()!;
    old.deleted = true;
    const calls = await bot.send(bot.telegram.message({ text: '09:10' }));
    expect(calls.find((c) => c.method === 'editMessageText')?.accepted).toBe(false);
    const sent = calls.filter((c) => c.method === 'sendMessage' && c.accepted).map((c) => String(c.payload.text));
    expect(sent).toHaveLength(2);
    expect(sent[0]).toContain('09:10');
    expect(sent[1]).toContain('Delivery: <b>09:10</b>');
    expect(menu()?.message_id).not.toBe(old.message_id);
    expect((await sub())?.time).toBe('09:10');
  });

  it('when the store is reopened then the changed settings are still there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-settings-'));
    dirs.push(dir);
    const url = `sqlite://${join(dir, 'store.sqlite')}`;
    await bot.close();
    await app.close();
    app = await createTestApp({ storeUrl: url });
    bot = await createHarness(app);
    await bot.say('/subscribe');
    await bot.say('/settings');
    await press('🕗 Time 08:00');
    await press('21:00');
    await press('⏸ Pause');
    await bot.close();
    await app.close();
    app = await createTestApp({ storeUrl: url });
    bot = await createHarness(app);
    expect(await sub()).toMatchObject({ time: '21:00', status: 'paused', pausedReason: 'user' });
    expect((await bot.say('/settings'))[0]).toContain('Delivery: <b>21:00</b>');
  });
});
