// /latest [n]: the newest n stories (default 5, at most 20).
import { escapeHtml } from '../src/render/telegram-html.js';
import { defineCommand } from '../src/telegram/define-command.js';
import { replyHtml } from '../src/telegram/reply.js';
import { renderLatestHtml } from '../src/render/latest.js';
import { speechOf } from '../src/i18n/speech.js';

export const LATEST_DEFAULT = 5;
export const LATEST_MAX = 20;

export const latest = defineCommand({
  name: 'latest',
  description: 'The newest stories, e.g. /latest 10',
  handle: async (ctx, { articles }) => {
    const limit = parseLimit(ctx.match);
    const speech = speechOf(ctx);
    if (limit === undefined) return replyHtml(ctx, escapeHtml(speech.t('latest-usage', { max: LATEST_MAX })));
    return replyHtml(ctx, renderLatestHtml(await articles.latest(limit), speech));
  },
});

/** "" → default; "7" → 7; "500" → capped at the max; anything else → undefined (usage). */
export function parseLimit(argument: string): number | undefined {
  const text = argument.trim();
  if (!text) return LATEST_DEFAULT;
  if (!/^\d{1,6}$/.test(text)) return undefined;
  const n = Number(text);
  return n < 1 ? undefined : Math.min(n, LATEST_MAX);
}
