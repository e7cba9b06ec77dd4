// One-line text fields of a record (title, outlet, labels, roles): invisible controls out, length capped (pure).
//
// Caps, in UTF-16 code units (what Telegram counts): title 300, outlet name 100, translation label 100,
// entity role 100, disclaimer 500. Over-long text is cut at the last space that keeps at least half
// the cap (else at a code-point boundary, never inside a surrogate pair) and ends with "…".

import { wellFormed } from '../util/well-formed.js';

export const FIELD_CAPS = { title: 300, sourceName: 100, translationLabel: 100, role: 100, disclaimer: 500, author: 200 } as const;

// Removed: C0/C1 controls (tabs and line breaks become spaces first), bidi embeddings, overrides and
// isolates (U+202A–U+202E, U+2066–U+2069) and marks (U+200E, U+200F, U+061C), zero-width space,
// word joiner and BOM. ZWJ/ZWNJ stay: emoji sequences and several scripts need them.
// \p{Cc} is exactly the C0 and C1 controls (U+0000–U+001F, U+007F–U+009F).
const SPACE_LIKE_RE = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
const INVISIBLE_RE = /[\p{Cc}\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/gu;

/** Controls and bidi overrides out, whitespace runs collapsed to one space, trimmed. Idempotent. */
export function stripInvisible(text: string): string {
  // A surrogate half without its partner is not text: Telegram refuses it.
  return wellFormed(text.replace(SPACE_LIKE_RE, ' ').replace(INVISIBLE_RE, ''))
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * At most `max` UTF-16 units: cut at a word boundary with "…" when longer. Idempotent.
 * @example capLength('Belarus frees 52 prisoners', 16) // 'Belarus frees…'
 */
export function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1; // room for "…"
  // Never split a surrogate pair: step back off a high surrogate.
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end--;
  const space = text.lastIndexOf(' ', end);
  if (space >= Math.floor(max / 2)) end = space;
  return `${text.slice(0, end).trimEnd()}…`;
}

// Anything stripInvisible would change. Records are re-parsed on every store read: clean text skips the work.
// With /u the surrogate range matches only unpaired halves, the ones wellFormed replaces; an emoji's pair is left alone.
const NEEDS_CLEANING_RE = /[\p{Cc}\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff\ud800-\udfff]|\s\s|^\s|\s$/u;

/** stripInvisible then capLength: what every one-line record field goes through. */
export function toOneLine(text: string, max: number): string {
  if (text.length <= max && !NEEDS_CLEANING_RE.test(text)) return text;
  return capLength(stripInvisible(text), max);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
