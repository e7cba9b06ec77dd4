// The digest job wired to its sender (createDigestRunner: the production wiring the live scheduler
// and the tests' rig share), and node-cron driving it (startDigestScheduler): a tick every
// DIGEST_SCHEDULE (default every minute) and one at start-up, which is what catches up after
// downtime. Every tick, the one at start-up too, runs under the job lease job:digest (src/util/cron-job.ts), so of
// the processes sharing one store one ticks at a time and each slot is ticked once; a failed tick is logged and
// the next one tries again. With a delivery queue (QUEUE_URL, queue-delivery.ts) the tick hands the outbox to the
// queue, whose workers in every process send it; without one (sqlite, or PostgreSQL alone) the tick sends it
// itself, so one process delivers at a time, under the digest lease.
import type { Api } from 'grammy';
import type { Config } from '../config.js';
import type { LeaseRunCoordinator } from '../store/lease-run-coordinator.js';
import type { SourceStore } from '../store/source-store.port.js';
import { abortableSleep } from '../util/abort.js';
import { scheduleClusterWide } from '../util/cron-job.js';
import { createDigestJob, type DigestJobDeps, type TickReport, type TickSend } from './digest-job.js';
import { createOperatorAlert } from './operator-alert.js';
import { createPacer, type Pacer } from './pacer.js';
import type { QueueDelivery } from './queue-delivery.js';
import { sendOutbox } from './send-outbox.js';

/** From the app's one dependency object (src/app.ts). */
export interface DigestRunnerDeps extends Omit<DigestJobDeps, 'catchUpMs' | 'send'> {
  config: Pick<Config, 'CATCH_UP_HOURS' | 'DELIVERY_CONCURRENCY' | 'ADMIN_CHAT_ID'>;
  sources: Pick<SourceStore, 'moveChat'>;
}

export interface DigestRunnerOptions {
  /** Built by the root: one attempt per call (the sender paces and retries itself). */
  api: Api;
  sleep: (ms: number) => Promise<void>;
  /** True once shutdown starts. */
  stopping?: () => boolean;
  pacer?: Pacer;
  maxAttempts?: number;
  /** Sees every operator alert (after it is logged and sent to ADMIN_CHAT_ID). */
  onAlert?: (text: string) => void;
  /** The shared delivery queue: the tick enqueues instead of sending. */
  queue?: Pick<QueueDelivery, 'enqueueOpen'>;
}

export interface DigestRunner {
  tick(): Promise<TickReport>;
  /** The sender alone (as a tick does at its end). */
  send(): Promise<TickSend>;
}

const NOTHING_SENT = { delivered: 0, messages: 0, rateLimited: 0, paused: 0, leftForNextTick: 0, asPlainText: 0, refusedContents: 0 };

export function createDigestRunner(deps: DigestRunnerDeps, options: DigestRunnerOptions): DigestRunner {
  const log = deps.logger.child({ job: 'digest' });
  const pacer = options.pacer ?? createPacer();
  const alert = createOperatorAlert(options.api, log, deps.config.ADMIN_CHAT_ID, options.onAlert);
  const { queue } = options;
  const inProcess = () =>
    sendOutbox({
      api: options.api,
      outbox: deps.outbox,
      ledger: deps.ledger,
      subscriptions: deps.subscriptions,
      sources: deps.sources,
      pacer,
      clock: deps.clock,
      logger: log,
      alert,
      sleep: options.sleep,
      ...(options.stopping ? { stopping: options.stopping } : {}),
      ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
      concurrency: deps.config.DELIVERY_CONCURRENCY,
    });
  const send = async (): Promise<TickSend> => (queue ? { ...NOTHING_SENT, queued: await queue.enqueueOpen() } : inProcess());
  const job = createDigestJob({
    subscriptions: deps.subscriptions,
    ledger: deps.ledger,
    outbox: deps.outbox,
    digests: deps.digests,
    clock: deps.clock,
    logger: log,
    catchUpMs: deps.config.CATCH_UP_HOURS * 3_600_000,
    send,
  });
  return { tick: () => job.tick(), send };
}

export interface DigestScheduler {
  /** A tick under the job lease: undefined when it failed, or when another process is ticking. */
  tick(): Promise<TickReport | undefined>;
  stop(): Promise<void>;
}

/** The shutdown signals (see src/shutdown.ts). */
export interface SchedulerLifecycle {
  stopRetrying?: AbortSignal;
}

export function startDigestScheduler(
  deps: DigestRunnerDeps & { config: Pick<Config, 'DIGEST_SCHEDULE'> },
  options: { api: Api; lifecycle?: SchedulerLifecycle; jobs: LeaseRunCoordinator; queue?: Pick<QueueDelivery, 'enqueueOpen'> },
): DigestScheduler {
  const { stopRetrying } = options.lifecycle ?? {};
  const pacer = createPacer();
  // A previous process may have sent a full second's worth just before it stopped (or crashed):
  // start one rate window later, so a restart mid fan-out doesn't earn a 429.
  pacer.backOff(0, 1100, deps.clock.now().getTime(), true);
  let stopping = false;
  const runner = createDigestRunner(deps, {
    api: options.api,
    pacer,
    // Ends early at shutdown, so stopping() must be true from that moment too (not only once
    // stop() runs, after the inbox has stopped): else the sender spins on sleeps that return at once.
    sleep: (ms) => abortableSleep(ms, stopRetrying),
    stopping: () => stopping || stopRetrying?.aborted === true,
    ...(options.queue ? { queue: options.queue } : {}),
  });
  const log = deps.logger.child({ job: 'digest' });
  let running: Promise<TickReport | undefined> | undefined;
  // One tick at a time in this process; the lease (taken by node-cron's coordinator, or by exclusive()) covers the others.
  const guarded = (work: () => Promise<TickReport | undefined>) => {
    running ??= work()
      .catch((error: unknown) => {
        log.error({ err: error, code: 'DIGEST_TICK_FAILED' }, 'digest tick failed; the next tick retries');
        return undefined;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const task = scheduleClusterWide(deps.config.DIGEST_SCHEDULE, 'digest', options.jobs, () => guarded(() => runner.tick()));
  const tick = () => guarded(() => options.jobs.exclusive('digest', () => runner.tick()));
  void tick();
  return {
    tick,
    async stop() {
      stopping = true;
      await task.stop();
      await running;
    },
  };
}
