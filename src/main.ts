// `newsbrief start`: the live bot. Long polling through @grammyjs/runner by default, a webhook
// server when WEBHOOK_URL is set; the inbox, sources and digest schedules (failing sources alerted by Telegram),
// each run once cluster-wide on the store's job leases; with QUEUE_URL a delivery worker on the shared BullMQ queue in
// every process; command menus; /healthz (Telegram, the store, the leases this process holds, the queue); graceful shutdown.
// Start-up is bounded (STARTUP_TIMEOUT_SECONDS); once running, Telegram outages are retried with a
// capped back-off (src/telegram/api-retry.ts) and a stop still ends within seconds.
import type { RunnerHandle } from '@grammyjs/runner';
import { commands, features } from '../commands/index.js';
import { openApp } from './app.js';
import { appPoller } from './app-poller.js';
import { createDeliveryApi, explainStartFailure, initTelegram, startPolling, startProbe, startWebhook, type Running } from './bot-start.js';
import type { Config } from './config.js';
import { scheduleInbox } from './inbox/schedule-inbox.js';
import { scheduleSources } from './sources/schedule-sources.js';
import { createOperatorAlert } from './delivery/operator-alert.js';
import { startQueueDelivery, type QueueDelivery } from './delivery/queue-delivery.js';
import { startDigestScheduler } from './delivery/schedule-digests.js';
import { createLogger, type Logger } from './logger.js';
import { createLeaseRunCoordinator, type LeaseRunCoordinator } from './store/lease-run-coordinator.js';
import { watchShutdown } from './shutdown.js';
import { apiRetry } from './telegram/api-retry.js';
import { createBot } from './telegram/create-bot.js';
import type { FatalLine } from './telegram/fatal-errors.js';
import { probeStore, startHealthServer, withCluster, type HealthReport, type HealthServer, type StoreProbe } from './telegram/health-server.js';
import { registerCommands } from './telegram/register-commands.js';
import { createSourceAlerts } from './telegram/source-alerts.js';
import { createTelegramHealth } from './telegram/telegram-health.js';
import type { WebhookServer } from './telegram/webhook-server.js';
import { abortableSleep } from './util/abort.js';

export async function runBot(config: Config): Promise<number> {
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) {
    process.stderr.write(
      'TELEGRAM_BOT_TOKEN is not set. Get a token from @BotFather and put it in .env (see .env.example),\n' +
        'or try the bot offline first: npm run demo\n',
    );
    return 2;
  }
  const logger = createLogger(config.LOG_LEVEL, { secrets: [token] });
  // Signals are watched from the start: a SIGTERM while start-up waits on Telegram ends it too.
  const shutdown = watchShutdown({ logger });
  const health = createTelegramHealth({ now: Date.now });
  const mode = config.WEBHOOK_URL ? 'webhook' : 'polling';
  // Known once getMe answered; /healthz reports it from then on.
  const botName: { username?: string } = {};
  // Known once the store is open: its last ping, and the job leases (which scheduled jobs this process runs now).
  const cluster: { probe?: StoreProbe; jobs?: LeaseRunCoordinator; queue?: QueueDelivery } = {};
  const report = (): HealthReport => {
    const store = cluster.probe?.status();
    const queue = cluster.queue?.health();
    return withCluster(
      { ...health.status(), mode, ...(botName.username ? { bot: botName.username } : {}) },
      { ...(store ? { store } : {}), ...(cluster.jobs ? { leases: cluster.jobs.held() } : {}), ...(queue ? { queue } : {}) },
    );
  };
  const healthServer = config.HEALTH_PORT ? await startHealthServer(config.HEALTH_PORT, report) : undefined;
  let app: Awaited<ReturnType<typeof openApp>>;
  try {
    app = await openApp(config, { logger });
  } catch (error) {
    // Nothing else may keep the process alive: the health listener and the signal watchers go too.
    await healthServer?.close();
    shutdown.dispose();
    throw error;
  }
  const probe = probeStore(app.store);
  cluster.probe = probe;
  const jobs = createLeaseRunCoordinator(app.store, { logger });
  cluster.jobs = jobs;
  const bot = createBot(token, {
    deps: app,
    commands,
    features,
    apiRoot: config.TELEGRAM_API_ROOT,
    rateLimit: { limit: config.RATE_LIMIT_COUNT, windowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1000 },
    // Behind a webhook load balancer on a shared store, other processes take this chat's updates too.
    // Shared stores only: on sqlite each lease name keeps a connection open for the store's life (sqlite-leases.ts).
    ...(mode === 'webhook' && app.store.shared ? { chatLeases: app.store.leases } : {}),
  });
  bot.api.config.use(apiRetry({ logger, health, stopRetrying: shutdown.stopping, abortAll: shutdown.abortAll }));
  // Past createBot's boundary (its own middleware): through pino (token scrubbed), not grammY's console.error.
  bot.catch((error) => logger.error({ code: 'UPDATE_FAILED_OUTSIDE_BOUNDARY', err: error.error, updateId: error.ctx.update.update_id }, 'update failed outside the error boundary'));
  const ctx: Running = { bot, app, config, logger, shutdown, health };

  const fatal = await initTelegram(ctx);
  if (fatal !== undefined || shutdown.stopping.aborted) {
    if (fatal) process.stderr.write(`${fatal.line}\n`);
    probe.stop();
    await Promise.allSettled([app.close(), healthServer?.close()]);
    shutdown.dispose();
    return fatal?.exitCode ?? 0;
  }
  botName.username = bot.botInfo.username;
  // Menus are cosmetic: set them in the background (retried through an outage, ended by a stop).
  void registerCommands(bot.api, commands, logger, shutdown.stopping);
  return serve(ctx, token, healthServer, report, { jobs, probe, cluster });
}

