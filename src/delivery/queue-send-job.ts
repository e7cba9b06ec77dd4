// What one queue job does: send its message (the item's `next`), save the progress, and say what comes next.
// The same steps as the in-process sender (send-message.ts, send-failures.ts, send-outbox.ts's applyResult and
// complete), minus the waiting: BullMQ's delays, backoff and rate limit do that (queue-worker.ts).
import { GrammyError } from 'grammy';
import type { OutboxItem } from '../store/outbox.port.js';
import { chainDelayMs } from './queue-job.js';
import type { RateGate } from './queue-rate-gate.js';
import type { RefusalAlerts } from './refusal-alerts.js';
import type { SendDeps, SendReport } from './send-deps.js';
import { handleFailure } from './send-failures.js';
import { sendDigestMessage, type MessageResult } from './send-message.js';
import { applyResult, complete } from './send-outbox.js';

export type JobStep =
  /** Nothing more for this item in the queue (delivered, dropped, paused, or left for the next tick). */
  | { kind: 'done' }
  /** Add the job for this item's next message after delayMs. */
  | { kind: 'next'; item: OutboxItem; delayMs: number }
  /** Telegram said 429: the whole queue waits this long, then this job runs again. */
  | { kind: 'rate-limited'; ms: number }
  /** 5xx or the network: let BullMQ retry the job with backoff. */
  | { kind: 'retry'; error: unknown }
  /** Shutting down: put the job back untouched. */
  | { kind: 'stopped' };

export interface SendJobDeps extends SendDeps {
  refusals: () => RefusalAlerts;
  /** The cluster-wide send limit, taken right before each request (queue-rate-gate.ts). */
  gate?: RateGate;
}

/** attempt: this try of the job (1-based); maxAttempts: the job's attempts, after which the item waits for the next tick. */
export async function runSendJob(deps: SendJobDeps, queued: OutboxItem, attempt: number, maxAttempts: number, report: SendReport): Promise<JobStep> {
  // Finished already (by another process, or paused): a stale job sends nothing.
  const saved = await deps.outbox.get(queued.chatId, queued.day);
  if (!saved) return { kind: 'done' };
  // Saved further than the job knows: a process sent this message and saved its progress, then died before it
  // queued the next one. The saved progress wins, so that message is not sent again.
  const item = saved.next > queued.next ? saved : queued;
  if (item.next >= item.messages.length) {
    await complete(deps, item, report);
    return { kind: 'done' };
  }
  const release = deps.gate ? await deps.gate.take(deps.stopping ?? (() => false)) : () => Promise.resolve();
  if (!release) return { kind: 'stopped' };
  let result: MessageResult;
  try {
    result = await sendDigestMessage(deps.api, deps.logger, item).finally(release);
  } catch (error) {
    const retryAfter = error instanceof GrammyError && error.error_code === 429 ? error.parameters.retry_after : undefined;
    if (retryAfter !== undefined) {
      report.rateLimited++;
      deps.logger.warn({ code: 'DIGEST_RATE_LIMITED', chatId: item.chatId, retryAfter }, 'Telegram 429: pausing the queue for retry_after');
      return { kind: 'rate-limited', ms: retryAfter * 1000 };
    }
    // BullMQ's backoff does the waiting between tries, so handleFailure's own sleep is skipped.
    const outcome = await handleFailure({ ...deps, maxAttempts, sleep: () => Promise.resolve() }, item, error, attempt, report);
    if (outcome.kind === 'retry') return { kind: 'retry', error };
    if (outcome.kind === 'moved') return { kind: 'next', item: outcome.item, delayMs: 0 };
    if (outcome.kind === 'stopped') return { kind: 'stopped' };
    if (outcome.kind === 'later') report.leftForNextTick++;
    return { kind: 'done' };
  }
  const next = await applyResult(deps, item, result, report, deps.refusals());
  // Even a refused or thread-less attempt counted at Telegram: the chat's gap applies before the next one.
  if (next.next < next.messages.length) return { kind: 'next', item: next, delayMs: chainDelayMs(next.chatKind) };
  await complete(deps, next, report);
  return { kind: 'done' };
}
