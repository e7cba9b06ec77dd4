// The real bot, talking to the local Bot API stand-in over HTTP; updates go in via handleUpdate.
import type { Update } from 'grammy/types';
import { commands, features } from '../../commands/index.js';
import type { App } from '../../src/app.js';
import { createBot } from '../../src/telegram/create-bot.js';
import { OFFLINE_BOT_INFO } from '../../src/cli/fake-updates.js';
import { startFakeTelegram, type FakeTelegram, type RecordedCall } from './fake-telegram.js';

export const TOKEN = '123456:TEST-token-for-the-local-stand-in-xx';
export const USER = { id: 501, is_bot: false, first_name: 'Ada' } as const;

export interface Harness {
  telegram: FakeTelegram;
  /** Sends a message as USER in a private chat (or the given chat) and returns the texts the bot sent. */
  say(text: string, chat?: { id: number; type: 'private' | 'group' | 'supergroup'; title?: string }): Promise<string[]>;
  /** Any update (callback queries, my_chat_member, channel posts…); returns the new API calls it caused. */
  send(update: Update): Promise<RecordedCall[]>;
  close(): Promise<void>;
}

let nextUpdateId = 1;

export function messageUpdate(text: string, chat: { id: number; type: string; title?: string }): Update {
  const command = /^\/[A-Za-z0-9_]+(@\w+)?/.exec(text);
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextUpdateId,
      date: 1_700_000_000,
      chat: chat.type === 'private' ? { id: chat.id, type: 'private', first_name: USER.first_name } : { id: chat.id, type: chat.type, title: chat.title ?? 'Group' },
      from: { ...USER },
      text,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
    },
  } as Update;
}

export async function createHarness(app: App): Promise<Harness> {
  const telegram = await startFakeTelegram();
  const bot = createBot(TOKEN, { deps: app, commands, features, botInfo: OFFLINE_BOT_INFO, apiRoot: telegram.apiRoot });
  return {
    telegram,
    async say(text, chat = { id: USER.id, type: 'private' }) {
      const before = telegram.sent().length;
      const callsBefore = telegram.calls.length;
      await bot.handleUpdate(messageUpdate(text, chat));
      // Anything Telegram would have refused (bad HTML, too long) fails the test outright.
      const rejected = telegram.calls.slice(callsBefore).filter((c) => !c.accepted);
      if (rejected.length) throw new Error(`Telegram rejected ${rejected[0]?.method}: ${rejected[0]?.error}`);
      return telegram.sent().slice(before).map((m) => m.text);
    },
    async send(update) {
      const callsBefore = telegram.calls.length;
      await bot.handleUpdate(update);
      return telegram.calls.slice(callsBefore);
    },
    close: () => telegram.close(),
  };
}
