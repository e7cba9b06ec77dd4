// One node-cron job that runs once cluster-wide, never overlaps itself and can be stopped cleanly. node-cron's
// `distributed` mode asks the run coordinator (the store's job leases, lease-run-coordinator.ts) before each fire,
// so of the processes sharing one store only one runs a slot, and none while another's run is still going.
// stop() ends the schedule and waits for a decision or a run in progress, so the store can close after it.
// The run handles its own errors.
import cron from 'node-cron';
import type { LeaseRunCoordinator } from '../store/lease-run-coordinator.js';

export interface CronJob {
  stop(): Promise<void>;
}

/**
 * node-cron in distributed mode over `jobs`. `fire` must return the run's whole promise: the job's lease is held
 * until it settles. Nothing fires once stop() was called, even when the lease was granted just before.
 */
export function scheduleClusterWide(schedule: string, name: string, jobs: LeaseRunCoordinator, fire: () => Promise<unknown>): CronJob {
  let stopped = false;
  let deciding: Promise<boolean> | undefined;
  const task = cron.schedule(schedule, () => (stopped ? undefined : fire()), {
    name,
    noOverlap: true,
    distributed: true,
    distributedLease: jobs.leaseMs,
    runCoordinator: {
      shouldRun: (key, ttlMs) => {
        if (stopped) return false;
        deciding = jobs.shouldRun(key, ttlMs);
        return deciding;
      },
      onComplete: (key) => jobs.onComplete(key),
    },
  });
  return {
    async stop() {
      stopped = true;
      await task.stop();
      await deciding;
    },
  };
}

export function startCronJob(schedule: string, name: string, run: () => Promise<void>, jobs: LeaseRunCoordinator): CronJob {
  let running: Promise<void> | undefined;
  const task = scheduleClusterWide(schedule, name, jobs, () => {
    running ??= run().finally(() => {
      running = undefined;
    });
    return running;
  });
  return {
    async stop() {
      await task.stop();
      await running;
    },
  };
}
