// Bringing the live bot up against Telegram, for main.ts: getMe bounded by
// STARTUP_TIMEOUT_SECONDS, then the webhook (setWebhook, the server, a probe that lets /healthz
// recover) or long polling (deleteWebhook, the runner, its fatal 401/409 turned into one line).
import { createHash } from 'node:crypto';
import { run, type RunnerHandle } from '@grammyjs/runner';
import { Api, GrammyError, type Bot } from 'grammy';
import type { AppDeps } from './app.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { Shutdown } from './shutdown.js';
import { apiRetry, grammySignal } from './telegram/api-retry.js';
import type { BotContext } from './telegram/context.js';
import { explainTelegramRefusal, listenFailure, unreachableLine, type FatalLine } from './telegram/fatal-errors.js';
import type { HealthReport } from './telegram/health-server.js';
import type { TelegramHealth } from './telegram/telegram-health.js';
import { startWebhookServer, type WebhookServer } from './telegram/webhook-server.js';
import { linkSignals } from './util/abort.js';

/** How often webhook mode re-checks Telegram while /healthz says not ready (polling checks all the time). */
const PROBE_MS = 15_000;

export interface Running {
  bot: Bot<BotContext>;
  app: AppDeps;
  config: Config;
  logger: Logger;
  shutdown: Shutdown;
  health: TelegramHealth;
}

/**
 * The scheduler's own Api (built here, in the root, and passed in): the sender paces itself and
 * handles 429s and 5xx explicitly, so api-retry makes one attempt per call (maxAttempts 1) and only
 * logs it, bounds it in time and cuts it at shutdown.
 */
export function createDeliveryApi(
  token: string,
  options: { apiRoot: string; logger: Logger; health?: TelegramHealth; stopRetrying?: AbortSignal; abortAll?: AbortSignal },
): Api {
  const { apiRoot, logger, ...lifecycle } = options;
  const api = new Api(token, { apiRoot });
  api.config.use(apiRetry({ logger: logger.child({ job: 'digest' }), maxAttempts: 1, ...lifecycle }));
  return api;
}

/** getMe (retried until STARTUP_TIMEOUT_SECONDS); undefined when it worked or a stop was asked for. */
export async function initTelegram({ bot, config, shutdown, health }: Running): Promise<FatalLine | undefined> {
  const deadline = linkSignals([shutdown.stopping], config.STARTUP_TIMEOUT_SECONDS * 1000);
  try {
    await bot.init(grammySignal(deadline.signal));
    return undefined;
  } catch (error) {
    if (shutdown.stopping.aborted) return undefined;
    if (deadline.timedOut()) return unreachableLine(config.TELEGRAM_API_ROOT, config.STARTUP_TIMEOUT_SECONDS, health.lastFailure());
    return explainTelegramRefusal(error);
  } finally {
    deadline.dispose();
  }
}

export async function startWebhook({ bot, config, logger, shutdown, health }: Running, token: string, report: () => HealthReport): Promise<WebhookServer> {
  const url = config.WEBHOOK_URL ?? '';
  // A secret derived from the token stays the same across restarts and instances.
  const secret = config.WEBHOOK_SECRET ?? createHash('sha256').update(`newsbrief-webhook:${token}`).digest('hex').slice(0, 48);
  const path = new URL(url).pathname || '/';
  const webhook = await startWebhookServer(bot, { port: config.PORT, path, secret, logger, health: report, handlerTimeoutMs: config.WEBHOOK_HANDLER_TIMEOUT_SECONDS * 1000 });
  const deadline = linkSignals([shutdown.stopping], config.STARTUP_TIMEOUT_SECONDS * 1000);
  try {
    await bot.api.setWebhook(url, { secret_token: secret }, grammySignal(deadline.signal));
  } catch (error) {
    await webhook.close();
    throw error;
  } finally {
    deadline.dispose();
  }
  health.markStarted('webhook');
  logger.info({ bot: bot.botInfo.username, port: config.PORT, path }, 'bot started (webhook)');
  return webhook;
}

/** Another process on this store already polls: Telegram allows one getUpdates consumer per token. */
export class PollingTakenError extends Error {
  constructor(holder: string | undefined) {
    super(
      `newsbrief: another process${holder ? ` (${holder})` : ''} already polls this bot's updates on this store; ` +
        'Telegram allows one polling process per token: stop it, or set WEBHOOK_URL to run several processes',
    );
    this.name = 'PollingTakenError';
  }
}

