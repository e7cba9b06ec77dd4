// The real bot on the Bot API stand-in, as createBot assembles it (the i18n middleware first, right after deps),
// with the app's own chat-language store.
import { commands, features } from '../../commands/index.js';
import { language } from '../../commands/language.js';
import type { App } from '../../src/app.js';
import { OFFLINE_BOT_INFO } from '../../src/cli/fake-updates.js';
import type { ChatLanguageStore } from '../../src/store/chat-language.port.js';
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
  const languages = app.languages;
  const all = commands.some((c) => c.name === language.name) ? commands : [...commands, language];
  const bot = createBot(TOKEN, {
    deps: app,
    commands: all,
    features,
    botInfo: OFFLINE_BOT_INFO,
    apiRoot: telegram.apiRoot,
  });
  return { telegram, languages, bot, close: () => telegram.close() };
}
