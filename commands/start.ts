// /start: what the bot does and how to begin.
import { tr } from '../src/i18n/tr.js';
import { defineCommand } from '../src/telegram/define-command.js';
import { replyHtml } from '../src/telegram/reply.js';

export const start = defineCommand({
  name: 'start',
  description: 'What this bot does',
  handle: (ctx) => {
    const t = tr(ctx);
    return replyHtml(ctx, [t('start-intro'), t('start-list'), t('start-help')].join('\n\n'));
  },
});
