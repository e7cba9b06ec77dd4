// Summary candidates: every sentence of every document, cleaned (dateline off), without notices, fragments
// and repeats, with the word tokens the scorer needs.
import { noticeKind } from './boilerplate-notices.js';
import { splitSentences } from './sentences.js';

export interface SummaryDocument {
  title?: string;
  paragraphs: readonly string[];
}

export interface Candidate {
  text: string;
  /** Index of its document (the caller's order: the most central first). */
  doc: number;
  /** Index among its document's candidates. */
  position: number;
  /** Lower-cased word tokens. */
  tokens: string[];
}

const MIN_WORDS = 6;
const MAX_WORDS = 70;
const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export const tokensOf = (text: string): string[] => text.toLowerCase().match(WORD_RE) ?? [];

/** Candidates of all documents; `strict` off keeps anything with a letter that is no notice (short items with nothing better). */
export function collectCandidates(docs: readonly SummaryDocument[], strict: boolean): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  docs.forEach((doc, d) => {
    let position = 0;
    for (const paragraph of doc.paragraphs) {
      for (const s of splitSentences(paragraph)) {
        const text = stripDateline(s.text.replace(/\s+/g, ' ').trim());
        if (strict ? isBoilerplate(text) : !/\p{L}/u.test(text) || noticeKind(text) !== undefined) continue;
        const key = text.toLowerCase();
        if (seen.has(key)) continue; // syndicated copies repeat sentences verbatim
        seen.add(key);
        out.push({ text, doc: d, position: position++, tokens: tokensOf(text) });
      }
    }
  });
  return out;
}

// A sentence addressed to the reader ("You can…", "Please…", "Just fill in…") is the page talking, not the news.
const READER_ADDRESS = /^[\s"“]*(?:you|your|please|just|click|tap|check out|learn more|visit|see more|watch|read more|don't miss)\b/i;

/** Notices, credits, headlines and fragments are not summary material. */
export function isBoilerplate(sentence: string): boolean {
  const words = sentence.split(/\s+/).filter(Boolean);
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) return true;
  if (!/\p{Ll}/u.test(sentence)) return true; // ALL CAPS banners
  if (!/[.!?"'”’)]$/.test(sentence)) return true; // a headline-like fragment without final punctuation
  if (/(?:\.\.\.|…)["”’)]?$/.test(sentence)) return true; // a teaser cut short ("fell victim to scandals,...")
  if (/^[\p{Lu}\d][\p{Lu}\d ,.'’&-]{8,}\s[-–—:]/u.test(sentence)) return true; // "BREAKING NEWS: …", "UPDATE - …"
  if (READER_ADDRESS.test(sentence)) return true;
  return noticeKind(sentence) !== undefined;
}

// "WASHINGTON (AP) — ", "VALPARAISO, Chile (Reuters) - ", "MONDAY, July 2 (HealthDay News) -- ", "Washington (CNN)".
const DATELINE =
  /^(?:[\p{Lu}][\p{Lu}.'’ -]{2,40}|[\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,2})(?:,\s*[\p{Lu}][\p{L}.'’ -]{1,30}(?: \d{1,2})?)?\s*(?:\([^)]{1,30}\)\s*(?:[—–-]{1,2}\s*)?|[—–-]{1,2}\s+)(?=[\p{Lu}"“])/u;
const LEADING_AGENCY = /^\((?:AP|Reuters|AFP|CNN|UPI|dpa|[\p{Lu}][\p{L} ]{1,25})\)\s*(?:[—–-]{1,2}\s*)?(?=[\p{Lu}"“])/u;

/** "WASHINGTON (AP) — The vote…" → "The vote…". A mixed-case place needs the agency in brackets. */
export function stripDateline(sentence: string): string {
  const agency = LEADING_AGENCY.exec(sentence);
  if (agency) return sentence.slice(agency[0].length);
  const m = DATELINE.exec(sentence);
  if (!m) return sentence;
  const allCaps = /^[\p{Lu}][\p{Lu}.'’ -]{2,}(?:[,(\s—–-]|$)/u.test(m[0]);
  if (!allCaps && !m[0].includes('(')) return sentence;
  return sentence.slice(m[0].length);
}
