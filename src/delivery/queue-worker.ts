// The worker every `start` process runs on the shared delivery queue. Its limiter is kept in Redis, so it holds
// for the whole cluster: at most GLOBAL_PER_SECOND jobs (one message each) start per second, whichever process
// takes them. A 429 pauses the whole queue for retry_after (worker.rateLimit + RateLimitError: the job goes back
// to wait, no attempt counted). A job held by a process that dies is moved back to wait by another worker's
// stalled check once its lock lapses, and sent again: the one in-flight message the crash guarantee allows.
import { DelayedError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import type { SendReport } from './send-deps.js';
import { SEND_JOB, sendJobId, sendJobSchema, type SendJobData } from './queue-job.js';
import { runSendJob, type SendJobDeps } from './queue-send-job.js';
import { TELEGRAM_LIMITS } from './pacer.js';

/**
 * Not what keeps Telegram's ~30/s: the rate gate does that, per send, over a sliding second (queue-rate-gate.ts).
 * BullMQ needs a limiter for worker.rateLimit (a 429's pause of the whole queue) to take effect; this one never
 * binds below the gate's rate. (One start per 34 ms, the limiter alone, reached 0.74–0.92 of 30/s, with 429s.)
 */
export const LIMITER = { max: 2 * TELEGRAM_LIMITS.perSecondGlobal, duration: 1000 };

/**
 * Renewed every half of it while the process lives (a send takes well under a second), so only a dead or
 * frozen process loses a job; with the 5 s stalled check another process resends it within ~20 s.
 */
export const LOCK_DURATION_MS = 15_000;
const STALLED_INTERVAL_MS = 5_000;

export interface SendWorkerOptions {
  name: string;
  prefix: string;
  connection: Redis;
  concurrency: number;
  deps: SendJobDeps;
  logger: Logger;
  /** Adds the item's next message (the same queue). */
  add: (data: SendJobData, jobId: string, delayMs: number) => Promise<void>;
  /** Sees each job's report (tests, counters). */
  onReport?: (report: SendReport) => void;
  /** A 429 paused the queue for ms. */
  onRateLimited?: (ms: number) => void;
}

export function startSendWorker(options: SendWorkerOptions): Worker<SendJobData> {
  const { deps, logger } = options;
  const worker: Worker<SendJobData> = new Worker<SendJobData>(
    options.name,
    async (job: Job<SendJobData>, token?: string) => {
      if (job.name !== SEND_JOB) throw new Error(`unknown delivery job ${job.name}`);
      const { item } = sendJobSchema.parse(job.data);
      const report: SendReport = { delivered: 0, messages: 0, rateLimited: 0, paused: 0, leftForNextTick: 0, asPlainText: 0, refusedContents: 0 };
      const step = await runSendJob(deps, item, job.attemptsMade + 1, job.opts.attempts ?? 1, report);
      options.onReport?.(report);
      switch (step.kind) {
        case 'rate-limited':
          options.onRateLimited?.(step.ms);
          await deps.gate?.pause(step.ms);
          await worker.rateLimit(step.ms);
          throw Worker.RateLimitError();
        case 'retry':
          throw step.error instanceof Error ? step.error : new Error(String(step.error));
        case 'stopped':
          await job.moveToDelayed(Date.now() + 1000, token);
          throw new DelayedError();
        case 'next':
          await options.add({ item: step.item }, sendJobId(step.item), step.delayMs);
          return;
        case 'done':
          return;
      }
    },
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: options.concurrency,
      limiter: LIMITER,
      lockDuration: LOCK_DURATION_MS,
      stalledInterval: STALLED_INTERVAL_MS,
      maxStalledCount: 2,
    },
  );
  worker.on('failed', (job, error) => logger.error({ code: 'DIGEST_JOB_FAILED', err: error, jobId: job?.id }, 'delivery job failed; the next tick enqueues it again'));
  worker.on('error', (error) => logger.error({ code: 'DIGEST_QUEUE_ERROR', err: error }, 'delivery queue error'));
  return worker;
}
