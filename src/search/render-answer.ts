// /ask and /search replies as Telegram HTML, plain text (the CLI) and JSON (pure).
import type { ArticleRecord } from '../articles/record.js';
import { DATE_UNKNOWN, formatDay } from '../render/format-date.js';
import { escapeHtml, link } from '../render/telegram-html.js';
import type { Answer } from './answer.js';

export const DONT_KNOW = "I don't know from the articles I have.";
export const NO_MATCHES = 'No stories match';
export const SEARCH_HEADER = 'Stories matching';

const linkOf = (r: ArticleRecord) => r.url ?? r.source.url;

export function renderAnswerHtml(answer: Answer): string {
  if (!answer.found) return escapeHtml(DONT_KNOW);
  return answer.sentences
    .map((s) => `${escapeHtml(s.text)}\n<i>— ${link(s.source, s.url)}, ${escapeHtml(formatDay(s.publishedAt))}</i>`)
    .join('\n\n');
}

export function renderAnswerText(answer: Answer): string {
  if (!answer.found) return DONT_KNOW;
  return answer.sentences.map((s) => `${s.text}\n  — ${s.source}, ${formatDay(s.publishedAt)}${s.url ? ` · ${s.url}` : ''}`).join('\n');
}

/** `newsbrief ask --json`: {question, found, answer: [{text, source, url?, date}]}; date YYYY-MM-DD or "date unknown". */
export function answerJson(answer: Answer) {
  return {
    question: answer.question,
    found: answer.found,
    answer: answer.sentences.map((s) => ({
      text: s.text,
      source: s.source,
      ...(s.url ? { url: s.url } : {}),
      date: s.publishedAt ? s.publishedAt.slice(0, 10) : DATE_UNKNOWN,
    })),
  };
}

export function renderSearchHtml(words: string, records: readonly ArticleRecord[]): string {
  if (records.length === 0) return `${NO_MATCHES} “${escapeHtml(words)}”.`;
  const lines = records.map((r, i) => {
    const read = linkOf(r) ? ` · ${link('read', linkOf(r))}` : '';
    return `${i + 1}. <b>${escapeHtml(r.title)}</b>\n${escapeHtml(r.source.name)} · ${escapeHtml(formatDay(r.publishedAt))}${read}`;
  });
  return [`<b>${SEARCH_HEADER} “${escapeHtml(words)}”</b>`, ...lines].join('\n\n');
}

export function renderSearchText(words: string, records: readonly ArticleRecord[]): string {
  if (records.length === 0) return `${NO_MATCHES} “${words}”.`;
  return records.map((r, i) => `${i + 1}. ${r.title}\n   ${r.source.name} · ${formatDay(r.publishedAt)}${linkOf(r) ? ` · ${linkOf(r)}` : ''}`).join('\n');
}

/** `newsbrief search --json`: [{id, title, source, publishedAt, url?}]; publishedAt null when unknown. */
export function searchJson(records: readonly ArticleRecord[]) {
  return records.map((r) => ({ id: r.id, title: r.title, source: r.source.name, publishedAt: r.publishedAt ?? null, ...(r.url ? { url: r.url } : {}) }));
}