async function serve(
  ctx: Running,
  token: string,
  healthServer: HealthServer | undefined,
  report: () => HealthReport,
  { jobs, probe, cluster }: { jobs: LeaseRunCoordinator; probe: StoreProbe; cluster: { queue?: QueueDelivery } },
): Promise<number> {
  const { bot, app, config, logger, shutdown, health } = ctx;
  // One delivery api (one attempt per call) for digests and failing-source alerts.
  const api = createDeliveryApi(token, { apiRoot: config.TELEGRAM_API_ROOT, logger, health, stopRetrying: shutdown.stopping, abortAll: shutdown.abortAll });
  // QUEUE_URL (a Redis STORE_URL by default; config.ts refuses it beside sqlite): every process sends from the
  // shared queue. Without it the digest tick sends in-process, one process at a time under the digest lease.
  let queue: QueueDelivery | undefined;
  if (config.QUEUE_URL && app.store.shared) {
    const log = logger.child({ job: 'digest' });
    try {
      queue = await startQueueDelivery({
        url: config.QUEUE_URL,
        namespace: config.STORE_NAMESPACE,
        deps: { api, outbox: app.outbox, ledger: app.ledger, subscriptions: app.subscriptions, sources: app.sources, clock: app.clock, logger: log, alert: createOperatorAlert(api, log, config.ADMIN_CHAT_ID) },
        logger: log,
        concurrency: config.DELIVERY_CONCURRENCY,
      });
      cluster.queue = queue;
    } catch (error) {
      // Never fall back to sending in-process beside a queue other processes use: stop with one line.
      process.stderr.write(`${(error as Error).message}\n`);
      probe.stop();
      await Promise.allSettled([app.close(), healthServer?.close()]);
      shutdown.dispose();
      return 1;
    }
  }
  const inbox = scheduleInbox({
    dir: config.INBOX_DIR,
    schedule: config.INBOX_SCHEDULE,
    ingestor: app.ingestor,
    maxBytes: config.MAX_ARTICLE_BYTES,
    clock: app.clock,
    logger,
    jobs,
  });
  const alerts = createSourceAlerts({ api, logger, ...(config.ADMIN_CHAT_ID === undefined ? {} : { adminChatId: config.ADMIN_CHAT_ID }) });
  const sources = scheduleSources({ schedule: config.SOURCES_SCHEDULE, poller: appPoller(app, { alerts }), clock: app.clock, logger, jobs });
  const digests = startDigestScheduler(app, { api, lifecycle: { stopRetrying: shutdown.stopping }, jobs, ...(queue ? { queue } : {}) });
  let fatal: FatalLine | undefined;
  let runner: RunnerHandle | undefined;
  let webhook: WebhookServer | undefined;
  let stopProbe = () => {};
  try {
    if (config.WEBHOOK_URL) {
      webhook = await startWebhook(ctx, token, report);
      stopProbe = startProbe(bot, health);
    } else {
      runner = await startPolling(ctx, (f) => {
        fatal ??= f;
        shutdown.request('polling stopped');
      });
    }
  } catch (error) {
    // setWebhook refused or timed out, or the stop came during start-up: the steps below still run.
    if (!shutdown.stopping.aborted) fatal = explainStartFailure(error, ctx);
    shutdown.request('start-up failed');
  }
  const reason = await shutdown.requested;
  logger.info({ reason }, 'shutting down: finishing the updates in flight');
  if (fatal) process.stderr.write(`${fatal.line}\n`);
  stopProbe();
  const clean = await stopAll(logger, [
    ['inbox', () => inbox.stop()],
    ['sources', () => sources.stop()],
    ['digests', () => digests.stop()],
    // The worker's message in flight ends (its progress saved) before the store closes.
    ['queue', async () => queue?.close()],
    // Both stop taking new updates and resolve once the handlers in flight have finished.
    ['polling', async () => runner && stopRunner(runner, shutdown.abortAll)],
    ['webhook', async () => webhook?.close()],
    ['health', async () => {
      probe.stop();
      await healthServer?.close();
    }],
    ['store', () => app.close()],
  ]);
  logger.info({ clean }, 'stopped');
  shutdown.dispose();
  return fatal?.exitCode ?? (clean ? 0 : 1);
}

/**
 * runner.stop() ends the polling loop but not the handlers it started: wait for those too (until
 * the shutdown grace ends), so their replies go out before the store closes.
 */
async function stopRunner(runner: RunnerHandle, abortAll: AbortSignal): Promise<void> {
  if (runner.isRunning()) await runner.stop();
  while (runner.size() > 0 && !abortAll.aborted) await abortableSleep(50, abortAll);
}

/** Runs each shutdown step on its own: one failing step must not keep the store open or hide the others. */
async function stopAll(logger: Logger, steps: [string, () => Promise<unknown>][]): Promise<boolean> {
  let clean = true;
  for (const [name, step] of steps) {
    try {
      await step();
    } catch (error) {
      clean = false;
      logger.error({ code: 'SHUTDOWN_STEP_FAILED', err: error, step: name }, 'shutdown step failed');
    }
  }
  return clean;
}
