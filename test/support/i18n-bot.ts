// The real bot on the Bot API stand-in, with the i18n middleware installed the way createBot will
// install it (first, right after deps): here passed as the first feature, since createBot doesn't yet.
import { Composer } from 'grammy';
import { commands, features } from '../../commands/index.js';
import { language } from '../../commands/language.js';
import type { App } from '../../src/app.js';
import { OFFLINE_BOT_INFO } from '../../src/cli/fake-updates.js';
import { i18nMiddleware } from '../../src/i18n/middleware.js';
import { createKeyvChatLanguageStore } from '../../src/store/keyv-chat-language.js';
import type { ChatLanguageStore } from '../../src/store/chat-language.port.js';
import type { BotContext } from '../../src/telegram/context.js';
import { createBot } from '../../src/telegram/create-bot.js';
import { startFakeTelegram, type FakeTelegram } from './fake-telegram.js';
import { TOKEN } from './bot-harness.js';

export interface I18nBot {
  telegram: FakeTelegram;
  languages: ChatLanguageStore;
  bot: ReturnType<typeof createBot>;
  close(): Promise<void>;
}

export async function createI18nBot(app: App): Promise<I18nBot> {
  const telegram = await startFakeTelegram();
  const languages = createKeyvChatLanguageStore(app.store.kv);
  const all = commands.some((c) => c.name === language.name) ? commands : [...commands, language];
  const bot = createBot(TOKEN, {
    deps: app,
    commands: all,
    features: [new Composer<BotContext>(i18nMiddleware({ languages, clock: app.clock })), ...features],
    botInfo: OFFLINE_BOT_INFO,
    apiRoot: telegram.apiRoot,
  });
  return { telegram, languages, bot, close: () => telegram.close() };
}
