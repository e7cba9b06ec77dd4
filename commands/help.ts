// /help: every command, from the same registry that feeds Telegram's command menu, then examples
// that work on this store (the /digest date is the newest day this chat has an archived digest).
import type { CommandInfo } from '../src/telegram/context.js';
import { escapeHtml } from '../src/render/telegram-html.js';
import { defineCommand } from '../src/telegram/define-command.js';
import { replyHtml } from '../src/telegram/reply.js';
import { commandDescription } from '../src/i18n/command-description.js';
import { tr } from '../src/i18n/tr.js';

/** How far back /help looks for an archived digest to offer as the /digest YYYY-MM-DD example. */
const ARCHIVE_LOOKBACK_DAYS = 7;

export const help = defineCommand({
  name: 'help',
  description: 'List the commands',
  handle: async (ctx, { commands, digests, clock }) => {
    const examples = [...examplesOf(commands)];
    const chatId = ctx.chat?.id;
    // /help must answer even when the store is down: the dated example is a nicety.
    const day = await (chatId === undefined ? Promise.resolve(undefined) : digests.newestArchivedDay(chatId, clock.now(), ARCHIVE_LOOKBACK_DAYS)).catch((error: unknown) => {
      ctx.log.warn({ err: error, code: 'HELP_ARCHIVE_UNREADABLE' }, '/help: archive unreadable, no dated example');
      return undefined;
    });
    if (day) examples.splice(Math.min(2, examples.length), 0, `/digest ${day}`);
    const t = tr(ctx);
    return replyHtml(
      ctx,
      [
        `<b>${escapeHtml(t('help-title'))}</b>`,
        ...commands.map((c) => `/${c.name} — ${escapeHtml(commandDescription(t, c))}${c.adminOnly ? ` ${escapeHtml(t('help-admins'))}` : ''}`),
        '',
        `<b>${escapeHtml(t('help-try'))}</b>`,
        ...examples.map(escapeHtml),
      ].join('\n'),
    );
  },
});

/** The "e.g. /cmd args" examples in the command descriptions (the menu shows the same text). */
export function examplesOf(commands: readonly CommandInfo[]): string[] {
  return commands.flatMap((c) => {
    const m = /e\.g\. (\/\S.*)$/.exec(c.description);
    return m?.[1] ? [m[1].trim()] : [];
  });
}
