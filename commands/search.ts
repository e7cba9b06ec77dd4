// /search <words>: the newest stored stories that match every word (title, outlet, date, link).
import { escapeHtml } from '../src/render/telegram-html.js';
import { defineCommand } from '../src/telegram/define-command.js';
import { replyHtml } from '../src/telegram/reply.js';
import { renderSearchHtml } from '../src/search/render-answer.js';
import { speechOf } from '../src/i18n/speech.js';
export const SEARCH_MAX = 10;
const MAX_WORDS_CHARS = 200;

export const search = defineCommand({
  name: 'search',
  description: 'Find stories by words, e.g. /search Belavia sanctions',
  handle: async (ctx, deps) => {
    const speech = speechOf(ctx);
    const words = ctx.match.trim().replace(/\s+/g, ' ');
    if (!words) return replyHtml(ctx, escapeHtml(speech.t('search-usage')));
    if (words.length > MAX_WORDS_CHARS) return replyHtml(ctx, escapeHtml(speech.t('search-too-long')));
    return replyHtml(ctx, renderSearchHtml(words, await deps.search.newest(words, SEARCH_MAX), speech));
  },
});
