// A local Telegram Bot API stand-in: real HTTP on 127.0.0.1, the real URL scheme
// (/bot<token>/<method>) and JSON envelope. It records every call, keeps chats, members, messages,
// commands and an update queue (long polling or webhook), rejects what Telegram rejects, and lets a
// test inject failures (429, 5xx, 403, migration, hang) and enforce flood limits.
//
//   const tg = await startFakeTelegram({ token: TOKEN });
//   const bot = new Bot(TOKEN, { client: { apiRoot: tg.apiRoot } });
//   tg.pushUpdate(tg.message({ text: '/latest' }));
//   await tg.waitFor((c) => c.method === 'sendMessage' && c.accepted);
import { createChatMethods, commandsKey } from './fake-telegram-chats.js';
import { apiError, notFound, tooManyRequests, unauthorized, type ApiReply, type Payload } from './fake-telegram-errors.js';
import { createFailures, failureReply } from './fake-telegram-failures.js';
import { createMessageMethods } from './fake-telegram-messages.js';
import { createPolling } from './fake-telegram-polling.js';
import { createRateLimiter } from './fake-telegram-rate-limit.js';
import { serveBotApi, type Outcome } from './fake-telegram-server.js';
import { chatFor, createState, resolveChatId, type MemberInput } from './fake-telegram-state.js';
import type { FakeTelegram, FakeTelegramOptions, RecordedCall } from './fake-telegram-types.js';
import { createUpdateBuilders } from './fake-telegram-updates.js';
import { createWaiters } from './fake-telegram-waiters.js';

export { htmlProblem } from './fake-telegram-html.js';
export { ok, apiError, type ApiReply } from './fake-telegram-errors.js';
export type { FakeStats, FakeTelegram, FakeTelegramOptions, RecordedCall } from './fake-telegram-types.js';
export type { Failure, FailOptions } from './fake-telegram-failures.js';
export type { RateLimits } from './fake-telegram-rate-limit.js';
export type { FakeChat, MemberInput, MemberStatus, StoredMessage } from './fake-telegram-state.js';
export type { ChatRef, UserRef, UpdateBuilders } from './fake-telegram-updates.js';
export type { WaitOptions } from './fake-telegram-waiters.js';
export { DEFAULT_USER } from './fake-telegram-updates.js';
export { DEFAULT_BOT } from './fake-telegram-state.js';

