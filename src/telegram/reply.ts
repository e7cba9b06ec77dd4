// Sending HTML replies: split under Telegram's limit on the parsed text, sent in order. A piece
// Telegram still refuses for its text (markup, empty, too long) goes again as plain text, so the
// user gets an answer, and the operator finds the refusal in the log under REPLY_HTML_REFUSED.
import type { BotContext } from './context.js';
import { replyTarget } from './reply-target.js';
import { plainTextMessages, splitMessage } from '../render/telegram-html.js';
import { isRefusedText } from './refused-text.js';

export async function replyHtml(ctx: BotContext, html: string | readonly string[]): Promise<void> {
  const parts = typeof html === 'string' ? splitMessage(html) : html.flatMap((h) => splitMessage(h));
  // Link previews off; keep replies in the forum topic the command came from.
  const options = { link_preview_options: { is_disabled: true }, ...replyTarget(ctx) };
  for (const text of parts) {
    try {
      await ctx.reply(text, { parse_mode: 'HTML', ...options });
    } catch (error) {
      if (!isRefusedText(error)) throw error;
      ctx.log.warn({ code: 'REPLY_HTML_REFUSED', description: error.description, chatId: ctx.chat?.id }, 'Telegram refused a reply as HTML; sending it as plain text');
      for (const plain of plainTextMessages(text)) await ctx.reply(plain, options);
    }
  }
}
