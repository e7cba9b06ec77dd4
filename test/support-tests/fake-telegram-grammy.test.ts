import { autoRetry } from '@grammyjs/auto-retry';
import { Bot } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_TOKEN } from '../support/fake-telegram-client.js';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram.js';

let tg: FakeTelegram;
beforeEach(async () => { tg = await startFakeTelegram({ token: FAKE_TOKEN, bot: { username: 'brief_test_bot', first_name: 'Brief' } }); });
afterEach(async () => { await tg.close(); });

describe('a real grammY bot against the stand-in', () => {
  it('should poll one update with bot.start(), reply, and confirm it on bot.stop()', async () => {
    const bot = new Bot(FAKE_TOKEN, { client: { apiRoot: tg.apiRoot } });
    bot.command('latest', (ctx) => ctx.reply(`<b>Latest</b> for ${ctx.from?.first_name}`, { parse_mode: 'HTML' }));
    const running = bot.start({ timeout: 2 });
    tg.pushUpdate(tg.message({ text: '/latest@brief_test_bot' }));
    await tg.waitFor((c) => c.method === 'sendMessage' && c.accepted);
    await bot.stop();
    await running;
    expect(bot.botInfo.username).toBe('brief_test_bot');
    expect(tg.messagesTo(501).map((m) => m.text)).toEqual(['<b>Latest</b> for Ada']);
    expect(Object.keys(tg.stats().calls)).toEqual(expect.arrayContaining(['getMe', 'deleteWebhook', 'getUpdates', 'sendMessage']));
    expect(tg.pendingUpdates()).toEqual([]);
  });

  it('should surface Telegram errors as GrammyError, and auto-retry should wait out a 429', async () => {
    const bot = new Bot(FAKE_TOKEN, { client: { apiRoot: tg.apiRoot } });
    tg.failNext('sendMessage', { kind: '403', reason: 'blocked' });
    await expect(bot.api.sendMessage(501, 'hi')).rejects.toMatchObject({ error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    bot.api.config.use(autoRetry());
    tg.failNext('sendMessage', { kind: '429', retryAfter: 1 });
    const started = Date.now();
    const sent = await bot.api.sendMessage(501, 'after the wait');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(sent.text).toBe('after the wait');
    expect(tg.stats()).toMatchObject({ injected: 2, calls: { sendMessage: 3 } });
  });

  it('should handle a button press: answer the query and edit the message', async () => {
    const bot = new Bot(FAKE_TOKEN, { client: { apiRoot: tg.apiRoot } });
    bot.callbackQuery('next', async (ctx) => {
      await ctx.answerCallbackQuery();
      await ctx.editMessageText('Page 2');
    });
    await bot.init();
    await bot.api.sendMessage(501, 'Page 1', { reply_markup: { inline_keyboard: [[{ text: 'Next', callback_data: 'next' }]] } });
    await bot.handleUpdate(tg.callbackQuery({ chat: 501, messageId: 1, data: 'next' }));
    expect(tg.messagesTo(501)[0]).toMatchObject({ text: 'Page 2', history: ['Page 1', 'Page 2'] });
    expect(tg.calls.filter((c) => !c.accepted)).toEqual([]);
  });
});