export async function startFakeTelegram(options: FakeTelegramOptions = {}): Promise<FakeTelegram> {
  const state = createState(options);
  const calls: RecordedCall[] = [];
  const polling = createPolling();
  const failures = createFailures();
  const waiters = createWaiters(calls);
  let limiter: ReturnType<typeof createRateLimiter> | undefined;
  const messages = createMessageMethods(state);
  const chats = createChatMethods(state);
  const methods = new Map<string, (p: Payload, signal: AbortSignal) => ApiReply | Promise<ApiReply>>(
    Object.entries({
      ...messages, ...chats,
      getUpdates: (p: Payload, signal: AbortSignal) => polling.getUpdates(p, signal),
      setWebhook: (p: Payload) => polling.setWebhook(p),
      deleteWebhook: (p: Payload) => polling.deleteWebhook(p),
      getWebhookInfo: () => polling.getWebhookInfo(),
    }).map(([name, fn]) => [name.toLowerCase(), fn]),
  );

  const answer = async (call: RecordedCall, signal: AbortSignal): Promise<Outcome> => {
    if (options.token !== undefined && call.token !== options.token) return unauthorized();
    // Telegram matches method names case-insensitively.
    const method = methods.get(call.method.toLowerCase());
    if (!method) return notFound();
    const failure = failures.take(call.method, call.chatId);
    if (failure) {
      call.injected = failure.kind;
      if (failure.kind === 'hang') return { hang: true };
      if (failure.kind === 'reset') return { reset: true };
      return failureReply(failure, chatFor(state, call.chatId ?? 0).type);
    }
    const retryAfter = limiter?.check(call.method, call.chatId) ?? 0;
    if (retryAfter) {
      call.injected = 'rate-limit';
      return tooManyRequests(retryAfter);
    }
    try {
      return await method(call.payload, signal);
    } catch (error) {
      return apiError(500, `Internal Server Error: ${String(error)}`);
    }
  };

  const server = await serveBotApi(async ({ token, method, payload, signal }) => {
    const chatId = payload.chat_id === undefined ? undefined : resolveChatId(state, payload.chat_id);
    const call: RecordedCall = { method, payload, accepted: false, token, at: state.now(), ...(chatId !== undefined ? { chatId } : {}) };
    calls.push(call);
    waiters.notify(call);
    const outcome = await answer(call, signal);
    if ('ok' in outcome) {
      Object.assign(call, { accepted: outcome.ok, status: outcome.ok ? 200 : outcome.error_code });
      if (outcome.ok) call.result = outcome.result;
      else Object.assign(call, { error: outcome.description, ...(outcome.parameters ? { parameters: outcome.parameters } : {}) });
      waiters.notify(call);
    }
    return outcome;
  });

  const fake: FakeTelegram = {
    ...createUpdateBuilders(state, polling.nextUpdateId),
    apiRoot: server.apiRoot,
    calls,
    sent: () =>
      calls
        .filter((c) => c.method === 'sendMessage' && c.accepted)
        .map((c) => ({ chatId: c.payload.chat_id, text: String(c.payload.text), payload: c.payload })),
    close: async () => {
      polling.close();
      waiters.close();
      await server.close();
    },
    get bot() { return state.bot; },
    pushUpdate: (update) => polling.push(update),
    pushUpdates: (updates) => updates.map((u) => polling.push(u)),
    pendingUpdates: () => polling.pending(),
    setChat: (chat) => void state.chats.set(chat.id, chat),
    setMember(chatId, userId, member) {
      const table = state.members.get(chatId) ?? new Map<number, MemberInput>();
      table.set(userId, typeof member === 'string' ? { status: member } : member);
      state.members.set(chatId, table);
    },
    migrateChat: (from, to) => void state.migratedTo.set(from, to),
    failNext: (method, failure, opts) => failures.add(method, failure, opts),
    clearFailures: () => failures.clear(),
    enforceRateLimits: (limits) => { limiter = limits ? createRateLimiter(limits, state.now) : undefined; },
    stats() {
      const byMethod: Record<string, number> = {};
      for (const c of calls) byMethod[c.method] = (byMethod[c.method] ?? 0) + 1;
      const done = calls.filter((c) => c.status !== undefined);
      return {
        calls: byMethod, total: calls.length, accepted: done.filter((c) => c.accepted).length, rejected: done.filter((c) => !c.accepted).length,
        rateLimited: calls.filter((c) => c.injected === 'rate-limit').length, injected: calls.filter((c) => c.injected && c.injected !== 'rate-limit').length,
      };
    },
    waitFor: (predicate, opts) => waiters.waitFor(predicate, opts),
    messagesTo(chatId) {
      const id = resolveChatId(state, chatId);
      return id === undefined ? [] : (state.messages.get(id) ?? []).filter((m) => !m.deleted);
    },
    commands: (opts = {}) => state.commands.get(commandsKey(state, opts.scope, opts.languageCode)),
    get webhook() {
      const w = polling.webhook();
      return w && { url: w.url, ...(w.secret ? { secret: w.secret } : {}) };
    },
    async deliverWebhook() {
      const statuses: number[] = [];
      for (const update of polling.pending()) {
        const w = polling.webhook();
        if (!w) break;
        const headers: Record<string, string> = { 'content-type': 'application/json', ...(w.secret ? { 'x-telegram-bot-api-secret-token': w.secret } : {}) };
        const res = await fetch(w.url, { method: 'POST', headers, body: JSON.stringify(update) });
        await res.arrayBuffer();
        statuses.push(res.status);
        if (!res.ok) break;
        polling.drop(update.update_id);
      }
      return statuses;
    },
    handle: (method, handler) => void methods.set(method.toLowerCase(), handler),
  };
  return fake;
}
