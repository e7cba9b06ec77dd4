import { describe, expect, it } from 'vitest';
import { chatKindOf, createPacer, TELEGRAM_LIMITS, type ChatKind, type Pacer } from '../../src/delivery/pacer.js';

interface Send { chatId: number; at: number }

/**
 * A fake-clock sender: takes the messages in queue order, asks the pacer, "sleeps" by advancing the clock, sends.
 * Head-of-line blocking is deliberate: it is the simplest caller and the one the limits must hold for.
 */
function fanOut(pacer: Pacer, queue: readonly { chatId: number; kind: ChatKind }[], start = 0): Send[] {
  let now = start;
  const sent: Send[] = [];
  for (const { chatId, kind } of queue) {
    let wait: number;
    while ((wait = pacer.acquire(chatId, kind, now)) > 0) now += wait;
    sent.push({ chatId, at: now });
  }
  return sent;
}

/** The largest number of sends inside any window [t, t + windowMs). */
function maxInWindow(times: readonly number[], windowMs: number): number {
  let max = 0;
  let lo = 0;
  for (let hi = 0; hi < times.length; hi++) {
    while ((times[hi] ?? 0) - (times[lo] ?? 0) >= windowMs) lo++;
    max = Math.max(max, hi - lo + 1);
  }
  return max;
}

describe('pacer', () => {
  it('when 2000 private chats are sent to then no second holds more than 30 and it takes about 2000/29 s', () => {
    const pacer = createPacer();
    const queue = Array.from({ length: 2000 }, (_, i) => ({ chatId: i + 1, kind: 'private' as const }));
    const sent = fanOut(pacer, queue, 1_000_000);
    const times = sent.map((s) => s.at);
    expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(30);
    expect(maxInWindow(times, 1000)).toBe(29); // the documented 3% headroom, and no slower than that
    const seconds = ((times.at(-1) ?? 0) - (times[0] ?? 0)) / 1000;
    expect(seconds).toBeGreaterThan(2000 / 30 - 1);
    expect(seconds).toBeLessThan(2000 / 29 + 1);
  });

  it('when the limits have no headroom then the pacer runs exactly at 30 per second', () => {
    const pacer = createPacer(TELEGRAM_LIMITS, 0);
    const queue = Array.from({ length: 300 }, (_, i) => ({ chatId: i + 1, kind: 'channel' as const }));
    const times = fanOut(pacer, queue).map((s) => s.at);
    expect(maxInWindow(times, 1000)).toBe(30);
  });

  it('when one group gets many messages then no rolling minute holds more than 20, nor any second more than 1', () => {
    const pacer = createPacer();
    const queue = Array.from({ length: 60 }, () => ({ chatId: -100123, kind: 'group' as const }));
    const times = fanOut(pacer, queue).map((s) => s.at);
    expect(maxInWindow(times, 60_000)).toBeLessThanOrEqual(20);
    expect(maxInWindow(times, 1000)).toBe(1);
    // 60 messages at 19 a minute need a little over three minutes, not hours.
    expect(times.at(-1)).toBeGreaterThan(3 * 60_000);
    expect(times.at(-1)).toBeLessThan(4 * 60_000);
  });

  it('when one private chat gets many messages then they go at most one per second', () => {
    const pacer = createPacer();
    const times = fanOut(pacer, Array.from({ length: 10 }, () => ({ chatId: 5, kind: 'private' as const }))).map((s) => s.at);
    expect(maxInWindow(times, 1000)).toBe(1);
    expect(times.at(-1)).toBeLessThan(10 * 1100); // and no slower than ~1/s
  });

  it('when a channel gets many messages then only the per-chat interval applies, not the group minute', () => {
    const pacer = createPacer();
    const times = fanOut(pacer, Array.from({ length: 30 }, () => ({ chatId: -100777, kind: 'channel' as const }))).map((s) => s.at);
    expect(maxInWindow(times, 1000)).toBe(1);
    expect(maxInWindow(times, 60_000)).toBe(30);
  });

  it('when chats interleave then a busy group does not hold the others back', () => {
    const pacer = createPacer();
    const queue = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? { chatId: -1, kind: 'group' as const } : { chatId: i, kind: 'private' as const }));
    const sent = fanOut(pacer, queue);
    const group = sent.filter((s) => s.chatId === -1).map((s) => s.at);
    expect(maxInWindow(group, 60_000)).toBeLessThanOrEqual(20);
    expect(maxInWindow(sent.map((s) => s.at), 1000)).toBeLessThanOrEqual(30);
  });

  it('should report the delay without recording, and record only on send', () => {
    const pacer = createPacer();
    expect(pacer.delayFor(1, 'private', 0)).toBe(0);
    expect(pacer.delayFor(1, 'private', 0)).toBe(0);
    pacer.record(1, 'private', 0);
    expect(pacer.delayFor(1, 'private', 0)).toBe(1030);
    expect(pacer.delayFor(1, 'private', 1000)).toBe(30);
    expect(pacer.delayFor(1, 'private', 1030)).toBe(0);
    expect(pacer.delayFor(2, 'private', 0)).toBe(0);
  });

  it('when Telegram asks one chat to back off then only that chat waits', () => {
    const pacer = createPacer();
    pacer.backOff(7, 5000, 100);
    expect(pacer.delayFor(7, 'private', 100)).toBe(5000);
    expect(pacer.delayFor(7, 'private', 5000)).toBe(100);
    expect(pacer.delayFor(7, 'private', 5100)).toBe(0);
    expect(pacer.delayFor(8, 'private', 100)).toBe(0);
    pacer.backOff(7, 1000, 200); // a shorter retry_after never shortens the earlier one
    expect(pacer.delayFor(7, 'private', 200)).toBe(4900);
  });

  it('when Telegram asks for a global back-off then everyone waits', () => {
    const pacer = createPacer();
    pacer.backOff(7, 3000, 0, true);
    expect(pacer.delayFor(7, 'private', 0)).toBe(3000);
    expect(pacer.delayFor(8, 'group', 1000)).toBe(2000);
    expect(pacer.delayFor(9, 'channel', 3000)).toBe(0);
    const sent = fanOut(pacer, [{ chatId: 10, kind: 'private' }, { chatId: 11, kind: 'private' }]);
    expect(sent.map((s) => s.at)).toEqual([3000, 3000]);
  });

  it('should forget idle chats so memory follows recent traffic', () => {
    const pacer = createPacer();
    fanOut(pacer, Array.from({ length: 500 }, (_, i) => ({ chatId: i, kind: i % 5 === 0 ? ('group' as const) : ('private' as const) })));
    expect(pacer.trackedChats()).toBeGreaterThan(400);
    pacer.record(100_000, 'private', 10 * 60_000); // any later send sweeps
    expect(pacer.trackedChats()).toBe(1);
    expect(pacer.delayFor(0, 'group', 10 * 60_000)).toBe(0);
  });

  it('should map subscription chat types to pacer kinds', () => {
    expect(chatKindOf('private')).toBe('private');
    expect(chatKindOf('group')).toBe('group');
    expect(chatKindOf('supergroup')).toBe('group');
    expect(chatKindOf('channel')).toBe('channel');
  });
});
