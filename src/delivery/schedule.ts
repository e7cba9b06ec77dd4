// Which digest deliveries a subscription owes at `now`. A slot is identified by (chatId, local day): with the
// fall-back rule each local day has exactly one instant, so a ledger keyed by day makes delivery at-most-once,
// and looking at yesterday as well as today makes it never-missed across midnight. Pure: `now` is an argument.
import type { Subscription } from '../subscriptions/subscription.js';
import { addDays, localDay, zonedInstant } from './local-time.js';

/** One delivery a chat is owed: its local day and the instant that day's "HH:MM" falls on. */
export interface Slot {
  chatId: number;
  day: string;
  scheduledAt: Date;
}

/** 'due': send it now. 'missed': too late to be useful; log and record a skip so it is not offered again. */
export type SlotState = 'due' | 'missed';

/** The slot of `sub` on local `day` (whether or not it is past, recorded, or the subscription active). */
export function slotOn(sub: Subscription, day: string): Slot {
  return { chatId: sub.chatId, day, scheduledAt: zonedInstant(day, sub.time, sub.timeZone) };
}

/**
 * The delivery slots of one subscription worth acting on at `now`, oldest first: of the chat's local yesterday
 * (a 23:50 delivery can be caught up after midnight) and today, each slot with scheduledAt <= now that the ledger
 * has not recorded (`isRecorded(day)`). A slot at most `catchUpMs` old (inclusive) is 'due'; an older one 'missed'.
 * Only active subscriptions have slots, and none from before the subscription was created (subscribing at 10:00
 * for 09:00 starts tomorrow instead of reporting a miss).
 * @example
 * for (const { slot, state } of slotsAt(sub, now, 15 * 60_000, (day) => recorded.has(day))) {
 *   if (state === 'due') await deliver(slot); else await recordSkip(slot);
 * }
 */
export function slotsAt(
  sub: Subscription,
  now: Date,
  catchUpMs: number,
  isRecorded: (day: string) => boolean,
): { slot: Slot; state: SlotState }[] {
  if (sub.status !== 'active') return [];
  const today = localDay(now, sub.timeZone);
  const created = Date.parse(sub.createdAt);
  const result: { slot: Slot; state: SlotState }[] = [];
  for (const day of [addDays(today, -1), today]) {
    const slot = slotOn(sub, day);
    const age = now.getTime() - slot.scheduledAt.getTime();
    if (age < 0 || slot.scheduledAt.getTime() < created || isRecorded(day)) continue;
    result.push({ slot, state: age <= catchUpMs ? 'due' : 'missed' });
  }
  return result;
}

/**
 * The next slot of `sub` strictly after `now`, whatever the ledger says; undefined unless active.
 * /subscribe tells the user when that is ("the next one in 7 h 12 min").
 */
export function nextSlotAfter(sub: Subscription, now: Date): Slot | undefined {
  if (sub.status !== 'active') return undefined;
  const today = localDay(now, sub.timeZone);
  // Today's slot may be past and, across a DST gap at midnight, tomorrow's may still be "today"; two days ahead is enough.
  for (const offset of [0, 1, 2]) {
    const slot = slotOn(sub, addDays(today, offset));
    if (slot.scheduledAt.getTime() > now.getTime()) return slot;
  }
  return undefined;
}
