// `newsbrief start`: the live bot. Long polling through @grammyjs/runner by default, a webhook
// server when WEBHOOK_URL is set; the inbox schedule; command menus; graceful shutdown.
import { createHash } from 'node:crypto';
import { autoRetry } from '@grammyjs/auto-retry';
import { run, type RunnerHandle } from '@grammyjs/runner';
import { commands } from '../commands/index.js';
import { openApp } from './app.js';
import type { Config } from './config.js';
import { scheduleInbox } from './inbox/schedule-inbox.js';
import { startDigestScheduler } from './delivery/schedule-digests.js';
import { createLogger } from './logger.js';
import { createBot } from './telegram/create-bot.js';
import { registerCommands } from './telegram/register-commands.js';
import { startWebhookServer, type WebhookServer } from './telegram/webhook-server.js';

export async function runBot(config: Config): Promise<number> {
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) {
    process.stderr.write(
      'TELEGRAM_BOT_TOKEN is not set. Get a token from @BotFather and put it in .env (see .env.example),\n' +
        'or try the bot offline first: npm run demo\n',
    );
    return 2;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const app = await openApp(config, { logger });
  const bot = createBot(token, {
    deps: app.botDeps(),
    commands,
    apiRoot: config.TELEGRAM_API_ROOT,
    rateLimit: { limit: config.RATE_LIMIT_COUNT, windowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1000 },
  });
  // Telegram's 429 (flood wait) and transient 5xx are retried after the delay Telegram asks for.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));

  try {
    await bot.init();
  } catch (error) {
    logger.error({ err: error }, 'cannot reach Telegram with this token');
    process.stderr.write(
      `Telegram refused to start the bot: ${(error as Error).message}\nCheck TELEGRAM_BOT_TOKEN (from @BotFather) and TELEGRAM_API_ROOT.\n`,
    );
    await app.close();
    return 1;
  }
  await registerCommands(bot.api, commands, logger);
  const inbox = scheduleInbox({
    dir: config.INBOX_DIR,
    schedule: config.INBOX_SCHEDULE,
    ingestor: app.ingestor,
    maxBytes: config.MAX_ARTICLE_BYTES,
    clock: app.clock,
    logger,
  });

  const digests = startDigestScheduler(app, config, token, logger);

  let runner: RunnerHandle | undefined;
  let webhook: WebhookServer | undefined;
  if (config.WEBHOOK_URL) {
    // A secret derived from the token stays the same across restarts and instances.
    const secret = config.WEBHOOK_SECRET ?? createHash('sha256').update(`newsbrief-webhook:${token}`).digest('hex').slice(0, 48);
    const path = new URL(config.WEBHOOK_URL).pathname || '/';
    webhook = await startWebhookServer(bot, { port: config.PORT, path, secret, health: () => ({ mode: 'webhook', bot: bot.botInfo.username }) });
    await bot.api.setWebhook(config.WEBHOOK_URL, { secret_token: secret });
    logger.info({ bot: bot.botInfo.username, port: config.PORT, path }, 'bot started (webhook)');
  } else {
    // A webhook left over from an earlier webhook-mode run would make getUpdates fail (409).
    await bot.api.deleteWebhook().catch((error: unknown) => logger.warn({ err: error }, 'deleteWebhook failed'));
    runner = run(bot);
    logger.info({ bot: bot.botInfo.username }, 'bot started (long polling)');
  }

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down: finishing the updates in flight');
      let clean = true;
      // Each step on its own: one failing step must not keep the store open or hide the others.
      const step = async (name: string, run: () => Promise<unknown>) => {
        try {
          await run();
        } catch (error) {
          clean = false;
          logger.error({ err: error, step: name }, 'shutdown step failed');
        }
      };
      await step('inbox', () => inbox.stop());
      await step('digests', () => digests.stop());
      // Both stop taking new updates and resolve once the handlers in flight have finished.
      await step('polling', async () => (runner?.isRunning() ? runner.stop() : undefined));
      await step('webhook', async () => webhook?.close());
      await step('store', () => app.close());
      logger.info({ clean }, 'stopped');
      resolve(clean ? 0 : 1);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  });
}
