// /latest as Telegram HTML and as plain text (pure).
import type { AlsoIn, ArticleRecord } from '../articles/record.js';
import { outletCountKey } from '../articles/source.js';
import { escapeHtml, link } from './telegram-html.js';
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
function alsoLine(r: ArticleRecord, name: (a: AlsoIn) => string, { t }: Speech): string {
  const also = poolAlsoIn(r);
  if (also.length === 0) return '';
  const more = also.length > ALSO_SHOWN ? ` ${t('latest-more', { count: also.length - ALSO_SHOWN })}` : '';
  return ` (${t('latest-also', { names: also.slice(0, ALSO_SHOWN).map(name).join(', ') })}${more})`;
}
const alsoHtml = (r: ArticleRecord, speech: Speech) => alsoLine(r, (a) => link(a.name, a.articleUrl ?? a.url), speech);
const alsoText = (r: ArticleRecord) => alsoLine(r, (a) => a.name, ENGLISH_SPEECH);

/** Labels and dates in `speech`'s language; titles and outlet names stay as published. */
export function renderLatestHtml(records: readonly ArticleRecord[], speech: Speech = ENGLISH_SPEECH): string {
  const { t, day } = speech;
  if (records.length === 0) return escapeHtml(t('latest-empty'));
  const lines = records.map((r, i) => {
    const title = `<b>${escapeHtml(r.title)}</b>`;
    const where = `${link(r.source.name, r.source.url)}${alsoHtml(r, speech)} · ${escapeHtml(day(r.publishedAt))}`;
    const read = r.url ? ` · ${link(t('latest-read'), r.url)}` : '';
    return `${i + 1}. ${title}\n${where}${read}`;
  });
  return [`<b>${escapeHtml(t('latest-title', { count: records.length }))}</b>`, ...lines].join('\n\n');
}

export function renderLatestText(records: readonly ArticleRecord[]): string {
  if (records.length === 0) return 'No stories stored yet.';
  return records
    .map((r, i) => `${i + 1}. ${r.title}\n   ${r.source.name}${alsoText(r)} · ${ENGLISH_SPEECH.day(r.publishedAt)}${r.url ? ` · ${r.url}` : ''}`)
    .join('\n');
}