/**
 * Held for the process's life (released when the store closes). On Redis it is renewed every third of this
 * while the process runs, and outlives a SIGKILLed holder by at most this long, so a newcomer waits that
 * long before refusing: a restart right after a crash still starts. (sqlite and PostgreSQL drop the lease
 * with the dead process: no wait.)
 */
const POLLING_LEASE_MS = 15_000;

async function takePollingLease(app: AppDeps, logger: Logger, stopping: AbortSignal): Promise<void> {
  const deadline = Date.now() + (app.store.backend === 'redis' ? POLLING_LEASE_MS + 1000 : 0);
  let told = false;
  for (;;) {
    if (await app.store.leases.tryAcquire('polling', POLLING_LEASE_MS)) return;
    const holder = await app.store.leases.holder('polling').catch(() => undefined);
    if (Date.now() >= deadline || stopping.aborted) throw new PollingTakenError(holder);
    if (!told) logger.warn({ code: 'POLLING_LEASE_WAIT', holder }, 'another process holds the polling lease; waiting for it to lapse (a crashed one) before refusing');
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export async function startPolling({ bot, app, config, logger, shutdown, health }: Running, onFatal: (f: FatalLine) => void): Promise<RunnerHandle> {
  // One poller per store, checked before anything touches Telegram: a second process says so and stops,
  // rather than cutting the first one's getUpdates (Telegram answers the older request 409, so the running
  // bot, not the newcomer, would be the one to die) or deleting a webhook the others serve.
  await takePollingLease(app, logger, shutdown.stopping);
  // A webhook left over from an earlier webhook-mode run would make getUpdates fail (409).
  const deadline = linkSignals([shutdown.stopping], config.STARTUP_TIMEOUT_SECONDS * 1000);
  await bot.api.deleteWebhook({}, grammySignal(deadline.signal)).catch((error: unknown) => logger.warn({ code: 'DELETE_WEBHOOK_FAILED', err: error }, 'deleteWebhook failed'));
  deadline.dispose();
  if (shutdown.stopping.aborted) throw new Error('stopped during start-up');
  // Outages are retried inside api-retry (logged, abortable); what reaches the runner is a stop,
  // or what it won't retry (401, 409): that ends the bot with one line. silent: its own
  // console.error would print the raw error.
  const runner = run(bot, { runner: { silent: true, retryInterval: 1000 } });
  runner.task()?.catch((error: unknown) => {
    // Telegram's refusal is one line below; only an unexpected error earns a stack.
    const fields = { code: 'POLLING_STOPPED', ...(error instanceof GrammyError ? { errorCode: error.error_code, description: error.description } : { err: error }) };
    logger.error(fields, 'long polling stopped');
    onFatal(explainTelegramRefusal(error));
  });
  health.markStarted('polling');
  logger.info({ bot: bot.botInfo.username }, 'bot started (long polling)');
  return runner;
}

/**
 * Webhook mode makes Telegram calls only while handling updates, so after an outage /healthz
 * would stay 503 until the next one: while not ready, a bounded getMe every PROBE_MS tells
 * whether Telegram is back (polling needs none: getUpdates never stops). Returns the stop.
 */
export function startProbe(bot: Bot<BotContext>, health: TelegramHealth): () => void {
  const probe = async () => {
    if (health.status().ready) return;
    await bot.api.getMe(grammySignal(AbortSignal.timeout(10_000))).catch(() => undefined);
  };
  const timer = setInterval(() => void probe(), PROBE_MS).unref();
  return () => clearInterval(timer);
}

/** The line for setWebhook/deleteWebhook failing at start-up: refused, or out of time. */
export function explainStartFailure(error: unknown, { config, health }: Running): FatalLine {
  const local = listenFailure(error);
  if (local) return local;
  if (error instanceof PollingTakenError) return { line: error.message, exitCode: 1 };
  return error instanceof GrammyError
    ? explainTelegramRefusal(error)
    : unreachableLine(config.TELEGRAM_API_ROOT, config.STARTUP_TIMEOUT_SECONDS, health.lastFailure());
}
