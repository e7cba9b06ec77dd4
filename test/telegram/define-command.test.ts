// defineCommand: a feature's command, its buttons (by data prefix) and its typed follow-ups, in one
// registry entry, on the real bot talking to the Bot API stand-in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { OFFLINE_BOT_INFO } from '../../src/cli/fake-updates.js';
import { createBot, UNKNOWN_BUTTON } from '../../src/telegram/create-bot.js';
import { defineCommand } from '../../src/telegram/define-command.js';
import { TOKEN, USER } from '../support/bot-harness.js';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram.js';
import { createTestApp } from '../support/test-app.js';

let app: App;
let telegram: FakeTelegram;
beforeEach(async () => {
  app = await createTestApp();
  telegram = await startFakeTelegram();
});
afterEach(async () => {
  await telegram.close();
  await app.close();
});

function botWith(seen: string[]) {
  const ask = defineCommand({
    name: 'ask',
    description: 'Asks a question',
    handle: (ctx) => ctx.reply('What is your name?', { reply_markup: { inline_keyboard: [[{ text: 'Skip', callback_data: 'ask:skip' }]] } }),
    buttons: { prefix: 'ask:', handle: (ctx) => (seen.push(`press ${ctx.callbackQuery?.data}`), ctx.answerCallbackQuery({ text: 'Skipped' })) },
    followUp: async (ctx, next) => {
      if (ctx.msg?.text?.startsWith('/')) return next();
      seen.push(`answer ${ctx.msg?.text}`);
      return ctx.reply('Thanks');
    },
  });
  const ping = defineCommand({ name: 'ping', description: 'Pong', handle: (ctx) => ctx.reply('pong') });
  return createBot(TOKEN, { deps: app, commands: [ask, ping], botInfo: OFFLINE_BOT_INFO, apiRoot: telegram.apiRoot });
}

const answers = (from: number) => telegram.calls.slice(from).filter((c) => c.method === 'answerCallbackQuery').map((c) => c.payload.text);

describe('defineCommand with buttons and follow-ups', () => {
  it('when its own button is pressed then its handler answers; a press with another prefix gets the out-of-date toast', async () => {
    const seen: string[] = [];
    const bot = botWith(seen);
    await bot.handleUpdate(telegram.message({ text: '/ask' }));
    const menu = telegram.messagesTo(USER.id).at(-1)!;
    let before = telegram.calls.length;
    await bot.handleUpdate(telegram.callbackQuery({ chat: USER.id, messageId: menu.message_id, data: 'ask:skip' }));
    expect(answers(before)).toEqual(['Skipped']);
    before = telegram.calls.length;
    await bot.handleUpdate(telegram.callbackQuery({ chat: USER.id, messageId: menu.message_id, data: 'other:skip' }));
    expect(answers(before)).toEqual([UNKNOWN_BUTTON]);
    expect(seen).toEqual(['press ask:skip']);
  });

  it('when a text message is not a command then the follow-up gets it; other commands still reach their own handler', async () => {
    const seen: string[] = [];
    const bot = botWith(seen);
    await bot.handleUpdate(telegram.message({ text: 'Ada' }));
    await bot.handleUpdate(telegram.message({ text: '/ping' }));
    expect(telegram.messagesTo(USER.id).map((m) => m.text)).toEqual(['Thanks', 'pong']);
    expect(seen).toEqual(['answer Ada']);
  });
});
