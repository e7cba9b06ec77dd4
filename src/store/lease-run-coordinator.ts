// node-cron's `distributed` mode asks a RunCoordinator before each fire, shouldRun(`<task name>:<slot ISO>`, ttlMs),
// and tells it when the run has ended, onComplete(key). This one holds a lease per JOB, job:<name>, for the whole
// run (not per slot): a run still going, in this process or another, blocks the next fire everywhere, and a holder
// that dies loses the lease (at once on sqlite and PostgreSQL, within ttlMs on Redis, where it is renewed while held).
// A lease alone does not make a slot run once: a process whose timer fires a few milliseconds later would take the
// lease the first one just gave back and run the same slot again. So, under the lease, it also keeps the last slot
// run of each job in the store (cron:last:<name>) and refuses a slot at or before it; slot names are wall-clock
// ISO times, so this also holds between machines whose clocks differ by less than one period.
import type { RunCoordinator } from 'node-cron';
import { z } from 'zod';
import type { Logger } from '../logger.js';
import type { Lease, LeaseProvider } from './lease.port.js';

/** How long a job's lease lasts without renewal: how soon another process takes over from one that died (Redis). */
export const JOB_LEASE_MS = 30_000;

/** Where the last slot run of each job is kept: the store's keyv. */
export interface SlotRecord {
  get(key: string): Promise<unknown>;
  set(key: string, value: string): Promise<unknown>;
}

/** A job this process runs now, as /healthz shows it. */
export interface HeldJob {
  /** The lease's name: job:<name>. */
  name: string;
  since: string;
  /** False once the lease was lost mid-run (Redis did not renew it in time): another process may run the job too. */
  valid: boolean;
}

export interface LeaseRunCoordinator extends RunCoordinator {
  /** The ttl to give node-cron as distributedLease. */
  readonly leaseMs: number;
  shouldRun(key: string, ttlMs: number): Promise<boolean>;
  onComplete(key: string): Promise<void>;
  /** Runs `work` under job:<job> outside a cron slot (the digest tick at start-up); undefined when another holder has it. */
  exclusive<T>(job: string, work: () => Promise<T>): Promise<T | undefined>;
  /** The jobs whose lease this process holds now. */
  held(): HeldJob[];
}

// node-cron's key: the task name, a colon, then Date#toISOString() of the slot.
const KEY = /^(.+):(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)$/;
const lastSlotSchema = z.string();

export function createLeaseRunCoordinator(
  store: { leases: LeaseProvider; kv: SlotRecord },
  options: { logger?: Logger; leaseMs?: number; now?: () => Date } = {},
): LeaseRunCoordinator {
  const leaseMs = options.leaseMs ?? JOB_LEASE_MS;
  const now = options.now ?? (() => new Date());
  const log = options.logger?.child({ part: 'job-leases' });
  const running = new Map<string, { lease: Lease; key: string; since: string }>();
  // A store that is down fails every fire: one error per job until it answers again, then debug lines.
  const failing = new Set<string>();

  const failed = (job: string, error: unknown) => {
    if (failing.has(job)) log?.debug({ code: 'JOB_LEASE_FAILED', job, err: error }, 'job lease failed again');
    else log?.error({ code: 'JOB_LEASE_FAILED', job, err: error }, 'job lease failed; this fire is skipped and the next one tries again');
    failing.add(job);
  };
  const answered = (job: string) => {
    if (failing.delete(job)) log?.info({ job }, 'job leases work again');
  };
  const acquire = async (job: string, ttlMs: number): Promise<Lease | undefined> => {
    try {
      const lease = await store.leases.tryAcquire(`job:${job}`, ttlMs);
      answered(job);
      return lease;
    } catch (error) {
      failed(job, error);
      return undefined;
    }
  };
  const finish = async (job: string, key: string) => {
    const entry = running.get(job);
    if (entry?.key !== key) return;
    running.delete(job);
    if (!entry.lease.held()) log?.warn({ code: 'JOB_LEASE_LOST', job }, 'the job lease was lost while the job ran; another process may have run it too');
    await entry.lease.release();
  };

  return {
    leaseMs,
    async shouldRun(key, ttlMs) {
      const match = KEY.exec(key);
      const job = match?.[1] ?? key;
      const slot = match?.[2];
      const lease = await acquire(job, ttlMs);
      if (!lease) return false;
      try {
        if (slot !== undefined) {
          const recordKey = `cron:last:${job}`;
          const last = lastSlotSchema.safeParse(await store.kv.get(recordKey));
          if (last.success && last.data >= slot) {
            log?.debug({ job, slot, last: last.data }, 'slot already run by another process');
            await lease.release();
            return false;
          }
          await store.kv.set(recordKey, slot);
        }
      } catch (error) {
        await lease.release();
        failed(job, error);
        return false;
      }
      running.set(job, { lease, key, since: now().toISOString() });
      return true;
    },
    async onComplete(key) {
      await finish(KEY.exec(key)?.[1] ?? key, key);
    },
    async exclusive(job, work) {
      const lease = await acquire(job, leaseMs);
      if (!lease) return undefined;
      const key = `${job}:exclusive`;
      running.set(job, { lease, key, since: now().toISOString() });
      try {
        return await work();
      } finally {
        await finish(job, key);
      }
    },
    held: () => [...running.values()].map(({ lease, since }) => ({ name: lease.name, since, valid: lease.held() })),
  };
}
