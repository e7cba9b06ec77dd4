// The update queue and how the bot gets it: getUpdates (offset confirmation, limit, long-poll
// timeout, one poller at a time) or a webhook (setWebhook/deleteWebhook/getWebhookInfo, with
// getUpdates answering 409 while one is set), exactly as Telegram arbitrates between the two.
import type { Update } from 'grammy/types';
import { badRequest, conflict, ok, type ApiReply, type Payload } from './fake-telegram-errors.js';

export interface WebhookInfo { url: string; secret?: string; allowedUpdates?: string[]; maxConnections: number }

/** Update kinds Telegram only sends when asked for in allowed_updates. */
const OPT_IN = ['chat_member', 'message_reaction', 'message_reaction_count'];
const kindOf = (u: Update) => Object.keys(u).find((k) => k !== 'update_id') ?? '';

export function createPolling() {
  const queue: Update[] = [];
  let lastId = 100_000;
  let allowed: string[] | undefined;
  let webhook: WebhookInfo | undefined;
  let waiter: { limit: number; finish: (r: ApiReply) => void } | undefined;

  const wanted = (u: Update) => (allowed?.length ? allowed.includes(kindOf(u)) : !OPT_IN.includes(kindOf(u)));
  const take = (limit: number) => {
    // Telegram never creates updates the bot did not ask for, so they are gone, not postponed.
    for (let i = queue.length - 1; i >= 0; i--) if (!wanted(queue[i]!)) queue.splice(i, 1);
    return queue.slice(0, limit);
  };
  const confirm = (offset: number) => {
    if (offset > 0) while (queue[0] && queue[0].update_id < offset) queue.shift();
    else if (offset < 0) queue.splice(0, Math.max(0, queue.length + offset));
  };
  const release = (reply: ApiReply) => {
    const w = waiter;
    waiter = undefined;
    w?.finish(reply);
  };

  return {
    nextUpdateId: () => ++lastId,
    pending: (): Update[] => [...queue],
    webhook: () => webhook,
    push(update: Update): Update {
      const withId = typeof update.update_id === 'number' ? update : { ...update, update_id: ++lastId };
      lastId = Math.max(lastId, withId.update_id);
      queue.push(withId);
      // Let updates pushed in the same tick go out as one batch.
      setImmediate(() => {
        if (!waiter) return;
        const batch = take(waiter.limit);
        if (batch.length) release(ok(batch));
      });
      return withId;
    },
    /** Removes a delivered update (webhook delivery). */
    drop(updateId: number) {
      const at = queue.findIndex((u) => u.update_id === updateId);
      if (at >= 0) queue.splice(at, 1);
    },
    getUpdates(p: Payload, signal: AbortSignal): ApiReply | Promise<ApiReply> {
      if (webhook) return conflict("can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
      release(conflict('terminated by other getUpdates request; make sure that only one bot instance is running'));
      if (Array.isArray(p.allowed_updates)) allowed = p.allowed_updates.map(String);
      confirm(Number(p.offset ?? 0));
      const limit = Math.min(100, Math.max(1, Number(p.limit ?? 100)));
      const timeout = Math.max(0, Number(p.timeout ?? 0));
      const batch = take(limit);
      if (batch.length || timeout === 0 || signal.aborted) return ok(batch);
      return new Promise<ApiReply>((resolve) => {
        const timer = setTimeout(() => release(ok([])), timeout * 1000);
        const finish = (r: ApiReply) => { clearTimeout(timer); resolve(r); };
        const self = { limit, finish };
        waiter = self;
        // The client gave up (grammY's bot.stop() aborts the pending poll): forget it quietly.
        signal.addEventListener('abort', () => { if (waiter === self) release(ok([])); });
      });
    },
    setWebhook(p: Payload): ApiReply {
      const url = String(p.url ?? '');
      if (!url) return this.deleteWebhook(p);
      if (!/^https?:\/\/[^/\s]+/.test(url)) return badRequest('bad webhook: invalid webhook URL specified');
      const secret = p.secret_token === undefined ? undefined : String(p.secret_token);
      if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) return badRequest('bad webhook: secret token contains unallowed characters');
      if (p.drop_pending_updates === true || p.drop_pending_updates === 'true') queue.length = 0;
      if (Array.isArray(p.allowed_updates)) allowed = p.allowed_updates.map(String);
      release(conflict('terminated by setWebhook request'));
      webhook = { url, ...(secret ? { secret } : {}), ...(allowed ? { allowedUpdates: allowed } : {}), maxConnections: Number(p.max_connections ?? 40) };
      return ok(true, 'Webhook was set');
    },
    deleteWebhook(p: Payload): ApiReply {
      if (p.drop_pending_updates === true || p.drop_pending_updates === 'true') queue.length = 0;
      const had = webhook !== undefined;
      webhook = undefined;
      return ok(true, had ? 'Webhook was deleted' : 'Webhook is already deleted');
    },
    getWebhookInfo(): ApiReply {
      const base = { url: webhook?.url ?? '', has_custom_certificate: false, pending_update_count: queue.length };
      if (!webhook) return ok(base);
      return ok({ ...base, ip_address: '127.0.0.1', max_connections: webhook.maxConnections, ...(webhook.allowedUpdates ? { allowed_updates: webhook.allowedUpdates } : {}) });
    },
    close: () => release(ok([])),
  };
}

export type Polling = ReturnType<typeof createPolling>;
