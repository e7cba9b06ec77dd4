// node-cron drives the inbox scan, once cluster-wide (the job lease job:inbox, src/util/cron-job.ts). A failed scan is logged (once while it keeps failing the same way); the next tick tries again.
import type { Ingestor } from '../articles/ingest.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { LeaseRunCoordinator } from '../store/lease-run-coordinator.js';
import { startCronJob } from '../util/cron-job.js';
import { scanInbox } from './scan-inbox.js';

export interface InboxSchedule {
  /** Stops the schedule and waits for a scan in progress, so the store can close safely. */
  stop(): Promise<void>;
}

export function scheduleInbox(deps: {
  dir: string;
  schedule: string;
  ingestor: Ingestor;
  maxBytes: number;
  clock: Clock;
  logger: Logger;
  /** The store's job leases: of the processes sharing the store, one scans at a time. */
  jobs: LeaseRunCoordinator;
}): InboxSchedule {
  const logger = deps.logger.child({ job: 'inbox' });
  // The same failure every minute (an unreadable inbox folder, a store that is down) is logged as an
  // error once, then at debug level until a scan succeeds or the failure changes.
  let lastFailure: string | undefined;
  const scan = async () => {
    try {
      await scanInbox(deps.dir, { ...deps, now: deps.clock.now(), logger });
      if (lastFailure !== undefined) logger.info('inbox scans work again');
      lastFailure = undefined;
    } catch (error) {
      const failure = (error as Error).message;
      if (failure === lastFailure) logger.debug({ code: 'INBOX_SCAN_FAILED', err: error }, 'inbox scan failed again');
      else logger.error({ code: 'INBOX_SCAN_FAILED', err: error }, 'inbox scan failed; will retry on the next tick');
      lastFailure = failure;
    }
  };
  return startCronJob(deps.schedule, 'inbox', scan, deps.jobs);
}
