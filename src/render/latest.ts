// /latest as Telegram HTML and as plain text (pure), in the digest's compact style: each story a bold headline
// linked to its article, then an italic source line ("AP News · 12 Sep 2025 · also: Reuters, DW · +2 more")
// that reads apart from the headline. No bare URLs in the chat: the headline is the link.
import type { AlsoIn, ArticleRecord } from '../articles/record.js';
import { outletCountKey } from '../articles/source.js';
import { escapeAttr, escapeHtml, link } from './telegram-html.js';
import type { Speech } from '../i18n/translate.port.js';
import { ENGLISH_SPEECH } from './speech-en.js';

/** At most this many other outlets are named per story, so a wire story carried by dozens stays one line. */
const ALSO_SHOWN = 3;

/**
 * The other outlets that carried the story (record.alsoIn: merged copies), after the outlet; '' when none.
 * /latest is not per chat, so only outlets a pool origin brought are named (an entry with `from` and no chat
 * `scope`): a chat's own sources are that chat's business. Each name once, never the primary's again.
 */
function poolAlsoIn(r: ArticleRecord): AlsoIn[] {
  const seen = new Set([outletCountKey(r.source.name)]);
  return (r.alsoIn ?? []).filter((a) => {
    const key = outletCountKey(a.name);
    if (a.from === undefined || a.scope !== undefined || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The parts of a story's source line, each already rendered by `name` (HTML link or plain name) and `esc`:
 * outlet, day, then "also: A, B, C" and "+N more" when other outlets carried it.
 */
function sourceParts(r: ArticleRecord, speech: Speech, name: (n: string, url: string | undefined) => string, esc: (s: string) => string): string[] {
  const { t, day } = speech;
  const parts = [name(r.source.name, r.source.url), esc(day(r.publishedAt))];
  const also = poolAlsoIn(r);
  if (also.length) parts.push(esc(t('latest-also', { names: '\u0000' })).replace('\u0000', also.slice(0, ALSO_SHOWN).map((a) => name(a.name, a.articleUrl ?? a.url)).join(', ')));
  if (also.length > ALSO_SHOWN) parts.push(esc(t('latest-more', { count: also.length - ALSO_SHOWN })));
  return parts;
}

const isLinkable = (url: string | undefined): url is string => url !== undefined && /^https?:\/\/\S+$/i.test(url);

/** Labels and dates in `speech`'s language; titles and outlet names stay as published. */
export function renderLatestHtml(records: readonly ArticleRecord[], speech: Speech = ENGLISH_SPEECH): string {
  const { t } = speech;
  if (records.length === 0) return escapeHtml(t('latest-empty'));
  const stories = records.map((r) => {
    const title = `<b>${escapeHtml(r.title)}</b>`;
    const headline = isLinkable(r.url) ? `<a href="${escapeAttr(r.url)}">${title}</a>` : title;
    return `${headline}\n<i>${sourceParts(r, speech, link, escapeHtml).join(' · ')}</i>`;
  });
  return [`<b>${escapeHtml(t('latest-title', { count: records.length }))}</b>`, ...stories].join('\n\n');
}

/** The same layout for the terminal: numbered headlines, the source line under each, the article's link last. */
export function renderLatestText(records: readonly ArticleRecord[]): string {
  if (records.length === 0) return 'No stories stored yet.';
  const plain = (s: string) => s;
  return records
    .map((r, i) => {
      const lines = [`${i + 1}. ${r.title}`, `   ${sourceParts(r, ENGLISH_SPEECH, plain, plain).join(' · ')}`];
      if (r.url) lines.push(`   <${r.url}>`);
      return lines.join('\n');
    })
    .join('\n');
}
