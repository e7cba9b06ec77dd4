// /latest as Telegram HTML and as plain text (pure).
import type { ArticleRecord } from '../articles/record.js';
import { escapeHtml, link } from './telegram-html.js';
import { formatDay } from './format-date.js';

export function renderLatestHtml(records: readonly ArticleRecord[]): string {
  if (records.length === 0) return 'No stories stored yet. Articles appear here once they are ingested.';
  const lines = records.map((r, i) => {
    const title = `<b>${escapeHtml(r.title)}</b>`;
    const where = `${link(r.source.name, r.source.url)} · ${formatDay(r.publishedAt)}`;
    const read = r.url ? ` · ${link('read', r.url)}` : '';
    return `${i + 1}. ${title}\n${where}${read}`;
  });
  return [`<b>Latest ${records.length} ${records.length === 1 ? 'story' : 'stories'}</b>`, ...lines].join('\n\n');
}

export function renderLatestText(records: readonly ArticleRecord[]): string {
  if (records.length === 0) return 'No stories stored yet.';
  return records
    .map((r, i) => `${i + 1}. ${r.title}\n   ${r.source.name} · ${formatDay(r.publishedAt)}${r.url ? ` · ${r.url}` : ''}`)
    .join('\n');
}
