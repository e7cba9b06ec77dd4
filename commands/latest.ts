// /latest [n]: the newest n stories (default 5, at most 20).
import { defineCommand } from '../src/telegram/define-command.js';
import { replyHtml } from '../src/telegram/reply.js';
import { renderLatestHtml } from '../src/render/latest.js';

export const LATEST_DEFAULT = 5;
export const LATEST_MAX = 20;

export const latest = defineCommand({
  name: 'latest',
  description: 'The newest stories, e.g. /latest 10',
  handle: async (ctx, { articles }) => {
    const limit = parseLimit(ctx.match);
    if (limit === undefined) return replyHtml(ctx, `Usage: /latest [n], where n is a number from 1 to ${LATEST_MAX}.`);
    return replyHtml(ctx, renderLatestHtml(await articles.latest(limit)));
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
