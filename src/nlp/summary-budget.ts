// A summary of raw article texts within a word budget (the `summarize --jsonl` command and its eval): paragraphs
// are the texts' blank-line-separated blocks; sentences are picked while the budget lasts, and the text is then cut
// at the budget's last word ("…" marks a cut), counting words as ROUGE does (letters, digits, marks, "_").
import { summarizeExtractive } from './summarize-extractive.js';

const WORD_RE = /[\p{L}\p{N}\p{M}_]+/gu;

/** At most `words` words summarising the texts (one event told by one or more articles). */
export function summarizeTexts(texts: readonly string[], words: number): string {
  const docs = texts.map((text) => ({ paragraphs: text.split(/\s*\n\s*\n\s*/).filter((p) => p.trim() !== '') }));
  return cutToWords(summarizeExtractive(docs, { maxWords: words }).join(' '), words);
}

/** The text up to (not including) its (max+1)-th word; "…" when something was cut. */
export function cutToWords(text: string, max: number): string {
  let count = 0;
  for (const m of text.matchAll(WORD_RE)) {
    if (++count > max) return `${text.slice(0, m.index).replace(/[\s,;:—–-]+$/, '')} …`;
  }
  return text;
}
