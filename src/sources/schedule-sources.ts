// node-cron drives source polling in `newsbrief start`: every SOURCES_SCHEDULE tick (each minute by
// default) polls the sources that are due; each source's own interval, back-off and Retry-After
// decide when it is due (poll-plan.ts). A tick runs once cluster-wide (the job lease job:sources, src/util/cron-job.ts)
// and ticks never overlap, across processes too; a failed tick is logged and the next
// one tries again. stop() first aborts the tick's signal: page fetches end at once (their items keep the
// feed's text), no further source starts, and only feed requests already under way are waited for.
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { LeaseRunCoordinator } from '../store/lease-run-coordinator.js';
import { startCronJob } from '../util/cron-job.js';
import type { SourcePoller } from './poll-source.js';

export interface SourcesSchedule {
  /** Stops the schedule, cuts a poll in progress short and waits for it, so the store can close safely. */
  stop(): Promise<void>;
}

export function scheduleSources(deps: {
  schedule: string;
  poller: SourcePoller;
  clock: Clock;
  logger: Logger;
  /** The store's job leases: of the processes sharing the store, one polls at a time. */
  jobs: LeaseRunCoordinator;
}): SourcesSchedule {
  const logger = deps.logger.child({ job: 'sources' });
  const stopping = new AbortController();
  const poll = async () => {
    if (stopping.signal.aborted) return;
    try {
      const results = await deps.poller.pollDue(deps.clock.now(), { signal: stopping.signal });
      const added = results.reduce((sum, r) => sum + r.new, 0);
      if (results.length) logger.info({ polled: results.length, new: added, failed: results.filter((r) => r.status === 'failed').length }, 'sources polled');
    } catch (error) {
      logger.error({ code: 'SOURCES_POLL_FAILED', err: error }, 'polling sources failed; the next tick retries');
    }
  };
  const job = startCronJob(deps.schedule, 'sources', poll, deps.jobs);
  return {
    async stop() {
      stopping.abort();
      await job.stop();
    },
  };
}
