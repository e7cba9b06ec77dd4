// node-cron drives the digest job: a tick every DIGEST_SCHEDULE (default every minute) and one
// at start-up, which is what catches up after downtime. Ticks never overlap; a failed tick is
// logged and the next one tries again.
import { Api } from 'grammy';
import cron from 'node-cron';
import type { App } from '../app.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { apiRetry } from '../telegram/api-retry.js';
import type { TelegramHealth } from '../telegram/telegram-health.js';
import { abortableSleep } from '../util/abort.js';
import { createDigestJob, type TickReport } from './digest-job.js';
import { createPacer } from './pacer.js';
import { sendOutbox } from './send-outbox.js';

export interface DigestScheduler {
  tick(): Promise<TickReport | undefined>;
  stop(): Promise<void>;
}

/** From the live bot: its /healthz tracker and the shutdown signals (see src/shutdown.ts). */
export interface SchedulerLifecycle {
  health?: TelegramHealth;
  stopRetrying?: AbortSignal;
  abortAll?: AbortSignal;
}

export function startDigestScheduler(app: App, config: Config, token: string, logger: Logger, lifecycle: SchedulerLifecycle = {}): DigestScheduler {
  const log = logger.child({ job: 'digest' });
  // Its own Api: the sender paces itself and handles 429s and 5xx explicitly, so api-retry makes
  // one attempt per call (maxAttempts 1) and only logs it, bounds it in time and cuts it at shutdown.
  const api = new Api(token, { apiRoot: config.TELEGRAM_API_ROOT });
  api.config.use(apiRetry({ logger: log, maxAttempts: 1, ...lifecycle }));
  const pacer = createPacer();
  // A previous process may have sent a full second's worth just before it stopped (or crashed):
  // start one rate window later, so a restart mid fan-out doesn't earn a 429.
  pacer.backOff(0, 1100, app.clock.now().getTime(), true);
  let stopping = false;
  const alert = async (text: string) => {
    log.warn({ alert: text }, 'operator alert');
    if (config.ADMIN_CHAT_ID !== undefined) {
      await api.sendMessage(config.ADMIN_CHAT_ID, `newsbrief: ${text}`).catch((error: unknown) => log.error({ err: error }, 'alert not delivered'));
    }
  };
  const job = createDigestJob({
    subscriptions: app.subscriptions,
    ledger: app.ledger,
    outbox: app.outbox,
    briefings: app.briefings,
    archive: app.archive,
    clock: app.clock,
    logger: log,
    catchUpMs: config.CATCH_UP_HOURS * 3_600_000,
    send: () =>
      sendOutbox({
        api,
        outbox: app.outbox,
        ledger: app.ledger,
        subscriptions: app.subscriptions,
        pacer,
        clock: app.clock,
        logger: log,
        alert,
        // Ends early at shutdown, so stopping() must be true from that moment too (not only once
        // stop() runs, after the inbox has stopped): else the sender spins on sleeps that return at once.
        sleep: (ms) => abortableSleep(ms, lifecycle.stopRetrying),
        stopping: () => stopping || lifecycle.stopRetrying?.aborted === true,
        concurrency: config.DELIVERY_CONCURRENCY,
      }),
  });
  let running: Promise<TickReport | undefined> | undefined;
  const tick = () => {
    running ??= job
      .tick()
      .catch((error: unknown) => {
        log.error({ err: error }, 'digest tick failed; the next tick retries');
        return undefined;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const task = cron.schedule(config.DIGEST_SCHEDULE, () => void tick(), { name: 'digest', noOverlap: true });
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
