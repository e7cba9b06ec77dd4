// Delivery through BullMQ (Redis at QUEUE_URL), for processes sharing a Redis or PostgreSQL store: the digest
// tick (one process at a time, under its lease) hands the open outbox items to the queue (queue-enqueue.ts), and
// a worker in every process sends them one message per job (queue-worker.ts), chaining each chat's next message
// after its gap (queue-job.ts). The outbox keeps the progress, the ledger the "once per (chat, day)".
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import { createRefusalAlerts, type RefusalAlerts } from './refusal-alerts.js';
import { enqueueOpen } from './queue-enqueue.js';
import { probeQueue, type QueueHealth } from './queue-health.js';
import { SEND_JOB, type SendJobData } from './queue-job.js';
import { createRateGate } from './queue-rate-gate.js';
import { LIMITER, startSendWorker } from './queue-worker.js';
import { createPacer } from './pacer.js';
import type { SendDeps, SendReport } from './send-deps.js';

export interface QueueDeliveryOptions {
  url: string;
  /** STORE_NAMESPACE: bots sharing one Redis get queues of their own. */
  namespace: string;
  /** What a send needs (the pacer is the queue's limiter and delays here, so it is not asked for). */
  deps: Omit<SendDeps, 'pacer' | 'sleep' | 'concurrency' | 'maxAttempts' | 'stopping'>;
  logger: Logger;
  /** Jobs this process sends at once (DELIVERY_CONCURRENCY). */
  concurrency: number;
  /** Tries per message for 5xx/network errors, with exponential backoff from 1 s; then the next tick. */
  attempts?: number;
  onReport?: (report: SendReport) => void;
}

export interface QueueDelivery {
  /** The tick's sender: hands the open outbox items to the queue; how many. */
  enqueueOpen(): Promise<number>;
  health(): QueueHealth | undefined;
  readonly queue: Queue<SendJobData>;
  /** Stops taking jobs, waits for the ones in flight, closes the connections. Before the store closes. */
  close(): Promise<void>;
}

/** Jobs in flight per process at least (DELIVERY_CONCURRENCY may ask for more). */
const QUEUE_WORKER_CONCURRENCY = 2;

/** A refused-content alert once per hour per content and process, not once per chat. */
const REFUSALS_WINDOW_MS = 3_600_000;

export async function startQueueDelivery(options: QueueDeliveryOptions): Promise<QueueDelivery> {
  const name = `${options.namespace}-digests`;
  const prefix = 'newsbrief';
  // BullMQ's workers block on Redis: a command must wait for a reconnect rather than fail after n retries.
  const queueConnection = new Redis(options.url, { maxRetriesPerRequest: null, lazyConnect: true });
  const workerConnection = new Redis(options.url, { maxRetriesPerRequest: null, lazyConnect: true });
  // ioredis reconnects by itself; each failed try is one log line here, not an unhandled 'error' event.
  let lastError: Error | undefined;
  for (const connection of [queueConnection, workerConnection]) {
    connection.on('error', (error: Error) => {
      lastError = error;
      options.logger.warn({ code: 'QUEUE_CONNECTION_ERROR', err: error }, 'delivery queue connection error; reconnecting');
    });
  }
  try {
    await Promise.all([queueConnection.connect(), workerConnection.connect()]);
  } catch (error) {
    queueConnection.disconnect();
    workerConnection.disconnect();
    throw new Error(`QUEUE_URL: Redis not reachable at ${new URL(options.url).host} (${(lastError ?? (error as Error)).message})`, { cause: error });
  }
  const queue = new Queue<SendJobData>(name, {
    connection: queueConnection,
    prefix,
    defaultJobOptions: {
      attempts: options.attempts ?? 4,
      backoff: { type: 'exponential', delay: 1000 },
      // Kept 10 minutes (seconds would do), so a tick that read the outbox just before a message went cannot add
      // that message again. Each job holds its item's text, so not much longer: ~8 KB a message in Redis meanwhile.
      removeOnComplete: { age: 600 },
      // A failed job (stalled twice, or a bug) goes, so the next tick can enqueue its message again.
      removeOnFail: true,
    },
  });
  queue.on('error', (error) => options.logger.error({ code: 'DIGEST_QUEUE_ERROR', err: error }, 'delivery queue error'));
  const probe = probeQueue(queue, { limiterMax: LIMITER.max, windowMs: LIMITER.duration });
  let stopping = false;
  let refusals: { alerts: RefusalAlerts; since: number } | undefined;
  const deps = {
    ...options.deps,
    gate: createRateGate(queueConnection, `${prefix}:${name}`),
    pacer: createPacer(),
    sleep: () => Promise.resolve(),
    stopping: () => stopping,
    refusals: () => {
      const now = Date.now();
      if (!refusals || now - refusals.since > REFUSALS_WINDOW_MS) refusals = { alerts: createRefusalAlerts(options.deps.alert, options.logger), since: now };
      return refusals.alerts;
    },
  };
  const worker = startSendWorker({
    name,
    prefix,
    connection: workerConnection,
    // Jobs mostly wait at the gate for a slot, so each process keeps a few ready: a slot that frees is taken at
    // once, even while a process is busy elsewhere (a chat's order is kept by chaining, not by this).
    concurrency: Math.max(options.concurrency, QUEUE_WORKER_CONCURRENCY),
    deps,
    logger: options.logger,
    add: async (data, jobId, delay) => void (await queue.add(SEND_JOB, data, { jobId, delay })),
    onRateLimited: (ms) => probe.notePaused(ms),
    ...(options.onReport ? { onReport: options.onReport } : {}),
  });
  return {
    queue,
    enqueueOpen: () =>
      enqueueOpen({
        outbox: options.deps.outbox,
        addBulk: async (jobs) => void (await queue.addBulk(jobs.map(({ data, jobId }) => ({ name: SEND_JOB, data, opts: { jobId } })))),
      }),
    health: () => probe.status(),
    async close() {
      stopping = true;
      probe.stop();
      await worker.close();
      await queue.close();
      await Promise.allSettled([queueConnection.quit(), workerConnection.quit()]);
    },
  };
}
