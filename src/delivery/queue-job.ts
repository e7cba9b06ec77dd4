// The delivery queue's job: one per MESSAGE of an outbox item, carrying the item as it stood when the job was
// added (its `next` is the message this job sends). The outbox stays the durable record of progress; the job is
// how the cluster takes turns sending it.
import { z } from 'zod';
import { outboxItemSchema, type OutboxItem } from '../store/outbox.port.js';
import { DEFAULT_HEADROOM, TELEGRAM_LIMITS, type ChatKind } from './pacer.js';

export const SEND_JOB = 'send-message';

export const sendJobSchema = z.object({ item: outboxItemSchema });
export type SendJobData = z.infer<typeof sendJobSchema>;

/**
 * `<chatId>_<day>_<index>` (index `.r` on the r-th tick a failing message is retried on). BullMQ adds nothing for
 * an id it already holds, so the same message enqueued by a later tick or by another process is one job. Not `:`:
 * BullMQ 6.7 accepts it only in exactly three parts (for old repeatable jobs) and means to refuse it altogether.
 */
export function sendJobId(item: Pick<OutboxItem, 'chatId' | 'day' | 'next' | 'attempts'>): string {
  return `${item.chatId}_${item.day}_${item.next}${item.attempts > 0 ? `.${item.attempts}` : ''}`;
}

/**
 * The gap before a chat's next message. BullMQ's per-group rate limits are in its paid edition (Pro), so the
 * per-chat limits are honoured by chaining: message k+1 is added only once k is sent and saved, delayed by this
 * (1030 ms for a private chat: 1/s; 3158 ms for a group or channel: 19/min under Telegram's 20/min), and each chat
 * has one item in the queue at a time (queue-enqueue.ts). The global 30/s is the worker's limiter (queue-worker.ts).
 */
export function chainDelayMs(kind: ChatKind): number {
  if (kind === 'private') return Math.ceil(TELEGRAM_LIMITS.perChatIntervalMs * (1 + DEFAULT_HEADROOM));
  return Math.ceil(60_000 / Math.floor(TELEGRAM_LIMITS.perGroupPerMinute * (1 - DEFAULT_HEADROOM)));
}
