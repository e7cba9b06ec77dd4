// One scheduler tick: find the chats whose local delivery time has come, compose each distinct
// window once, render once per distinct view, put the digests in the durable outbox, deliver.
import type { BriefingService } from '../../briefings/briefing-service.js';
import type { Briefing } from '../../briefings/compose.js';
import { personalize, withHistory } from '../../briefings/personalize.js';
import { renderBriefing } from '../../briefings/render.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { DigestArchive } from '../store/keyv-digest-archive.js';
import type { DigestLedger, LedgerEntry } from '../store/keyv-digest-ledger.js';
import type { Subscription, SubscriptionStore } from '../subscriptions/subscription.js';
import { addDays, localDay } from './local-time.js';
import { outboxId, type Outbox, type OutboxItem } from './outbox.js';
import { chatKindOf } from './pacer.js';
import { slotsAt, type Slot } from './schedule.js';
import type { SendReport } from './send-outbox.js';

export interface DigestJobDeps {
  subscriptions: SubscriptionStore;
  ledger: DigestLedger;
  outbox: Outbox;
  briefings: BriefingService;
  archive: DigestArchive;
  clock: Clock;
  logger: Logger;
  catchUpMs: number;
  send: () => Promise<SendReport>;
}

export interface TickReport {
  due: number;
  missed: number;
  empty: number;
  enqueued: number;
  compositions: number;
  renderings: number;
  sent?: SendReport;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far back the context composition reaches to find older reports of an event (the clusterer's 72 h gap). */
const HISTORY_MS = 3 * DAY_MS;

export function createDigestJob(deps: DigestJobDeps) {
  return {
    async tick(): Promise<TickReport> {
      const now = deps.clock.now();
      const report: TickReport = { due: 0, missed: 0, empty: 0, enqueued: 0, compositions: 0, renderings: 0 };
      const due = await findDue(deps, now, report);
      if (due.length) await enqueue(deps, due, now, report);
      report.sent = await deps.send();
      if (report.due || report.missed || report.sent.messages) deps.logger.info(report, 'digest tick');
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
      deps.logger.warn({ chatId: sub.chatId, day: slot.day, scheduledAt: slot.scheduledAt }, 'digest skipped: past the catch-up window');
      skipped.push({ chatId: sub.chatId, day: slot.day, status: 'skipped', eventIds: [], messageCount: 0, sentAt: now.toISOString() });
    }
  }
  await deps.ledger.recordMany(skipped);
  report.due = due.length;
  return due;
}

async function enqueue(deps: DigestJobDeps, due: { sub: Subscription; slot: Slot }[], now: Date, report: TickReport): Promise<void> {
  const lasts = await deps.ledger.lastDigest(due.map((d) => d.sub.chatId));
  const compositions = new Map<string, Promise<Briefing>>();
  const renderings = new Map<string, string[]>();
  const items: OutboxItem[] = [];
  const empty: LedgerEntry[] = [];
  for (const [i, { sub, slot }] of due.entries()) {
    const last = lasts[i];
    // The window: since this chat's previous digest (the first one: the last 24 hours), to now.
    const since = new Date(last ? Date.parse(last.sentAt) : now.getTime() - DAY_MS);
    const windowKey = since.toISOString().slice(0, 16);
    let composed = compositions.get(windowKey);
    if (!composed) {
      composed = composeWindow(deps.briefings, since, now);
      compositions.set(windowKey, composed);
      report.compositions++;
    }
    const briefing = await composed;
    const view = personalize(briefing, { include: sub.include, exclude: sub.exclude, previous: last?.events });
    if (view.briefing.events.length === 0) {
      // Nothing new: send nothing (no "nothing new" noise at the reader's breakfast), but record
      // the day so it is not tried again. The next digest's window still starts at the last one sent.
      report.empty++;
      empty.push({ chatId: sub.chatId, day: slot.day, status: 'empty', eventIds: [], messageCount: 0, sentAt: now.toISOString() });
      continue;
    }
    const renderKey = `${windowKey}|${sub.timeZone}|${[...sub.include].sort()}|${[...sub.exclude].sort()}|${view.renderKey}`;
    let messages = renderings.get(renderKey);
    if (!messages) {
      messages = renderBriefing(view.briefing, { timeZone: sub.timeZone });
      renderings.set(renderKey, messages);
      report.renderings++;
    }
    items.push({
      chatId: sub.chatId,
      day: slot.day,
      chatKind: chatKindOf(sub.chatType),
      ...(sub.threadId ? { threadId: sub.threadId } : {}),
      messages,
      next: 0,
      events: view.remembered,
      attempts: 0,
      createdAt: now.toISOString(),
    });
  }
  const day = localDay(now, 'UTC');
  const latest = compositions.get(new Date(now.getTime() - DAY_MS).toISOString().slice(0, 16)) ?? [...compositions.values()].at(-1);
  if (latest) await deps.archive.put(day, await latest);
  await deps.ledger.recordMany(empty);
  report.enqueued = (await deps.outbox.enqueue(items)).length;
}

/** What arrived in [since, until], each event with its older reports (see withHistory). */
async function composeWindow(briefings: BriefingService, since: Date, until: Date): Promise<Briefing> {
  const [window, context] = await Promise.all([
    briefings.build({ since, until }),
    // Only for event identity: no model summaries for it.
    briefings.build({ since: new Date(since.getTime() - HISTORY_MS), until }, { summarize: false }),
  ]);
  return withHistory(window, context);
}
