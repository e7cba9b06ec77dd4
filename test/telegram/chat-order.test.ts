// Per-chat order: updates of one chat never overlap, in one process (sequentialize) and across processes that
// share a store (a chat lease), while other chats' updates still run side by side.
import { afterAll, describe, expect, it } from 'vitest';
import { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { OFFLINE_BOT_INFO } from '../../src/cli/fake-updates.js';
import { chatOrder } from '../../src/telegram/chat-order.js';
import type { LeaseProvider } from '../../src/store/lease.port.js';
import type { Store } from '../../src/store/open-store.js';
import { testBackends } from '../support/backends.js';

/** A text message from user `chatId` in their private chat. */
const textUpdate = (text: string, at: { updateId: number; chatId: number }): Update => ({
  update_id: at.updateId,
  message: {
    message_id: at.updateId,
    date: 1_700_000_000,
    chat: { id: at.chatId, type: 'private', first_name: 'Reader' },
    from: { id: at.chatId, is_bot: false, first_name: 'Reader' },
    text,
  },
});

interface Span {
  chat: number;
  start: number;
  end: number;
}

/** A bot whose only handler takes `ms` and records when it ran. */
function recordingBot(spans: Span[], ms: number, leases?: LeaseProvider) {
  const bot = new Bot('offline', { botInfo: OFFLINE_BOT_INFO });
  bot.use(...chatOrder(leases ? { leases } : {}));
  bot.on('message', async (ctx) => {
    const start = performance.now();
    await new Promise((resolve) => setTimeout(resolve, ms));
    spans.push({ chat: ctx.chat.id, start, end: performance.now() });
  });
  return bot;
}

const overlaps = (spans: readonly Span[], chat: number) => {
  const mine = spans.filter((s) => s.chat === chat).sort((a, b) => a.start - b.start);
  return mine.some((s, i) => i > 0 && s.start < mine[i - 1]!.end);
};

describe('chat order in one process', () => {
  it('when three updates of one chat arrive at once then they run one after another, and another chat runs alongside', async () => {
    const spans: Span[] = [];
    const bot = recordingBot(spans, 40);
    let id = 1;
    const started = performance.now();
    await Promise.all([
      ...[1, 2, 3].map(() => bot.handleUpdate(textUpdate('hi', { updateId: id++, chatId: 7 }))),
      bot.handleUpdate(textUpdate('hi', { updateId: id++, chatId: 8 })),
    ]);
    expect(spans).toHaveLength(4);
    expect(overlaps(spans, 7)).toBe(false);
    const other = spans.find((s) => s.chat === 8)!;
    // Chat 8 did not wait for chat 7's queue.
    expect(other.start - started).toBeLessThan(35);
  });
});

const backends = testBackends();
const opened: Store[] = [];
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
  await Promise.all(backends.map((b) => b.cleanup()));
});

describe.each(backends.map((b) => [b.name, b] as const))('chat order across processes on %s', (_name, backend) => {
  it('when two processes get updates of one chat at once then they never overlap, and without the lease they do', async () => {
    const [a, b] = [await backend.open(), await backend.open()];
    opened.push(a, b);
    const spans: Span[] = [];
    const [left, right] = [recordingBot(spans, 60, a.leases), recordingBot(spans, 60, b.leases)];
    let id = 100;
    await Promise.all([1, 2, 3].flatMap(() => [left, right].map((bot) => bot.handleUpdate(textUpdate('hi', { updateId: id++, chatId: 42 })))));
    expect(spans).toHaveLength(6);
    expect(overlaps(spans, 42)).toBe(false);

    // The control: the same race with each process ordering only its own updates.
    const loose: Span[] = [];
    const [l2, r2] = [recordingBot(loose, 60), recordingBot(loose, 60)];
    await Promise.all([l2, r2].map((bot) => bot.handleUpdate(textUpdate('hi', { updateId: id++, chatId: 43 }))));
    expect(overlaps(loose, 43)).toBe(true);
  });
});
