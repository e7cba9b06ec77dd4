// A failed send, by kind: 429 → wait retry_after; migrated group → follow it; 403 / chat not
// found → pause the subscription; another 4xx → drop with an alert; 5xx / network → back off and
// retry, then leave the digest for the next tick (dropped after MAX_TICKS). At shutdown nothing counts.
import { GrammyError, HttpError } from 'grammy';
import type { PauseReason } from '../subscriptions/subscription.js';
import { pause } from '../subscriptions/subscription-state.js';
import type { OutboxItem } from '../store/outbox.port.js';
import type { SendDeps, SendReport } from './send-deps.js';

export type Outcome = { kind: 'retry' } | { kind: 'moved'; item: OutboxItem } | { kind: 'later' } | { kind: 'dropped' } | { kind: 'stopped' };

export type FailureDeps = SendDeps;

export async function handleFailure(deps: FailureDeps, item: OutboxItem, error: unknown, attempt: number, report: SendReport): Promise<Outcome> {
  const { pacer, clock, logger } = deps;
  const maxAttempts = deps.maxAttempts ?? 3;
  if (error instanceof GrammyError) {
    const retryAfter = error.parameters.retry_after;
    if (error.error_code === 429 && retryAfter !== undefined) {
      report.rateLimited++;
      pacer.backOff(item.chatId, retryAfter * 1000, clock.now().getTime(), true);
      logger.warn({ code: 'DIGEST_RATE_LIMITED', chatId: item.chatId, retryAfter }, 'Telegram 429: waiting retry_after');
      return { kind: 'retry' };
    }
    const migratedTo = error.parameters.migrate_to_chat_id;
    if (migratedTo !== undefined) {
      await deps.subscriptions.move(item.chatId, migratedTo, clock.now());
      // Source ids hash the chat id: without this the supergroup's digest would fall back to the pool.
      const sources = await deps.sources.moveChat(item.chatId, migratedTo);
      logger.info({ from: item.chatId, to: migratedTo, sources }, 'digest follows the group to its supergroup');
      return { kind: 'moved', item: await deps.outbox.retarget(item, migratedTo) };
    }
    const reason = pauseReasonFor(error);
    if (reason) {
      await pauseAndDrop(deps, item, reason, error.description);
      report.paused++;
      return { kind: 'dropped' };
    }
    if (error.error_code < 500) {
      // A request Telegram will never accept (no rights in the chat, …; text refusals never get here): drop it, tell the operator.
      await deps.alert('DIGEST_REFUSED', `Digest for chat ${item.chatId} (${item.day}) was refused: ${error.description}`);
      await deps.ledger.record({ chatId: item.chatId, day: item.day, status: 'undeliverable', eventIds: [], messageCount: item.next, sentAt: clock.now().toISOString() });
      await deps.outbox.finish(item);
      return { kind: 'dropped' };
    }
  } else if (!(error instanceof HttpError)) {
    // Not Telegram's answer nor the network: log it loudly, but let the other chats' digests go.
    logger.error({ code: 'DIGEST_SEND_UNEXPECTED', err: error, chatId: item.chatId }, 'unexpected error while sending a digest');
  }
  // Shutting down (the failure is often the cut request itself): not the digest's fault, so no
  // attempt or tick is counted and no alert goes; it stays in the outbox as it was.
  if (deps.stopping?.()) return { kind: 'stopped' };
  // 5xx, the network, or the unexpected: back off and retry a few times, then leave it for the next tick.
  if (attempt < maxAttempts) {
    await deps.sleep(Math.min(30_000, 500 * 2 ** (attempt - 1)));
    return deps.stopping?.() ? { kind: 'stopped' } : { kind: 'retry' };
  }
  const ticks = item.attempts + 1;
  if (ticks >= MAX_TICKS) {
    // A digest that has failed for this many ticks is stale news: give up and say so.
    await deps.alert('DIGEST_GAVE_UP', `Digest for chat ${item.chatId} (${item.day}) gave up after ${ticks} ticks (${describe(error)}).`);
    await deps.ledger.record({ chatId: item.chatId, day: item.day, status: 'undeliverable', eventIds: [], messageCount: item.next, sentAt: clock.now().toISOString() });
    await deps.outbox.finish(item);
    return { kind: 'dropped' };
  }
  await deps.outbox.save({ ...item, attempts: ticks });
  await deps.alert('DIGEST_RETRY_NEXT_TICK', `Digest for chat ${item.chatId} (${item.day}) failed ${attempt} times (${describe(error)}); retrying on the next tick.`);
  return { kind: 'later' };
}

/** Ticks (one a minute by default) a failing digest is retried over before it is dropped. */
const MAX_TICKS = 30;

function pauseReasonFor(error: GrammyError): PauseReason | undefined {
  const text = error.description.toLowerCase();
  if (error.error_code === 403) return text.includes('blocked') || text.includes('deactivated') ? 'blocked' : 'removed';
  if (error.error_code === 400 && (text.includes('chat not found') || text.includes('chat_write_forbidden'))) return 'chat_not_found';
  return undefined;
}

async function pauseAndDrop(deps: SendDeps, item: OutboxItem, reason: PauseReason, description: string): Promise<void> {
  const at = deps.clock.now();
  await deps.subscriptions.update(item.chatId, (s) => pause(s, reason, at));
  await deps.ledger.record({ chatId: item.chatId, day: item.day, status: 'undeliverable', eventIds: [], messageCount: item.next, sentAt: at.toISOString() });
  await deps.outbox.finish(item);
  deps.logger.info({ code: 'DIGEST_CHAT_PAUSED', chatId: item.chatId, reason, description }, 'subscription paused: Telegram refuses delivery');
}

function describe(error: unknown): string {
  return error instanceof GrammyError ? `${error.error_code} ${error.description}` : (error as Error).message;
}
