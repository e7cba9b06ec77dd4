// One update at a time per chat. grammY's runner handles updates concurrently, so two messages of one chat
// (an answer to a settings question and the next command) could interleave; sequentialize orders them in
// this process. With several processes behind a webhook load balancer, two updates of one chat may reach two
// processes: then a lease per chat (chat:<id>, lease.port.ts) on the shared store keeps them apart too. The
// lease is waited for up to a bound; past it the update is handled anyway (logged), as a late answer beats none.
import { sequentialize } from '@grammyjs/runner';
import type { Context, MiddlewareFn } from 'grammy';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LeaseProvider } from '../store/lease.port.js';

const chatOf = (ctx: Context): string | undefined => {
  const id = ctx.chat?.id ?? ctx.from?.id;
  return id === undefined ? undefined : String(id);
};

export interface ChatOrderOptions {
  /** The shared store's leases, when other processes handle updates too (webhook mode on Redis or PostgreSQL). */
  leases?: LeaseProvider;
  /** How long an update waits for another process's update of its chat (default 10 s). */
  waitMs?: number;
  /** A lease outlives a handler that died by this long (Redis; default 5 s, inside the wait). */
  ttlMs?: number;
  onWaitedTooLong?: (chat: string) => void;
}

export function chatOrder<C extends Context>(options: ChatOrderOptions = {}): MiddlewareFn<C>[] {
  const inProcess = sequentialize<C>(chatOf);
  const { leases, waitMs = 10_000, ttlMs = 5_000 } = options;
  if (!leases) return [inProcess];
  const acrossProcesses: MiddlewareFn<C> = async (ctx, next) => {
    const chat = chatOf(ctx);
    if (chat === undefined) return next();
    const deadline = Date.now() + waitMs;
    let lease = await leases.tryAcquire(`chat:${chat}`, ttlMs);
    while (!lease && Date.now() < deadline) {
      await sleep(20);
      lease = await leases.tryAcquire(`chat:${chat}`, ttlMs);
    }
    if (!lease) options.onWaitedTooLong?.(chat);
    try {
      await next();
    } finally {
      await lease?.release();
    }
  };
  return [inProcess, acrossProcesses];
}
