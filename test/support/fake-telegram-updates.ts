// Builders for realistic updates, shaped like the ones Telegram really sends: private/group/topic
// messages with bot_command entities, anonymous admins, callback queries, my_chat_member changes,
// channel posts and the pair of service messages of a group → supergroup migration.
import type { Update, User } from 'grammy/types';
import { htmlToPlain } from './fake-telegram-html.js';
import { chatMember } from './fake-telegram-members.js';
import { chatFor, nextMessageId, unixNow, type FakeChat, type FakeState, type MemberStatus } from './fake-telegram-state.js';

/** A chat by id (looked up in the table, else inferred from the id) or given in full. */
export type ChatRef = number | FakeChat;
export type UserRef = Partial<User> & { id: number };

export const DEFAULT_USER: User = { id: 501, is_bot: false, first_name: 'Ada', username: 'ada_l', language_code: 'en' };
const GROUP_ANONYMOUS_BOT: User = { id: 1087968824, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' };
const CHANNEL_BOT: User = { id: 136817688, is_bot: true, first_name: 'Channel', username: 'Channel_Bot' };

export interface UpdateBuilders {
  /** A text message; `/cmd` and `/cmd@Bot` tokens get bot_command entities. Defaults to a private chat with `from`. */
  message(o: { text: string; chat?: ChatRef; from?: UserRef; thread?: number; senderChat?: ChatRef; replyTo?: number }): Update;
  /** A button press on message `messageId`; carries the stored message if the bot sent it, else an inaccessible one. */
  callbackQuery(o: { chat: ChatRef; messageId: number; data: string; from?: UserRef }): Update;
  /** The bot's own membership changed in `chat` (added, promoted, kicked, blocked...). */
  myChatMember(o: { chat: ChatRef; oldStatus: MemberStatus; newStatus: MemberStatus; from?: UserRef; rights?: Record<string, unknown> }): Update;
  channelPost(o: { chat: ChatRef; text: string }): Update;
  /** [old group's `migrate_to_chat_id` message, new supergroup's `migrate_from_chat_id` message]. */
  migration(o: { fromChatId: number; toChatId: number; from?: UserRef; title?: string }): [Update, Update];
}

/** Message.chat as Telegram renders it: only the fields that apply to the chat type. */
export function chatObject(chat: FakeChat): Record<string, unknown> {
  const { id, type, title, username, first_name, last_name, is_forum } = chat;
  const fields = type === 'private' ? { first_name, last_name, username } : { title, username, ...(is_forum ? { is_forum } : {}) };
  return Object.fromEntries(Object.entries({ id, type, ...fields }).filter(([, v]) => v !== undefined));
}

/** bot_command entities for every /command token, like Telegram adds (offsets in UTF-16 units). */
export function commandEntities(text: string): { type: 'bot_command'; offset: number; length: number }[] {
  return [...text.matchAll(/(^|\s)(\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?)(?![A-Za-z0-9_@])/g)].map((m) => ({
    type: 'bot_command', offset: (m.index ?? 0) + (m[1]?.length ?? 0), length: m[2]?.length ?? 0,
  }));
}

export function createUpdateBuilders(state: FakeState, nextUpdateId: () => number): UpdateBuilders {
  let queryCounter = 0;
  const user = (u?: UserRef): User => (u ? { is_bot: false, first_name: 'User', ...u } : DEFAULT_USER);
  const chatOf = (ref: ChatRef | undefined, from: User): FakeChat => {
    if (typeof ref === 'object') return ref;
    if (ref === undefined || (ref > 0 && !state.chats.has(ref) && ref === from.id)) {
      return { id: from.id, type: 'private', first_name: from.first_name, ...(from.username ? { username: from.username } : {}) };
    }
    return chatFor(state, ref);
  };
  const withText = (text: string) => {
    const entities = commandEntities(text);
    return { text, ...(entities.length ? { entities } : {}) };
  };
  const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

  return {
    message({ text, chat, from, thread, senderChat, replyTo }) {
      const sender = user(from);
      const c = chatOf(chat, sender);
      const sc = senderChat === undefined ? undefined : typeof senderChat === 'object' ? senderChat : chatFor(state, senderChat);
      const topic = thread !== undefined ? { message_thread_id: thread, ...(c.is_forum === true && c.type === 'supergroup' ? { is_topic_message: true } : {}) } : {};
      const message = clean({
        message_id: nextMessageId(state, c.id),
        from: sc ? (sc.id === c.id ? GROUP_ANONYMOUS_BOT : CHANNEL_BOT) : sender,
        sender_chat: sc ? chatObject(sc) : undefined,
        chat: chatObject(c), date: unixNow(state), ...topic,
        reply_to_message: replyTo !== undefined ? { message_id: replyTo, chat: chatObject(c), date: unixNow(state) } : undefined,
        ...withText(text),
      });
      return { update_id: nextUpdateId(), message } as unknown as Update;
    },
    callbackQuery({ chat, messageId, data, from }) {
      const sender = user(from);
      const c = chatOf(chat, sender);
      const stored = state.messages.get(c.id)?.find((m) => m.message_id === messageId && !m.deleted);
      const message = stored
        ? clean({
            message_id: messageId, from: state.bot, chat: chatObject(c), date: stored.date, edit_date: stored.editDate,
            // As in any Message: a message in a forum topic carries is_topic_message.
            message_thread_id: stored.threadId, ...(stored.threadId !== undefined && c.is_forum === true ? { is_topic_message: true } : {}), text: stored.parseMode === 'HTML' ? htmlToPlain(stored.text) : stored.text,
            reply_markup: stored.replyMarkup,
          })
        : { message_id: messageId, chat: chatObject(c), date: 0 };
      const id = `${sender.id}${String(++queryCounter).padStart(6, '0')}`;
      const chatInstance = String(BigInt(c.id) * 7919n - 104729n);
      return { update_id: nextUpdateId(), callback_query: { id, from: sender, message, chat_instance: chatInstance, data } } as unknown as Update;
    },
    myChatMember({ chat, oldStatus, newStatus, from, rights }) {
      const sender = user(from);
      const c = chatOf(chat, sender);
      const change = {
        chat: chatObject(c), from: sender, date: unixNow(state),
        old_chat_member: chatMember(state.bot, oldStatus, c.type),
        new_chat_member: chatMember(state.bot, { status: newStatus, ...rights }, c.type),
      };
      return { update_id: nextUpdateId(), my_chat_member: change } as unknown as Update;
    },
    channelPost({ chat, text }) {
      const c = typeof chat === 'object' ? chat : { ...chatFor(state, chat), type: 'channel' as const };
      const post = { message_id: nextMessageId(state, c.id), sender_chat: chatObject(c), chat: chatObject(c), date: unixNow(state), ...withText(text) };
      return { update_id: nextUpdateId(), channel_post: post } as unknown as Update;
    },
    migration({ fromChatId, toChatId, from, title = 'Group' }) {
      const sender = user(from);
      const group = { ...chatFor(state, fromChatId), type: 'group' as const, title };
      const supergroup = { ...chatFor(state, toChatId), type: 'supergroup' as const, title };
      const oldSide = { message_id: nextMessageId(state, fromChatId), from: sender, chat: chatObject(group), date: unixNow(state), migrate_to_chat_id: toChatId };
      const newSide = {
        message_id: nextMessageId(state, toChatId), from: GROUP_ANONYMOUS_BOT, sender_chat: chatObject(supergroup),
        chat: chatObject(supergroup), date: unixNow(state), migrate_from_chat_id: fromChatId,
      };
      return [{ update_id: nextUpdateId(), message: oldSide }, { update_id: nextUpdateId(), message: newSide }] as unknown as [Update, Update];
    },
  };
}
