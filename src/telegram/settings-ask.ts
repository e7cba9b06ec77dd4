// Asking a settings question in a group: the bot only sees replies to it there (privacy mode), so
// the question mentions the admin and asks with ForceReply.
import type { BotContext } from './context.js';
import { escapeHtml } from './html.js';
import { topicOf } from './settings-access.js';
import { PROMPTS, type PromptKind } from './settings-menu.js';

/** In groups the bot only sees replies to it (privacy mode), so the question is asked with ForceReply. */
export async function askInGroup(ctx: BotContext, kind: PromptKind): Promise<void> {
  const user = ctx.from;
  if (!user) return;
  const mention = `<a href="tg://user?id=${user.id}">${escapeHtml(user.first_name)}</a>`;
  await ctx.reply(`${mention}: ${escapeHtml(PROMPTS[kind])}`, {
    parse_mode: 'HTML', ...topicOf(ctx),
    reply_markup: { force_reply: true, selective: true, input_field_placeholder: kind === 'time' ? 'HH:MM' : kind === 'timezone' ? 'Europe/Minsk' : 'belarus, sanctions' },
  });
}
