// /start: what the bot does and how to begin.
import { defineCommand } from '../src/telegram/define-command.js';
import { replyHtml } from '../src/telegram/reply.js';

export const start = defineCommand({
  name: 'start',
  description: 'What this bot does',
  handle: (ctx) =>
    replyHtml(
      ctx,
      [
        '<b>newsbrief</b> turns news articles into short briefings.',
        '• /latest — the newest stories\n• /who Lukashenko — who someone is, by the stored articles\n• /digest — your digest as it would be now\n• /subscribe — get the digest every day',
        'Send /help for every command.',
      ].join('\n\n'),
    ),
});
