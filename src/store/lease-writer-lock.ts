// A WriterLock (writer-lock.port.ts) over a named lease: callers in this process queue on a mutex, then the
// lease is tried every pollMs until waitMs has passed (StoreBusyError, naming the holder when the backend can).
// It guards the ingest batch on Redis and PostgreSQL, and the short read-modify-write of shared lists
// (subscription lists, the outbox's open list) on every backend.
import { setTimeout as sleep } from 'node:timers/promises';
import type { LeaseProvider } from './lease.port.js';
import { createProcessMutex } from './process-mutex.js';
import { StoreBusyError, type WriterLock } from './writer-lock.port.js';

export interface LeaseWriterLockOptions {
  /** How long to wait for another holder before refusing (default 30 s). */
  waitMs?: number;
  /** The pause between attempts (default 25 ms). */
  pollMs?: number;
  /** A lease on Redis lapses this long after its holder stops renewing it (default 30 s). */
  ttlMs?: number;
  /** How the store is named in the refusal message. */
  label: string;
}

export function createLeaseWriterLock(leases: LeaseProvider, name: string, options: LeaseWriterLockOptions): WriterLock {
  const { waitMs = 30_000, pollMs = 25, ttlMs = 30_000, label } = options;
  const mutex = createProcessMutex();
  const acquire = async () => {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const lease = await leases.tryAcquire(name, ttlMs);
      if (lease) return lease;
      if (Date.now() >= deadline) {
        const holder = await leases.holder(name).catch(() => undefined);
        const pid = holder === undefined ? undefined : Number(/pid (\d+)/.exec(holder)?.[1]);
        throw new StoreBusyError(label, Number.isFinite(pid) ? pid : undefined);
      }
      await sleep(pollMs);
    }
  };
  return {
    withLock: (work) =>
      mutex.run(async () => {
        const lease = await acquire();
        try {
          return await work();
        } finally {
          await lease.release();
        }
      }),
    close: () => mutex.run(() => Promise.resolve()),
  };
}
