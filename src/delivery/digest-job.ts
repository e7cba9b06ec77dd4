// One scheduler tick: find the (chat, local day) slots whose delivery time has come (catching up
// after downtime, recording the ones past the catch-up window as skipped), ask the digest source for
// their rendered digests, put them in the durable outbox, deliver. Nothing here knows what an event is.
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { DigestLedger, LedgerEntry } from '../store/digest-ledger.port.js';
import type { Subscription } from '../subscriptions/subscription.js';
import type { SubscriptionStore } from '../subscriptions/subscription-store.port.js';
import type { DigestSource } from './digest-source.port.js';
import { addDays, localDay } from './local-time.js';
import { outboxId, type Outbox, type OutboxItem } from '../store/outbox.port.js';
import { chatKindOf } from './pacer.js';
import { slotsAt, type Slot } from './schedule.js';
import type { SendReport } from './send-outbox.js';

export interface DigestJobDeps {
  subscriptions: SubscriptionStore;
  ledger: DigestLedger;
  outbox: Outbox;
  /** Builds (and archives) the rendered digests: briefings/digest-pipeline.ts, wired in src/app.ts. */
  digests: DigestSource;
  clock: Clock;
  logger: Logger;
  catchUpMs: number;
  /** Sends the outbox in this process, or (with a delivery queue) hands it to the queue: `queued` items. */
  send: () => Promise<TickSend>;
}

export type TickSend = SendReport & { queued?: number };

export interface TickReport {
  due: number;
  missed: number;
  empty: number;
  enqueued: number;
  compositions: number;
  renderings: number;
  sent?: TickSend;
}

export function createDigestJob(deps: DigestJobDeps) {
  return {
    async tick(): Promise<TickReport> {
      const now = deps.clock.now();
      const report: TickReport = { due: 0, missed: 0, empty: 0, enqueued: 0, compositions: 0, renderings: 0 };
      const due = await findDue(deps, now, report);
      if (due.length) await enqueue(deps, due, now, report);
      report.sent = await deps.send();
      if (report.due || report.missed || report.sent.messages || report.sent.queued) deps.logger.info(report, 'digest tick');
      return report;
    },
  };
}

async function findDue(deps: DigestJobDeps, now: Date, report: TickReport): Promise<{ sub: Subscription; slot: Slot }[]> {
  const subs = (await deps.subscriptions.list()).filter((s) => s.status === 'active');
  const pairs = subs.flatMap((s) => {
    const today = localDay(now, s.timeZone);
    return [addDays(today, -1), today].map((day) => ({ chatId: s.chatId, day }));
  });
  const recorded = await deps.ledger.recorded(pairs);
  const open = new Set((await deps.outbox.open()).map((i) => outboxId(i.chatId, i.day)));
  const known = new Set(pairs.filter((_, i) => recorded[i]).map((p) => outboxId(p.chatId, p.day)));
  const due: { sub: Subscription; slot: Slot }[] = [];
  const skipped: LedgerEntry[] = [];
  for (const sub of subs) {
    const isRecorded = (day: string) => known.has(outboxId(sub.chatId, day)) || open.has(outboxId(sub.chatId, day));
    for (const { slot, state } of slotsAt(sub, now, deps.catchUpMs, isRecorded)) {
      if (state === 'due') {
        due.push({ sub, slot });
        continue;
      }
      report.missed++;
      deps.logger.warn({ code: 'DIGEST_SKIPPED', chatId: sub.chatId, day: slot.day, scheduledAt: slot.scheduledAt }, 'digest skipped: past the catch-up window');
      skipped.push({ chatId: sub.chatId, day: slot.day, status: 'skipped', eventIds: [], messageCount: 0, sentAt: now.toISOString() });
    }
  }
  await deps.ledger.recordMany(skipped);
  report.due = due.length;
  return due;
}

async function enqueue(deps: DigestJobDeps, due: { sub: Subscription; slot: Slot }[], now: Date, report: TickReport): Promise<void> {
  const batch = await deps.digests.forDue(due.map(({ sub, slot }) => ({ subscription: sub, day: slot.day })), now);
  report.compositions = batch.compositions;
  report.renderings = batch.renderings;
  const items: OutboxItem[] = [];
  const empty: LedgerEntry[] = [];
  for (const [i, { sub, slot }] of due.entries()) {
    const result = batch.results[i];
    // A source that answers fewer slots than asked is a bug: never record a day as empty for it.
    if (!result || result.chatId !== sub.chatId) throw new Error(`digest source gave no result for chat ${sub.chatId} (${slot.day})`);
    if (result.messages.length === 0) {
      // Nothing new: send nothing (no "nothing new" noise at the reader's breakfast), but record
      // the day so it is not tried again. The next window still starts where the last digest sent was composed.
      report.empty++;
      empty.push({ chatId: sub.chatId, day: slot.day, status: 'empty', eventIds: [], messageCount: 0, sentAt: now.toISOString() });
      continue;
    }
    items.push({
      chatId: sub.chatId,
      day: slot.day,
      chatKind: chatKindOf(sub.chatType),
      ...(sub.threadId ? { threadId: sub.threadId } : {}),
      messages: result.messages,
      next: 0,
      events: result.remember,
      attempts: 0,
      createdAt: now.toISOString(),
    });
  }
  await deps.ledger.recordMany(empty);
  report.enqueued = (await deps.outbox.enqueue(items)).length;
}
