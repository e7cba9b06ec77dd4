// `newsbrief start`: the live bot (long polling via @grammyjs/runner), the inbox schedule,
// and a graceful shutdown that finishes in-flight handlers before closing the store.
import { autoRetry } from '@grammyjs/auto-retry';
import { run } from '@grammyjs/runner';
import { commands } from '../commands/index.js';
import { openApp } from './app.js';
import type { Config } from './config.js';
import { scheduleInbox } from './inbox/schedule-inbox.js';
import { createLogger } from './logger.js';
import { createBot } from './telegram/create-bot.js';

export async function runBot(config: Config): Promise<number> {
  if (!config.TELEGRAM_BOT_TOKEN) {
    process.stderr.write(
      'TELEGRAM_BOT_TOKEN is not set. Get a token from @BotFather and put it in .env (see .env.example),\n' +
        'or try the bot offline first: npm run demo\n',
    );
    return 2;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const app = await openApp(config, { logger });
  const bot = createBot(config.TELEGRAM_BOT_TOKEN, { deps: app.botDeps(), commands });
  // Telegram's 429 (flood wait) and transient 5xx are retried after the delay Telegram asks for.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));

  try {
    await bot.init();
  } catch (error) {
    logger.error({ err: error }, 'cannot reach Telegram with this token');
    process.stderr.write(
      `Telegram refused to start the bot: ${(error as Error).message}\nCheck TELEGRAM_BOT_TOKEN (from @BotFather) and the network.\n`,
    );
    await app.close();
    return 1;
  }

  const inbox = scheduleInbox({
    dir: config.INBOX_DIR,
    schedule: config.INBOX_SCHEDULE,
    ingestor: app.ingestor,
    maxBytes: config.MAX_ARTICLE_BYTES,
    clock: app.clock,
    logger,
  });
  const runner = run(bot);
  logger.info({ bot: bot.botInfo.username, store: config.STORE_URL.replace(/\/\/[^@/]*@/, '//***@') }, 'bot started');

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down: finishing in-flight updates');
      await inbox.stop();
      // runner.stop() stops fetching and resolves once the handlers in flight have finished.
      if (runner.isRunning()) await runner.stop();
      await app.close();
      logger.info('stopped');
      resolve(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  });
}
