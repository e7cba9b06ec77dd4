// The cluster-wide send limit of queue delivery: at most GATE_PER_SECOND sends in any sliding second, counted
// in one Redis sorted set on Redis's own clock, checked right before each request goes to Telegram. BullMQ's
// limiter counts job *starts* in fixed windows: two windows' bursts can meet at an edge, and the time between a
// job's start and its request reaching Telegram varies with load, so to stay under 30 it had to run at one start
// per 34 ms, and lost windows under load (measured 0.74–0.92 of 30/s, with 429s at 10k chats). Here the count is
// of sends themselves over a true sliding window, one below Telegram's 30 for what arrives a little late, and
// the jobs waiting for a slot are already started, so a freed slot is taken at once by whichever process is
// ready. A 429 also closes the gate for retry_after (beside BullMQ's own pause of the queue).
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { TELEGRAM_LIMITS } from './pacer.js';

export const GATE_PER_SECOND = TELEGRAM_LIMITS.perSecondGlobal - 1;
const WINDOW_MS = 1000;
/**
 * And never two sends closer than this: a window that empties all at once would otherwise refill in one burst,
 * and a burst seen a few ms late by Telegram straddles two of its seconds (measured: 35 in a second, from 29).
 */
const SPACING_MS = Math.floor(WINDOW_MS / TELEGRAM_LIMITS.perSecondGlobal);

/** 0: a slot was taken (recorded); otherwise how many ms until one may free (or the pause ends). */
const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local paused = redis.call('PTTL', KEYS[2])
if paused > 0 then return paused end
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
if last[2] and now - tonumber(last[2]) < tonumber(ARGV[4]) then return tonumber(ARGV[4]) - (now - tonumber(last[2])) end
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window * 2)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now + 1)`;

export interface RateGate {
  /** Waits for a send slot; false when stopping came first (nothing taken). */
  take(stopping: () => boolean): Promise<boolean>;
  /** Closes the gate for ms (a 429's retry_after), for every process. */
  pause(ms: number): Promise<void>;
}

export function createRateGate(redis: Redis, prefix: string, perSecond = GATE_PER_SECOND): RateGate {
  const sends = `${prefix}:gate:sends`;
  const pausedKey = `${prefix}:gate:paused`;
  return {
    async take(stopping) {
      for (;;) {
        if (stopping()) return false;
        const wait = Number(await redis.eval(TAKE, 2, sends, pausedKey, String(WINDOW_MS), String(perSecond), randomUUID(), String(SPACING_MS)));
        if (wait === 0) return true;
        // Short naps: another process may free nothing, but the window slides every millisecond.
        await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 50)));
      }
    },
    async pause(ms) {
      await redis.set(pausedKey, '1', 'PX', Math.max(1, Math.ceil(ms)));
    },
  };
}
