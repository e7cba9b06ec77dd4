// /ask and /search replies as Telegram HTML, plain text (the CLI) and JSON (pure).
import type { ArticleRecord } from '../articles/record.js';
import { DATE_UNKNOWN, formatDay } from '../render/format-date.js';
import { escapeHtml, link } from '../render/telegram-html.js';
import type { Speech } from '../i18n/translate.port.js';
import { ENGLISH_SPEECH } from '../render/speech-en.js';
import type { Answer } from './answer.js';

// The CLI's words (English); the bot's come from its reader's locale (locales/*.ftl) through a Speech.
export const DONT_KNOW = ENGLISH_SPEECH.t('ask-dont-know');

const linkOf = (r: ArticleRecord) => r.url ?? r.source.url;

/** Labels and dates in `speech`'s language; the quoted sentences and outlet names stay as published. */
export function renderAnswerHtml(answer: Answer, speech: Speech = ENGLISH_SPEECH): string {
  if (!answer.found) return escapeHtml(speech.t('ask-dont-know'));
  return answer.sentences
    .map((s) => `${escapeHtml(s.text)}\n<i>— ${link(s.source, s.url)}, ${escapeHtml(speech.day(s.publishedAt))}</i>`)
    .join('\n\n');
}

export function renderAnswerText(answer: Answer): string {
  if (!answer.found) return DONT_KNOW;
  return answer.sentences.map((s) => `${s.text}\n  — ${s.source}, ${formatDay(s.publishedAt)}${s.url ? ` · ${s.url}` : ''}`).join('\n');
}

/**
 * `newsbrief ask --json`: {question, found, by?, answer: [{text, source, url?, date}]}; date YYYY-MM-DD or "date
 * unknown"; `by`: "model" when a model wrote the (grounded) answer, "extract" when the articles' sentences are quoted.
 */
export function answerJson(answer: Answer & { by?: 'model' | 'extract' }) {
  return {
    question: answer.question,
    found: answer.found,
    ...(answer.by ? { by: answer.by } : {}),
    answer: answer.sentences.map((s) => ({
      text: s.text,
      source: s.source,
      ...(s.url ? { url: s.url } : {}),
      date: s.publishedAt ? s.publishedAt.slice(0, 10) : DATE_UNKNOWN,
    })),
  };
}

export function renderSearchHtml(words: string, records: readonly ArticleRecord[], speech: Speech = ENGLISH_SPEECH): string {
  const { t, day } = speech;
  if (records.length === 0) return escapeHtml(t('search-none', { words }));
  const lines = records.map((r, i) => {
    const read = linkOf(r) ? ` · ${link(t('search-read'), linkOf(r))}` : '';
    return `${i + 1}. <b>${escapeHtml(r.title)}</b>\n${escapeHtml(r.source.name)} · ${escapeHtml(day(r.publishedAt))}${read}`;
  });
  return [`<b>${escapeHtml(t('search-title', { words }))}</b>`, ...lines].join('\n\n');
}

export function renderSearchText(words: string, records: readonly ArticleRecord[]): string {
  if (records.length === 0) return ENGLISH_SPEECH.t('search-none', { words });
  return records.map((r, i) => `${i + 1}. ${r.title}\n   ${r.source.name} · ${formatDay(r.publishedAt)}${linkOf(r) ? ` · ${linkOf(r)}` : ''}`).join('\n');
}

/** `newsbrief search --json`: [{id, title, source, publishedAt, url?}]; publishedAt null when unknown. */
export function searchJson(records: readonly ArticleRecord[]) {
  return records.map((r) => ({ id: r.id, title: r.title, source: r.source.name, publishedAt: r.publishedAt ?? null, ...(r.url ? { url: r.url } : {}) }));
}
