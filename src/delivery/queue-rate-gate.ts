// The cluster-wide send limit of queue delivery, on Redis and on Redis's own clock. A send holds a slot from just
// before its request goes out until a second after its answer came back: Telegram saw the request somewhere in
// between, so however late a busy process's request leaves or arrives, no sliding second of arrivals can hold
// more than GATE_PER_SECOND. (Counting from the take alone let requests delayed by a busy event loop pile into
// one of Telegram's seconds: 31 arrived, measured, and each 429 pauses the whole queue.) Sends are also spaced
// at least SPACING_MS apart, so a window that empties at once doesn't refill in one burst. A slot whose holder
// died mid-send is freed after STALE_MS. BullMQ's own limiter counts job *starts* in fixed windows, which could
// not give this bound without running far below 30/s (one start per 34 ms reached 0.74–0.92 of it, with 429s).
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { TELEGRAM_LIMITS } from './pacer.js';

/**
 * Telegram's 30/s itself. The in-process pacer keeps one under, as headroom for counting request starts; the gate
 * needs none, as its bound is exact: of any arrivals within one second, the one whose slot was taken last found
 * every other slot still held (each was taken earlier, and answered less than a second before), so at most
 * GATE_PER_SECOND arrive. One under cost 3% of the rate: 0.942 of 30/s at 10k chats.
 */
export const GATE_PER_SECOND = TELEGRAM_LIMITS.perSecondGlobal;
const WINDOW_MS = 1000;
const SPACING_MS = Math.floor(WINDOW_MS / TELEGRAM_LIMITS.perSecondGlobal);
const STALE_MS = 10_000;

const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/** KEYS: in flight, done, paused. ARGV: window, max, member, spacing, stale. 0 when taken, else ms to wait. */
const TAKE = `${NOW}
local paused = redis.call('PTTL', KEYS[3])
if paused > 0 then return paused end
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[5]))
-- 2 ms more than the window, for Redis TIME's whole milliseconds.
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - window - 2)
local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
if last[2] and now - tonumber(last[2]) < tonumber(ARGV[4]) then return tonumber(ARGV[4]) - (now - tonumber(last[2])) end
if redis.call('ZCARD', KEYS[1]) + redis.call('ZCARD', KEYS[2]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[5]) * 2)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
if oldest[2] then return math.max(1, tonumber(oldest[2]) + window - now + 1) end
return 5`;

/** KEYS: in flight, done. ARGV: member, window. The answer is back: the slot counts for one more window. */
const RELEASE = `${NOW}
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[2], now, ARGV[1])
redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[2]) * 2)
return 0`;

export interface RateGate {
  /** Waits for a send slot: its release (call it once the answer is back, whatever it was), or undefined when stopping came first. */
  take(stopping: () => boolean): Promise<(() => Promise<void>) | undefined>;
  /** Closes the gate for ms (a 429's retry_after), for every process. */
  pause(ms: number): Promise<void>;
}

export function createRateGate(redis: Redis, prefix: string, perSecond = GATE_PER_SECOND): RateGate {
  const [inFlight, done, pausedKey] = [`${prefix}:gate:inflight`, `${prefix}:gate:done`, `${prefix}:gate:paused`];
  return {
    async take(stopping) {
      const member = randomUUID();
      for (;;) {
        if (stopping()) return undefined;
        const wait = Number(await redis.eval(TAKE, 3, inFlight, done, pausedKey, String(WINDOW_MS), String(perSecond), member, String(SPACING_MS), String(STALE_MS)));
        if (wait === 0) {
          // A failed release leaves the slot in flight until STALE_MS: safe, only slower.
          return async () => void (await redis.eval(RELEASE, 2, inFlight, done, member, String(WINDOW_MS)).catch(() => undefined));
        }
        // Until a slot may free, plus a little spread, so the processes waiting don't all ask at the same instant.
        await new Promise((resolve) => setTimeout(resolve, wait + Math.floor(Math.random() * 4)));
      }
    },
    async pause(ms) {
      await redis.set(pausedKey, '1', 'PX', Math.max(1, Math.ceil(ms)));
    },
  };
}
