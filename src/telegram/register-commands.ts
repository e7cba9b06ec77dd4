// Telegram's command menus, from the same registry as /help: everything in private chats and
// for group admins, the open queries for everyone else in groups. Each menu once without a language
// (English, for every client language we don't ship) and once per other locale, with
// `language_code` and the descriptions translated. A failure is logged, not fatal.
import type { Api } from 'grammy';
import { grammySignal } from './api-retry.js';
import type { Logger } from '../logger.js';
import type { CommandInfo } from './context.js';
import { commandDescription } from '../i18n/command-description.js';
import { translator } from '../i18n/fluent.js';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from '../i18n/locales.js';

const SCOPES = ['all_private_chats', 'all_chat_administrators', 'all_group_chats'] as const;

/** `signal` ends it early (a stop during an outage, when the calls are being retried). */
export async function registerCommands(api: Api, commands: readonly CommandInfo[], logger: Logger, signal?: AbortSignal): Promise<boolean> {
  let allSet = true;
  for (const locale of SUPPORTED_LOCALES) {
    const t = translator(locale);
    const entry = (c: CommandInfo) => ({ command: c.name, description: commandDescription(t, c) });
    const lists = { all: commands.map(entry), open: commands.filter((c) => !c.adminOnly).map(entry) };
    const language = locale === DEFAULT_LOCALE ? {} : { language_code: locale };
    // Each menu on its own: one refused menu must not cost the others.
    for (const scope of SCOPES) {
      if (signal?.aborted) return false;
      try {
        await api.setMyCommands(scope === 'all_group_chats' ? lists.open : lists.all, { scope: { type: scope }, ...language }, signal && grammySignal(signal));
      } catch (error) {
        allSet = false;
        if (signal?.aborted) return false; // stopped mid-outage: nothing to report
        logger.warn({ code: 'COMMAND_MENU_NOT_SET', err: error, scope, locale }, 'setMyCommands failed; the bot keeps running without this command menu');
      }
    }
  }
  return allSet;
}
