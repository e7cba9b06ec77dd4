// node-cron drives the inbox scan. A failed scan is logged; the next tick tries again.
import cron, { type ScheduledTask } from 'node-cron';
import type { Ingestor } from '../articles/ingest.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { scanInbox } from './scan-inbox.js';

export function scheduleInbox(deps: {
  dir: string;
  schedule: string;
  ingestor: Ingestor;
  maxBytes: number;
  clock: Clock;
  logger: Logger;
}): ScheduledTask {
  const logger = deps.logger.child({ job: 'inbox' });
  return cron.schedule(
    deps.schedule,
    async () => {
      try {
        await scanInbox(deps.dir, { ...deps, now: deps.clock.now(), logger });
      } catch (error) {
        logger.error({ err: error }, 'inbox scan failed; will retry on the next tick');
      }
    },
    { name: 'inbox', noOverlap: true },
  );
}
