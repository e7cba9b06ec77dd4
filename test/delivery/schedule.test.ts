import { describe, expect, it } from 'vitest';
import { nextSlotAfter, slotsAt } from '../../src/delivery/schedule.js';
import type { Subscription } from '../../src/subscriptions/subscription.js';

const MIN = 60_000;
const CATCH_UP = 15 * MIN;

function sub(over: Partial<Subscription> = {}): Subscription {
  return {
    chatId: 42, chatType: 'private', time: '08:00', timeZone: 'Europe/Berlin', include: [], exclude: [],
    status: 'active', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', ...over,
  };
}
const never = (): boolean => false;
/** A ledger holding every day before `today`: only today's slot can show. */
const upTo = (today: string) => (day: string): boolean => day < today;
const at = (s: string): Date => new Date(s);

/**
 * Drives the scheduler as main would: a tick every minute from `from` to `to`; every 'due' slot is "sent" and
 * recorded, every 'missed' one recorded as a skip. Returns what was delivered.
 */
function simulate(s: Subscription, from: string, to: string): { day: string; at: string; scheduledAt: string }[] {
  const ledger = new Set<string>();
  const sent: { day: string; at: string; scheduledAt: string }[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += MIN) {
    for (const { slot, state } of slotsAt(s, new Date(t), CATCH_UP, (day) => ledger.has(day))) {
      if (state === 'due') sent.push({ day: slot.day, at: new Date(t).toISOString(), scheduledAt: slot.scheduledAt.toISOString() });
      ledger.add(slot.day);
    }
  }
  return sent;
}

