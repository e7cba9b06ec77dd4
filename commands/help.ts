// /help: every command, from the same registry that feeds Telegram's command menu.
import { escapeHtml } from '../src/telegram/html.js';
import { defineCommand } from '../src/telegram/define-command.js';
import { replyHtml } from '../src/telegram/reply.js';

export const help = defineCommand({
  name: 'help',
  description: 'List the commands',
  handle: (ctx, { commands }) =>
    replyHtml(
      ctx,
      [
        '<b>Commands</b>',
        ...commands.map((c) => `/${c.name} — ${escapeHtml(c.description)}${c.adminOnly ? ' (admins, in groups)' : ''}`),
      ].join('\n'),
    ),
});
