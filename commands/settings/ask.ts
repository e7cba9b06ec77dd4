// Asking a settings question in a group: the bot only sees replies to it there (privacy mode), so
// the question mentions the admin and asks with ForceReply.
import type { BotContext } from '../../src/telegram/context.js';
import { replyTarget } from '../../src/telegram/reply-target.js';
import { escapeHtml } from '../../src/render/telegram-html.js';
import { tr } from '../../src/i18n/tr.js';
import { promptText, type PromptKind } from './views.js';

/** In groups the bot only sees replies to it (privacy mode), so the question is asked with ForceReply. */
export async function askInGroup(ctx: BotContext, kind: PromptKind): Promise<void> {
  const user = ctx.from;
  if (!user) return;
  const mention = `<a href="tg://user?id=${user.id}">${escapeHtml(user.first_name)}</a>`;
  await ctx.reply(`${mention}: ${escapeHtml(promptText(kind, tr(ctx)))}`, {
    parse_mode: 'HTML', ...replyTarget(ctx),
    reply_markup: { force_reply: true, selective: true, input_field_placeholder: kind === 'time' ? 'HH:MM' : kind === 'timezone' ? 'Europe/Minsk' : 'belarus, sanctions' },
  });
}
