// Delivers the outbox at Telegram's pace. Per message: wait for the pacer, send, save progress (the one store
// write a delivered message costs); a digest fully sent joins a batch that writes the ledger and removes the items
// (finish-batch.ts).
// 429 → wait retry_after and retry; 5xx/network → a few retries with backoff, then the item
// stays for the next tick; 403 / "chat not found" → the subscription is paused; a migrated
// group → follow it; a message Telegram refuses for its text (any 400 not about the chat) is replaced
// in the outbox by its plain-text pieces, which then go like any other message, so one bad message
// never costs the digest (one alert per refused content per run); a deleted forum topic → the group's
// main thread. At shutdown nothing new starts and failures then are not counted against the digest.
// Subscribers never see internal errors; the operator gets an alert.
import type { OutboxItem } from '../store/outbox.port.js';
import { handleFailure } from './send-failures.js';
import type { SendDeps, SendReport } from './send-deps.js';
import { createFinishBatch, type FinishBatch } from './finish-batch.js';
import { createRefusalAlerts, type RefusalAlerts } from './refusal-alerts.js';
import { forgetThread } from '../subscriptions/subscription-state.js';
import { sendDigestMessage, withoutThread, withPlainText, type MessageResult } from './send-message.js';

export type { SendDeps, SendReport } from './send-deps.js';

/** How many queued digests one pick looks at for a chat that may send now. */
const PICK_WINDOW = 64;

interface Active {
  item: OutboxItem;
  attempts: number;
}

/**
 * One request in flight per worker (one worker by default), round-robin over the open digests:
 * while a chat waits out its 1-second interval, other chats' messages go, so a chat with a
 * long, several-message digest never holds the fan-out up.
 */
export async function sendOutbox(deps: SendDeps): Promise<SendReport> {
  const report: SendReport = { delivered: 0, messages: 0, rateLimited: 0, paused: 0, leftForNextTick: 0, asPlainText: 0, refusedContents: 0 };
  const refusals = createRefusalAlerts(deps.alert, deps.logger);
  const finishes = createFinishBatch(deps, report);
  const ready: Active[] = [];
  const open = await deps.outbox.open();
  const recorded = await deps.ledger.recorded(open);
  open.forEach((item, i) => {
    // The day is in the ledger (a crash before the item's removal, or a failure recorded as undeliverable): only remove it.
    if (recorded[i]) finishes.recorded(item);
    // Everything sent but not yet in the ledger (a crash before the batch landed): just finish it.
    else if (item.next >= item.messages.length) finishes.sent(item);
    else ready.push({ item, attempts: 0 });
  });
  const worker = async () => {
    while (ready.length > 0 && !deps.stopping?.()) {
      const now = deps.clock.now().getTime();
      let picked = -1;
      let wait = Infinity;
      for (let i = 0; i < Math.min(ready.length, PICK_WINDOW); i++) {
        const { chatId, chatKind } = ready[i]!.item;
        const delay = deps.pacer.acquire(chatId, chatKind, now); // checks and records in one step
        if (delay === 0) {
          picked = i;
          break;
        }
        wait = Math.min(wait, delay);
      }
      if (picked < 0) {
        // A long wait is a good moment for the batch (a short one, at 30/s, is not: it would be every message).
        await finishes.flushIfDue({ idleMs: wait });
        await deps.sleep(wait);
        continue;
      }
      const [active] = ready.splice(picked, 1);
      if (active && (await step(deps, active, report, refusals, finishes))) ready.push(active);
      await finishes.flushIfDue();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(deps.concurrency ?? 1, ready.length)) }, worker));
  await finishes.flushIfDue({ force: true });
  await deps.outbox.compact();
  report.refusedContents = refusals.distinct();
  return report;
}

/** Sends the item's next message. True when the item has more to do (it goes back in the queue). */
async function step(deps: SendDeps, active: Active, report: SendReport, refusals: RefusalAlerts, finishes: FinishBatch): Promise<boolean> {
  const item = active.item;
  let result: MessageResult;
  try {
    result = await sendDigestMessage(deps.api, deps.logger, item);
  } catch (error) {
    const outcome = await handleFailure(deps, item, error, ++active.attempts, report);
    if (outcome.kind === 'retry') return true;
    if (outcome.kind === 'moved') {
      active.item = outcome.item;
      return true;
    }
    if (outcome.kind === 'later') report.leftForNextTick++;
    return false;
  }
  active.item = await applyResult(deps, item, result, report, refusals);
  active.attempts = 0;
  if (active.item.next < active.item.messages.length) return true;
  // Saved as fully sent: safe. The ledger entry and the removal go with the batch.
  finishes.sent(active.item);
  return false;
}

/**
 * After one send attempt that Telegram answered: the item as it now stands (progress, or the refused message's
 * plain-text pieces, or the main thread), saved. Shared with the queue's per-message job (queue-send-job.ts).
 */
export async function applyResult(deps: SendDeps, item: OutboxItem, result: MessageResult, report: SendReport, refusals: RefusalAlerts): Promise<OutboxItem> {
  if (result.kind === 'sent') report.messages++;
  // Progress is saved after each message: a crash now repeats at most the one just sent. A refused
  // message was not delivered: the item saved with its replacement resumes at the first piece.
  let next: OutboxItem;
  if (result.kind === 'refused') next = withPlainText(item, result.pieces);
  else if (result.kind === 'thread-gone') next = withoutThread(item);
  else next = { ...item, next: item.next + 1 };
  await deps.outbox.save(next);
  if (result.kind === 'refused') {
    report.asPlainText++;
    await refusals.note(item, result.html, result.description);
  } else if (result.kind === 'thread-gone') {
    deps.logger.warn({ code: 'DIGEST_THREAD_GONE', chatId: item.chatId, day: item.day, threadId: item.threadId, description: result.description }, 'forum topic gone: sending the digest to the group\'s main thread');
    // The topic won't come back: later digests go to the main thread straight away.
    await deps.subscriptions.update(item.chatId, (s) => forgetThread(s, item.threadId, deps.clock.now()));
  }
  return next;
}

/**
 * Everything sent: the ledger records the day (once across processes: set-if-absent), then the item goes. The queue's
 * per-message job does this per digest; the in-process sender batches it (finish-batch.ts).
 */
export async function complete(deps: SendDeps, item: OutboxItem, report: SendReport): Promise<void> {
  const now = deps.clock.now().toISOString();
  const first = await deps.ledger.record(
    { chatId: item.chatId, day: item.day, status: 'sent', eventIds: Object.keys(item.events), messageCount: item.messages.length, sentAt: now },
    { sentAt: now, composedAt: item.createdAt, events: item.events },
  );
  await deps.outbox.finish(item);
  if (!first) {
    deps.logger.info({ code: 'DIGEST_ALREADY_RECORDED', chatId: item.chatId, day: item.day }, 'digest day already recorded (another process finished it)');
    return;
  }
  report.delivered++;
  deps.logger.debug({ chatId: item.chatId, day: item.day, messages: item.messages.length }, 'digest delivered');
}
