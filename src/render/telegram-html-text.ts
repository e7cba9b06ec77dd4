// The text Telegram sees in an HTML message once tags and entities are parsed (pure).

/** Telegram's hard limit for one message: 4096 UTF-16 code units of the parsed text. */
export const TELEGRAM_MESSAGE_LIMIT = 4096;

/**
 * One unit of Telegram HTML: a tag, an entity, or one code point (a surrogate pair stays whole;
 * a lone surrogate is one unit). Splitting between units can never cut a tag, an entity or a pair.
 */
export const HTML_UNIT = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?>|&(?:#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,10}|[a-zA-Z]{1,10});|[\s\S]/gu;
const TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?>/g;
const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,10}|[a-zA-Z]{1,10});/g;

/** `&amp;` → `&`, `&#x1D54F;` → `𝕏`; anything Telegram would not decode is returned unchanged. */
export function decodeEntity(entity: string): string {
  switch (entity) {
    case '&amp;': return '&';
    case '&lt;': return '<';
    case '&gt;': return '>';
    case '&quot;': return '"';
  }
  if (entity[1] !== '#') return entity;
  const code = entity[2] === 'x' || entity[2] === 'X' ? parseInt(entity.slice(3, -1), 16) : parseInt(entity.slice(2, -1), 10);
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : entity;
}

/** The visible text of Telegram HTML: tags dropped, entities decoded. */
export function visibleText(html: string): string {
  const text = html.includes('<') ? html.replace(TAG, '') : html;
  return text.includes('&') ? text.replace(ENTITY, (entity) => decodeEntity(entity)) : text;
}

// Characters Telegram strips as "empty": whitespace, controls, zero-width and bidi marks, blank fillers.
// (U+034F, a combining grapheme joiner, is an alternative of its own: inside a class it would combine.)
const BLANK = /^(?:[\s\p{Cc}\u00ad\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2800\u3164\ufeff\uffa0\ufffc]|\u034f)*$/u;

/** True when Telegram would answer "message text is empty" for this visible text. */
export function isBlankText(text: string): boolean {
  return BLANK.test(text);
}

export { wellFormed } from '../util/well-formed.js';