describe('slotsAt', () => {
  it('when it is exactly the delivery time then today\'s slot is due', () => {
    const result = slotsAt(sub(), at('2025-01-15T07:00:00Z'), CATCH_UP, upTo('2025-01-15'));
    expect(result).toEqual([{ slot: { chatId: 42, day: '2025-01-15', scheduledAt: at('2025-01-15T07:00:00Z') }, state: 'due' }]);
  });

  it('when it is within the catch-up window (inclusive) then the slot is still due', () => {
    expect(slotsAt(sub(), at('2025-01-15T07:10:00Z'), CATCH_UP, upTo('2025-01-15')).map((r) => r.state)).toEqual(['due']);
    expect(slotsAt(sub(), at('2025-01-15T07:15:00Z'), CATCH_UP, upTo('2025-01-15')).map((r) => r.state)).toEqual(['due']);
  });

  it('when it is before the delivery time then there is nothing (yesterday being recorded)', () => {
    expect(slotsAt(sub(), at('2025-01-15T06:59:59Z'), CATCH_UP, (day) => day === '2025-01-14')).toEqual([]);
  });

  it('when the window has passed then the slot is missed', () => {
    const result = slotsAt(sub(), at('2025-01-15T07:15:00.001Z'), CATCH_UP, never);
    expect(result.map((r) => [r.slot.day, r.state])).toEqual([['2025-01-14', 'missed'], ['2025-01-15', 'missed']]);
  });

  it('when the day is recorded then it has no slot', () => {
    const recorded = new Set(['2025-01-14', '2025-01-15']);
    expect(slotsAt(sub(), at('2025-01-15T07:05:00Z'), CATCH_UP, (d) => recorded.has(d))).toEqual([]);
    const onlyYesterday = slotsAt(sub(), at('2025-01-15T07:05:00Z'), CATCH_UP, (d) => d === '2025-01-14');
    expect(onlyYesterday.map((r) => r.slot.day)).toEqual(['2025-01-15']);
  });

  it('when a 23:50 Minsk delivery is caught up at 00:20 the next day then it is the previous day\'s slot', () => {
    const minsk = sub({ time: '23:50', timeZone: 'Europe/Minsk' }); // +03:00 all year
    const result = slotsAt(minsk, at('2025-05-10T21:20:00Z'), 30 * MIN, upTo('2025-05-10')); // 00:20 on the 11th in Minsk
    expect(result).toEqual([{ slot: { chatId: 42, day: '2025-05-10', scheduledAt: at('2025-05-10T20:50:00Z') }, state: 'due' }]);
  });

  it('when the subscription is paused or unsubscribed then there are no slots', () => {
    for (const status of ['paused', 'unsubscribed'] as const) {
      expect(slotsAt(sub({ status }), at('2025-01-15T07:00:00Z'), CATCH_UP, never)).toEqual([]);
      expect(nextSlotAfter(sub({ status }), at('2025-01-15T07:00:00Z'))).toBeUndefined();
    }
  });

  it('when the chat subscribed after today\'s time then today\'s slot is neither due nor missed', () => {
    const late = sub({ createdAt: '2025-01-15T07:05:00.000Z' });
    expect(slotsAt(late, at('2025-01-15T07:06:00Z'), CATCH_UP, never)).toEqual([]);
    expect(slotsAt(late, at('2025-01-16T07:00:00Z'), CATCH_UP, never).map((r) => [r.slot.day, r.state])).toEqual([['2025-01-16', 'due']]);
  });

  it('should deliver once a day on ordinary days, at the local time', () => {
    const sent = simulate(sub({ timeZone: 'Asia/Kolkata', time: '07:30' }), '2025-01-10T00:00:00Z', '2025-01-13T00:00:00Z');
    expect(sent.map((s) => [s.day, s.at])).toEqual([
      ['2025-01-10', '2025-01-10T02:00:00.000Z'],
      ['2025-01-11', '2025-01-11T02:00:00.000Z'],
      ['2025-01-12', '2025-01-12T02:00:00.000Z'],
    ]);
  });

  it('when the time falls in the spring-forward gap then that day still delivers exactly once', () => {
    // Berlin 2025-03-30: 02:00 → 03:00. Ticks over the day before, the day, and the day after.
    const sent = simulate(sub({ time: '02:30' }), '2025-03-28T22:00:00Z', '2025-03-31T22:00:00Z');
    expect(sent.map((s) => s.day)).toEqual(['2025-03-29', '2025-03-30', '2025-03-31']);
    expect(sent[1]).toEqual({ day: '2025-03-30', at: '2025-03-30T01:30:00.000Z', scheduledAt: '2025-03-30T01:30:00.000Z' });
  });

  it('when the time happens twice on the fall-back day then that day delivers exactly once, at the first', () => {
    // Berlin 2025-10-26: 03:00 CEST → 02:00 CET, so 02:30 happens at 00:30Z and again at 01:30Z.
    const sent = simulate(sub({ time: '02:30' }), '2025-10-24T22:00:00Z', '2025-10-27T22:00:00Z');
    expect(sent.map((s) => s.day)).toEqual(['2025-10-25', '2025-10-26', '2025-10-27']);
    expect(sent[1]?.at).toBe('2025-10-26T00:30:00.000Z');
  });

  it('when the send is not recorded yet then the slot keeps one identity and instant all day', () => {
    // Even with an empty ledger, ticks over the whole fall-back day only ever show one instant per local day.
    const seen = new Map<string, Set<string>>();
    const s = sub({ time: '02:30', timeZone: 'America/New_York' });
    for (let t = Date.parse('2025-11-01T04:00:00Z'); t <= Date.parse('2025-11-03T05:00:00Z'); t += MIN) {
      for (const { slot } of slotsAt(s, new Date(t), CATCH_UP, never)) {
        seen.set(slot.day, (seen.get(slot.day) ?? new Set()).add(slot.scheduledAt.toISOString()));
      }
    }
    for (const instants of seen.values()) expect(instants.size).toBe(1);
    expect([...(seen.get('2025-11-02') ?? [])]).toEqual(['2025-11-02T07:30:00.000Z']);
  });

  it('should deliver once a day across New York\'s DST changes for a time inside the changed hours', () => {
    const spring = simulate(sub({ time: '02:15', timeZone: 'America/New_York' }), '2025-03-08T05:00:00Z', '2025-03-10T05:00:00Z');
    expect(spring.map((s) => s.day)).toEqual(['2025-03-08', '2025-03-09']);
    const fall = simulate(sub({ time: '01:15', timeZone: 'America/New_York' }), '2025-11-01T04:00:00Z', '2025-11-03T05:00:00Z');
    expect(fall.map((s) => [s.day, s.at])).toEqual([
      ['2025-11-01', '2025-11-01T05:15:00.000Z'],
      ['2025-11-02', '2025-11-02T05:15:00.000Z'],
    ]);
  });
});

describe('next slot', () => {
  it('should find today\'s slot before the time and tomorrow\'s after it', () => {
    expect(nextSlotAfter(sub(), at('2025-01-15T06:00:00Z'))?.scheduledAt).toEqual(at('2025-01-15T07:00:00Z'));
    expect(nextSlotAfter(sub(), at('2025-01-15T07:00:00Z'))?.scheduledAt).toEqual(at('2025-01-16T07:00:00Z'));
  });

});
