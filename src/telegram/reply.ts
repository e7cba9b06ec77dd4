// Sending HTML replies: split under Telegram's limit on line boundaries, sent in order.
import type { BotContext } from './context.js';
import { threadOf } from './define-command.js';
import { splitMessage } from './html.js';

export async function replyHtml(ctx: BotContext, html: string | readonly string[]): Promise<void> {
  const parts = typeof html === 'string' ? splitMessage(html) : html.flatMap((h) => splitMessage(h));
  for (const text of parts) {
    await ctx.reply(text, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      // Keep replies in the forum topic the command came from.
      ...threadOf(ctx),
    });
  }
}
