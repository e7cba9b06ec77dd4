// What the bot can ask about itself and its chats: getMe, getChat (chats table), getChatMember
// (membership table), and the command menu per scope and language (set/get/deleteMyCommands).
import type { BotCommand, User } from 'grammy/types';
import { badRequest, chatNotFound, ok, type ApiReply, type Payload } from './fake-telegram-errors.js';
import { chatMember } from './fake-telegram-members.js';
import { chatFor, isKnownChat, resolveChatId, type FakeState } from './fake-telegram-state.js';
import { chatObject } from './fake-telegram-updates.js';

/** The key commands are stored under: scope (type, chat, user) and language, like Telegram's menu lookup. */
export function commandsKey(state: FakeState, scope: unknown, languageCode: unknown): string {
  const s = (scope ?? { type: 'default' }) as { type?: unknown; chat_id?: unknown; user_id?: unknown };
  const chat = s.chat_id === undefined ? '' : String(resolveChatId(state, s.chat_id) ?? s.chat_id);
  return `${String(s.type ?? 'default')}:${chat}:${s.user_id === undefined ? '' : String(s.user_id)}|${languageCode === undefined ? '' : String(languageCode)}`;
}

function commandsProblem(commands: unknown) {
  if (!Array.isArray(commands)) return badRequest('parameter "commands" is required');
  if (commands.length > 100) return badRequest('too many commands');
  for (const c of commands as Partial<BotCommand>[]) {
    if (typeof c?.command !== 'string' || !/^[a-z0-9_]{1,32}$/.test(c.command)) return badRequest('BOT_COMMAND_INVALID');
    if (typeof c.description !== 'string' || c.description.length < 1 || c.description.length > 256) return badRequest('BOT_COMMAND_INVALID');
  }
  return undefined;
}

export function createChatMethods(state: FakeState) {
  return {
    getMe: (): ApiReply => ok(state.bot),
    getChat(p: Payload): ApiReply {
      const id = resolveChatId(state, p.chat_id);
      const chat = id === undefined ? undefined : state.chats.get(id);
      if (!chat) return chatNotFound();
      const gifts = { unlimited_gifts: false, limited_gifts: false, unique_gifts: false, premium_subscription: false };
      return ok({ ...chatObject(chat), accent_color_id: 0, max_reaction_count: 11, accepted_gift_types: gifts });
    },
    getChatMember(p: Payload): ApiReply {
      const chatId = resolveChatId(state, p.chat_id);
      if (chatId === undefined || !isKnownChat(state, chatId)) return chatNotFound();
      const userId = Number(p.user_id);
      const input = state.members.get(chatId)?.get(userId);
      if (!input) return badRequest('user not found');
      const user: User = input.user ?? (userId === state.bot.id ? state.bot : { id: userId, is_bot: false, first_name: 'User' });
      return ok(chatMember(user, input, chatFor(state, chatId).type));
    },
    setMyCommands(p: Payload): ApiReply {
      const problem = commandsProblem(p.commands);
      if (problem) return problem;
      const key = commandsKey(state, p.scope, p.language_code);
      const list = p.commands as BotCommand[];
      if (list.length) state.commands.set(key, list.map(({ command, description }) => ({ command, description })));
      else state.commands.delete(key);
      return ok(true);
    },
    getMyCommands: (p: Payload): ApiReply => ok(state.commands.get(commandsKey(state, p.scope, p.language_code)) ?? []),
    deleteMyCommands(p: Payload): ApiReply {
      state.commands.delete(commandsKey(state, p.scope, p.language_code));
      return ok(true);
    },
  };
}
