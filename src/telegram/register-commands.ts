// Telegram's command menus, from the same registry as /help: everything in private chats and
// for group admins, the open queries for everyone else in groups. A failure is logged, not fatal.
import type { Api } from 'grammy';
import { grammySignal } from './api-retry.js';
import type { Logger } from '../logger.js';
import type { CommandInfo } from './context.js';

/** `signal` ends it early (a stop during an outage, when the calls are being retried). */
export async function registerCommands(api: Api, commands: readonly CommandInfo[], logger: Logger, signal?: AbortSignal): Promise<boolean> {
  const all = commands.map((c) => ({ command: c.name, description: c.description }));
  const open = commands.filter((c) => !c.adminOnly).map((c) => ({ command: c.name, description: c.description }));
  const menus = [
    { scope: 'all_private_chats', list: all },
    { scope: 'all_chat_administrators', list: all },
    { scope: 'all_group_chats', list: open },
  ] as const;
  let allSet = true;
  // Each menu on its own: one refused menu must not cost the others.
  for (const { scope, list } of menus) {
    if (signal?.aborted) return false;
    try {
      await api.setMyCommands(list, { scope: { type: scope } }, signal && grammySignal(signal));
    } catch (error) {
      allSet = false;
      if (signal?.aborted) return false; // stopped mid-outage: nothing to report
      logger.warn({ code: 'COMMAND_MENU_NOT_SET', err: error, scope }, 'setMyCommands failed; the bot keeps running without this command menu');
    }
  }
  return allSet;
}
