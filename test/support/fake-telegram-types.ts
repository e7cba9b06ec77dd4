// The public shape of the Bot API stand-in: what a test gets back from startFakeTelegram().
import type { BotCommand, Update, UserFromGetMe } from 'grammy/types';
import type { ApiReply, Payload } from './fake-telegram-errors.js';
import type { FailOptions, Failure } from './fake-telegram-failures.js';
import type { RateLimits } from './fake-telegram-rate-limit.js';
import type { FakeChat, MemberInput, MemberStatus, StoredMessage } from './fake-telegram-state.js';
import type { UpdateBuilders } from './fake-telegram-updates.js';
import type { WaitOptions } from './fake-telegram-waiters.js';

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
  /** Whether the stand-in accepted the call (Telegram would have delivered it). */
  accepted: boolean;
  error?: string;
  /** HTTP status answered (= error_code on failure); undefined while pending, hung or reset. */
  status?: number;
  result?: unknown;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
  /** chat_id resolved to a number (also for "@username"), when the call had one. */
  chatId?: number;
  token: string;
  /** Clock time (ms) the call arrived. */
  at: number;
  /** Set when the answer came from failNext or the rate limiter rather than the method. */
  injected?: Failure['kind'] | 'rate-limit';
}

export interface FakeTelegramOptions {
  /** When set, any other token gets 401 Unauthorized. By default every token is accepted. */
  token?: string;
  /** Overrides for the getMe user (id, username, first_name, capability flags). */
  bot?: Partial<UserFromGetMe>;
  chats?: FakeChat[];
  /** When true, sending to a chat absent from every table answers "chat not found". */
  strictChats?: boolean;
  /** Clock in ms for message dates and rate windows; default Date.now. */
  now?: () => number;
}

export interface FakeStats { calls: Record<string, number>; total: number; accepted: number; rejected: number; rateLimited: number; injected: number }

export interface FakeTelegram extends UpdateBuilders {
  apiRoot: string;
  calls: RecordedCall[];
  /** Messages the stand-in accepted, in order (rejected ones are in `calls` with accepted: false). */
  sent(): { chatId: unknown; text: string; payload: Record<string, unknown> }[];
  close(): Promise<void>;
  readonly bot: UserFromGetMe;
  /** Queues an update for getUpdates (assigning update_id if missing); returns it as queued. */
  pushUpdate(update: Update): Update;
  pushUpdates(updates: readonly Update[]): Update[];
  /** Updates queued and not yet confirmed by an offset (or delivered to the webhook). */
  pendingUpdates(): Update[];
  setChat(chat: FakeChat): void;
  setMember(chatId: number, userId: number, member: MemberInput | MemberStatus): void;
  /** From now on every write to `fromChatId` answers 400 with migrate_to_chat_id, like Telegram after an upgrade. */
  migrateChat(fromChatId: number, toChatId: number): void;
  failNext(method: string, failure: Failure, opts?: FailOptions): void;
  clearFailures(): void;
  /** Turns flood control on (or off with `false`). */
  enforceRateLimits(limits: RateLimits | false): void;
  stats(): FakeStats;
  /** Resolves with the first call (past or future) matching `predicate`; rejects after timeoutMs (default 5000). */
  waitFor(predicate: (call: RecordedCall) => boolean, opts?: WaitOptions): Promise<RecordedCall>;
  /** Accepted messages to a chat (number or "@username"), in order, in their current form. */
  messagesTo(chatId: number | string): StoredMessage[];
  /** Commands stored by setMyCommands for a scope and language (default scope, no language). */
  commands(opts?: { scope?: Record<string, unknown>; languageCode?: string }): BotCommand[] | undefined;
  /** The webhook set by the bot, if any: where to POST updates and the secret to send along. */
  readonly webhook: { url: string; secret?: string } | undefined;
  /** POSTs pending updates to the webhook, in order, with X-Telegram-Bot-Api-Secret-Token; returns HTTP statuses. Stops at the first non-2xx (Telegram retries it later). */
  deliverWebhook(): Promise<number[]>;
  /** Answers `method` with your own handler (also for methods the stand-in doesn't implement). */
  handle(method: string, handler: (payload: Payload) => ApiReply): void;
}
