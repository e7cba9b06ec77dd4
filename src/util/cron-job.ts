// One node-cron job that never overlaps itself and can be stopped cleanly: stop() ends the schedule
// and waits for a run in progress, so the store can close after it. The run handles its own errors.
import cron from 'node-cron';

export interface CronJob {
  stop(): Promise<void>;
}

export function startCronJob(schedule: string, name: string, run: () => Promise<void>): CronJob {
  let running: Promise<void> | undefined;
  const task = cron.schedule(
    schedule,
    () => {
      running ??= run().finally(() => {
        running = undefined;
      });
      return running;
    },
    { name, noOverlap: true },
  );
  return {
    async stop() {
      await task.stop();
      await running;
    },
  };
}
