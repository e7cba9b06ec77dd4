// The command menus per language: registerCommands against the Bot API stand-in, which keeps what
// setMyCommands stored per scope and language_code.
import { Api } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { language } from '../../commands/language.js';
import { silentLogger } from '../../src/logger.js';
import { registerCommands } from '../../src/telegram/register-commands.js';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram.js';
import { TOKEN } from '../support/bot-harness.js';

let tg: FakeTelegram;
beforeEach(async () => {
  tg = await startFakeTelegram();
});
afterEach(() => tg.close());

const all = [...commands.filter((c) => c.name !== language.name), language];
const describe_ = (list: { command: string; description: string }[] | undefined, name: string) => list?.find((c) => c.command === name)?.description;

describe('registerCommands', () => {
  it('should set each menu without a language (English) and once per other locale with translated descriptions', async () => {
    expect(await registerCommands(new Api(TOKEN, { apiRoot: tg.apiRoot }), all, silentLogger)).toBe(true);
    const privateChats = { type: 'all_private_chats' };
    const groups = { type: 'all_group_chats' };

    const english = tg.commands({ scope: privateChats });
    expect(describe_(english, 'latest')).toBe('The newest stories, e.g. /latest 10');
    expect(describe_(english, 'language')).toBe('The bot’s language in this chat, e.g. /language ru');
    expect(english?.map((c) => c.command)).toEqual(all.map((c) => c.name));

    expect(describe_(tg.commands({ scope: privateChats, languageCode: 'ru' }), 'latest')).toBe('Свежие новости, например /latest 10');
    expect(describe_(tg.commands({ scope: privateChats, languageCode: 'be' }), 'who')).toBe('Хто гэты чалавек? Напрыклад /who Лукашэнка');
    expect(describe_(tg.commands({ scope: { type: 'all_chat_administrators' }, languageCode: 'uk' }), 'settings')).toBe('Налаштувати дайджест: час, часовий пояс, теми, пауза');
    // Groups get the open commands only, in every language.
    for (const languageCode of [undefined, 'ru', 'be', 'uk']) {
      const open = tg.commands({ scope: groups, ...(languageCode ? { languageCode } : {}) })?.map((c) => c.command);
      expect(open, languageCode).toEqual(all.filter((c) => !c.adminOnly).map((c) => c.name));
    }
    expect(tg.commands({ scope: privateChats, languageCode: 'en' })).toBeUndefined();
  });

  it('when a command has no description key then its own English description is used in every menu', async () => {
    const extra = [...all, { name: 'ping', description: 'Check the bot is alive' }];
    await registerCommands(new Api(TOKEN, { apiRoot: tg.apiRoot }), extra, silentLogger);
    expect(describe_(tg.commands({ scope: { type: 'all_private_chats' }, languageCode: 'ru' }), 'ping')).toBe('Check the bot is alive');
  });
});
