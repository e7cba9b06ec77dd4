// The queue as /healthz reports it: reachable, its waiting/active/delayed counts, and until when it is paused
// after a 429. Polled in the background (every intervalMs, each poll bounded), never per request.
import type { Queue } from 'bullmq';

export interface QueueHealth {
  ok: boolean;
  waiting?: number;
  active?: number;
  delayed?: number;
  /** Set while a 429's retry_after holds the whole queue. */
  pausedUntil?: string;
  error?: string;
  checkedAt: string;
}

export interface QueueProbe {
  status(): QueueHealth | undefined;
  /** A 429 paused the queue for ms (known to this process at once; others see it at their next poll). */
  notePaused(ms: number): void;
  stop(): void;
}

export function probeQueue(queue: Pick<Queue, 'getJobCounts' | 'getRateLimitTtl'>, options: { limiterMax: number; windowMs: number; intervalMs?: number; timeoutMs?: number }): QueueProbe {
  const intervalMs = options.intervalMs ?? 5000;
  const timeoutMs = options.timeoutMs ?? 1000;
  let last: QueueHealth | undefined;
  let pausedUntil = 0;
  let pending = false;
  const poll = async () => {
    if (pending) return;
    pending = true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      timer.unref();
    });
    try {
      const [counts, ttl] = await Promise.race([Promise.all([queue.getJobCounts('waiting', 'active', 'delayed'), queue.getRateLimitTtl(options.limiterMax)]), timeout]);
      // A ttl past the limiter's own window is a 429's pause (rateLimit holds the limiter key for retry_after).
      if (ttl > options.windowMs) pausedUntil = Math.max(pausedUntil, Date.now() + ttl);
      last = {
        ok: true,
        waiting: counts['waiting'] ?? 0,
        active: counts['active'] ?? 0,
        delayed: counts['delayed'] ?? 0,
        ...(pausedUntil > Date.now() ? { pausedUntil: new Date(pausedUntil).toISOString() } : {}),
        checkedAt: new Date().toISOString(),
      };
    } catch (error) {
      last = { ok: false, error: (error as Error).message || String(error), checkedAt: new Date().toISOString() };
    } finally {
      clearTimeout(timer);
      pending = false;
    }
  };
  void poll();
  const interval = setInterval(() => void poll(), intervalMs);
  interval.unref();
  return {
    status: () => (last && pausedUntil > Date.now() ? { ...last, pausedUntil: new Date(pausedUntil).toISOString() } : last),
    notePaused(ms) {
      pausedUntil = Math.max(pausedUntil, Date.now() + ms);
    },
    stop: () => clearInterval(interval),
  };
}
