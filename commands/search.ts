// /search <words>: the newest stored stories that match every word (title, outlet, date, link).
import { escapeHtml } from '../src/render/telegram-html.js';
import { defineCommand } from '../src/telegram/define-command.js';
import { replyHtml } from '../src/telegram/reply.js';
import { renderSearchHtml } from '../src/search/render-answer.js';

export const SEARCH_USAGE = 'Usage: /search <words>, e.g. /search Belavia sanctions';
export const SEARCH_TOO_LONG = 'Those are too many words to search for. Please use fewer.';
export const SEARCH_MAX = 10;
const MAX_WORDS_CHARS = 200;

export const search = defineCommand({
  name: 'search',
  description: 'Find stories by words, e.g. /search Belavia sanctions',
  handle: async (ctx, deps) => {
    const words = ctx.match.trim().replace(/\s+/g, ' ');
    if (!words) return replyHtml(ctx, escapeHtml(SEARCH_USAGE));
    if (words.length > MAX_WORDS_CHARS) return replyHtml(ctx, escapeHtml(SEARCH_TOO_LONG));
    return replyHtml(ctx, renderSearchHtml(words, await deps.search.newest(words, SEARCH_MAX)));
  },
});
