// What the stand-in remembers between calls: the bot, a chats table, memberships, messages per chat,
// commands, migrated chats. Plain data plus a few lookups; the methods read and write it.
import type { BotCommand, User, UserFromGetMe } from 'grammy/types';
import { forbidden, migrated, type ApiError, type ChatKind, badRequest } from './fake-telegram-errors.js';

/** A chat as the tables know it; the fields Telegram puts in Message.chat and getChat. */
export interface FakeChat {
  id: number;
  type: ChatKind;
  title?: string;
  username?: string;
  first_name?: string;
  last_name?: string;
  is_forum?: boolean;
}

export type MemberStatus = 'creator' | 'administrator' | 'member' | 'restricted' | 'left' | 'kicked';
/** A ChatMember as a test describes it: a status plus any fields to override (e.g. can_post_messages). */
export interface MemberInput { status: MemberStatus; user?: User; [field: string]: unknown }

/** A message the bot sent and Telegram accepted, in its current (possibly edited) form. */
export interface StoredMessage {
  message_id: number;
  chatId: number;
  /** The text exactly as the bot sent it (HTML markup included), after any edits. */
  text: string;
  parseMode?: string;
  threadId?: number;
  replyMarkup?: unknown;
  date: number;
  editDate?: number;
  /** Every text this message has had, oldest first. */
  history: string[];
  deleted?: boolean;
  payload: Record<string, unknown>;
}

export interface FakeState {
  now: () => number;
  bot: UserFromGetMe;
  chats: Map<number, FakeChat>;
  members: Map<number, Map<number, MemberInput>>;
  migratedTo: Map<number, number>;
  messages: Map<number, StoredMessage[]>;
  lastMessageId: Map<number, number>;
  commands: Map<string, BotCommand[]>;
  answeredQueries: Set<string>;
  strictChats: boolean;
}

export const DEFAULT_BOT: UserFromGetMe = {
  id: 4242, is_bot: true, first_name: 'newsbrief', username: 'newsbrief_bot',
  can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false,
  can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false,
  allows_users_to_create_topics: false, can_manage_bots: false, supports_join_request_queries: false,
};

export function createState(opts: { now?: () => number; bot?: Partial<UserFromGetMe>; chats?: FakeChat[]; strictChats?: boolean }): FakeState {
  return {
    now: opts.now ?? Date.now,
    bot: { ...DEFAULT_BOT, ...opts.bot, is_bot: true },
    chats: new Map((opts.chats ?? []).map((c) => [c.id, c])),
    members: new Map(), migratedTo: new Map(), messages: new Map(), lastMessageId: new Map(),
    commands: new Map(), answeredQueries: new Set(), strictChats: opts.strictChats ?? false,
  };
}

export const unixNow = (state: FakeState) => Math.floor(state.now() / 1000);

/** chat_id as sent (number, numeric string or "@username") → numeric id, or undefined if unknown. */
export function resolveChatId(state: FakeState, raw: unknown): number | undefined {
  if (typeof raw === 'number' && Number.isInteger(raw)) return raw;
  if (typeof raw !== 'string') return undefined;
  if (/^-?\d+$/.test(raw)) return Number(raw);
  if (!raw.startsWith('@')) return undefined;
  const name = raw.slice(1).toLowerCase();
  return [...state.chats.values()].find((c) => c.username?.toLowerCase() === name)?.id;
}

/** The chat from the table, or one inferred from the id the way Telegram numbers chats. */
export function chatFor(state: FakeState, id: number): FakeChat {
  const known = state.chats.get(id);
  if (known) return known;
  if (id > 0) return { id, type: 'private', first_name: 'User' };
  return id <= -1_000_000_000_000 ? { id, type: 'supergroup', title: 'Supergroup' } : { id, type: 'group', title: 'Group' };
}

export function isKnownChat(state: FakeState, id: number): boolean {
  return state.chats.has(id) || state.members.has(id) || state.messages.has(id) || state.migratedTo.has(id);
}

/** Message ids are per chat, shared by the users' messages and the bot's, like in Telegram. */
export function nextMessageId(state: FakeState, chatId: number): number {
  const id = (state.lastMessageId.get(chatId) ?? 0) + 1;
  state.lastMessageId.set(chatId, id);
  return id;
}

/** Why the bot may not write to this chat right now (migrated, blocked, kicked, no rights), if so. */
export function writeProblem(state: FakeState, chatId: number): ApiError | undefined {
  const to = state.migratedTo.get(chatId);
  if (to !== undefined) return migrated(to);
  if (state.strictChats && !isKnownChat(state, chatId)) return badRequest('chat not found');
  const chat = chatFor(state, chatId);
  const me = state.members.get(chatId)?.get(state.bot.id);
  if (me?.status === 'kicked' || me?.status === 'left') return forbidden(chat.type, me.status);
  const canPost = me?.status === 'creator' || (me?.status === 'administrator' && me.can_post_messages !== false);
  if (chat.type === 'channel' && me && !canPost) return badRequest('need administrator rights in the channel chat');
  return undefined;
}
