// Delivers the outbox at Telegram's pace. Per message: wait for the pacer, send, save progress.
// 429 → wait retry_after and retry; 5xx/network → a few retries with backoff, then the item
// stays for the next tick; 403 / "chat not found" → the subscription is paused; a migrated
// group → follow it; a message Telegram refuses for its text (any 400 not about the chat) is replaced
// in the outbox by its plain-text pieces, which then go like any other message, so one bad message
// never costs the digest (one alert per refused content per run); a deleted forum topic → the group's
// main thread. At shutdown nothing new starts and failures then are not counted against the digest.
// Subscribers never see internal errors; the operator gets an alert.
import { GrammyError, HttpError, type Api } from 'grammy';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { DigestLedger } from '../store/keyv-digest-ledger.js';
import type { PauseReason, SubscriptionStore } from '../subscriptions/subscription.js';
import type { Outbox, OutboxItem } from './outbox.js';
import type { Pacer } from './pacer.js';
import { createRefusalAlerts, type RefusalAlerts } from './refusal-alerts.js';
import { sendDigestMessage, withoutThread, withPlainText, type MessageResult } from './send-message.js';

export interface SendDeps {
  api: Api;
  outbox: Outbox;
  ledger: DigestLedger;
  subscriptions: SubscriptionStore;
  pacer: Pacer;
  clock: Clock;
  logger: Logger;
  alert: (text: string) => Promise<void>;
  sleep: (ms: number) => Promise<void>;
  /** Items sent in parallel (each item's messages stay in order); default 1. */
  concurrency?: number;
  /** Tries per message for 5xx/network errors within one run. */
  maxAttempts?: number;
  /** True once shutdown starts: finish the message in flight, start nothing new (checked after every wait). */
  stopping?: () => boolean;
}

export interface SendReport {
  delivered: number;
  messages: number;
  rateLimited: number;
  paused: number;
  leftForNextTick: number;
  /** Messages Telegram refused as HTML that went as plain text instead. */
  asPlainText: number;
  /** Distinct refused message contents among those (one operator alert each). */
  refusedContents: number;
}

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
  const ready: Active[] = [];
  for (const item of await deps.outbox.open()) {
    // Everything sent but not yet in the ledger (a crash at the very end): just finish it.
    if (item.next >= item.messages.length) await complete(deps, item, report);
    else ready.push({ item, attempts: 0 });
  }
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
        await deps.sleep(wait);
        continue;
      }
      const [active] = ready.splice(picked, 1);
      if (active && (await step(deps, active, report, refusals))) ready.push(active);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(deps.concurrency ?? 1, ready.length)) }, worker));
  await deps.outbox.compact();
  report.refusedContents = refusals.distinct();
  return report;
}

/** Sends the item's next message. True when the item has more to do (it goes back in the queue). */
async function step(deps: SendDeps, active: Active, report: SendReport, refusals: RefusalAlerts): Promise<boolean> {
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
  if (result.kind === 'sent') report.messages++;
  // Progress is saved after each message: a crash now repeats at most the one just sent. A refused
  // message was not delivered: the item saved with its replacement resumes at the first piece.
  if (result.kind === 'refused') active.item = withPlainText(item, result.pieces);
  else if (result.kind === 'thread-gone') active.item = withoutThread(item);
  else active.item = { ...item, next: item.next + 1 };
  active.attempts = 0;
  await deps.outbox.save(active.item);
  if (result.kind === 'refused') {
    report.asPlainText++;
    await refusals.note(item, result.html, result.description);
  } else if (result.kind === 'thread-gone') {
    deps.logger.warn({ chatId: item.chatId, day: item.day, threadId: item.threadId, description: result.description }, 'forum topic gone: sending the digest to the group\'s main thread');
  }
  if (active.item.next < active.item.messages.length) return true;
  await complete(deps, active.item, report);
  return false;
}

async function complete(deps: SendDeps, item: OutboxItem, report: SendReport): Promise<void> {
  const now = deps.clock.now().toISOString();
  await deps.ledger.record(
    { chatId: item.chatId, day: item.day, status: 'sent', eventIds: Object.keys(item.events), messageCount: item.messages.length, sentAt: now },
    { sentAt: now, events: item.events },
  );
  await deps.outbox.finish(item);
  report.delivered++;
  deps.logger.debug({ chatId: item.chatId, day: item.day, messages: item.messages.length }, 'digest delivered');
}

type Outcome = { kind: 'retry' } | { kind: 'moved'; item: OutboxItem } | { kind: 'later' } | { kind: 'dropped' } | { kind: 'stopped' };

async function handleFailure(deps: SendDeps, item: OutboxItem, error: unknown, attempt: number, report: SendReport): Promise<Outcome> {
  const { pacer, clock, logger } = deps;
  const maxAttempts = deps.maxAttempts ?? 3;
  if (error instanceof GrammyError) {
    const retryAfter = error.parameters.retry_after;
    if (error.error_code === 429 && retryAfter !== undefined) {
      report.rateLimited++;
      pacer.backOff(item.chatId, retryAfter * 1000, clock.now().getTime(), true);
      logger.warn({ chatId: item.chatId, retryAfter }, 'Telegram 429: waiting retry_after');
      return { kind: 'retry' };
    }
    const migratedTo = error.parameters.migrate_to_chat_id;
    if (migratedTo !== undefined) {
      await deps.subscriptions.move(item.chatId, migratedTo, clock.now());
      logger.info({ from: item.chatId, to: migratedTo }, 'digest follows the group to its supergroup');
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
      await deps.alert(`Digest for chat ${item.chatId} (${item.day}) was refused: ${error.description}`);
      await deps.ledger.record({ chatId: item.chatId, day: item.day, status: 'undeliverable', eventIds: [], messageCount: item.next, sentAt: clock.now().toISOString() });
      await deps.outbox.finish(item);
      return { kind: 'dropped' };
    }
  } else if (!(error instanceof HttpError)) {
    // Not Telegram's answer nor the network: log it loudly, but let the other chats' digests go.
    logger.error({ err: error, chatId: item.chatId }, 'unexpected error while sending a digest');
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
    await deps.alert(`Digest for chat ${item.chatId} (${item.day}) gave up after ${ticks} ticks (${describe(error)}).`);
    await deps.ledger.record({ chatId: item.chatId, day: item.day, status: 'undeliverable', eventIds: [], messageCount: item.next, sentAt: clock.now().toISOString() });
    await deps.outbox.finish(item);
    return { kind: 'dropped' };
  }
  await deps.outbox.save({ ...item, attempts: ticks });
  await deps.alert(`Digest for chat ${item.chatId} (${item.day}) failed ${attempt} times (${describe(error)}); retrying on the next tick.`);
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
  const now = deps.clock.now().toISOString();
  await deps.subscriptions.update(item.chatId, (s) => ({ ...s, status: 'paused', pausedReason: reason, updatedAt: now }));
  await deps.ledger.record({ chatId: item.chatId, day: item.day, status: 'undeliverable', eventIds: [], messageCount: item.next, sentAt: now });
  await deps.outbox.finish(item);
  deps.logger.info({ chatId: item.chatId, reason, description }, 'subscription paused: Telegram refuses delivery');
}

function describe(error: unknown): string {
  return error instanceof GrammyError ? `${error.error_code} ${error.description}` : (error as Error).message;
}
