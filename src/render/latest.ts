// /latest as Telegram HTML and as plain text (pure).
import type { AlsoIn, ArticleRecord } from '../articles/record.js';
import { outletCountKey } from '../articles/source.js';
import { escapeHtml, link } from './telegram-html.js';
import { formatDay } from './format-date.js';

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
function alsoLine(r: ArticleRecord, name: (a: AlsoIn) => string): string {
  const also = poolAlsoIn(r);
  if (also.length === 0) return '';
  const more = also.length > ALSO_SHOWN ? ` +${also.length - ALSO_SHOWN} more` : '';
  return ` (also: ${also.slice(0, ALSO_SHOWN).map(name).join(', ')}${more})`;
}
const alsoHtml = (r: ArticleRecord) => alsoLine(r, (a) => link(a.name, a.articleUrl ?? a.url));
const alsoText = (r: ArticleRecord) => alsoLine(r, (a) => a.name);

export function renderLatestHtml(records: readonly ArticleRecord[]): string {
  if (records.length === 0) return 'No stories stored yet. Articles appear here once they are ingested.';
  const lines = records.map((r, i) => {
    const title = `<b>${escapeHtml(r.title)}</b>`;
    const where = `${link(r.source.name, r.source.url)}${alsoHtml(r)} · ${formatDay(r.publishedAt)}`;
    const read = r.url ? ` · ${link('read', r.url)}` : '';
    return `${i + 1}. ${title}\n${where}${read}`;
  });
  return [`<b>Latest ${records.length} ${records.length === 1 ? 'story' : 'stories'}</b>`, ...lines].join('\n\n');
}

export function renderLatestText(records: readonly ArticleRecord[]): string {
  if (records.length === 0) return 'No stories stored yet.';
  return records
    .map((r, i) => `${i + 1}. ${r.title}\n   ${r.source.name}${alsoText(r)} · ${formatDay(r.publishedAt)}${r.url ? ` · ${r.url}` : ''}`)
    .join('\n');
}
