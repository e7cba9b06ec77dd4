// Where a title before a name is not the person's role (pure): a part someone plays ("plays Queen X",
// "casts Y as General Z", "the series follows Inspector X"), or words inside a quotation (a book, song or
// film title, a slogan: "Senator Sweet", "Doctor Death is coming").

import type { Token } from './tokens.js';

/** Words that introduce a part played or a story's character. */
const CHARACTER_CUES = new Set(
  'plays played playing portrays portrayed portraying voices voiced casts cast starring stars star role roles character follows followed depicts depicted'.split(' '),
);
const AS_LOOKBACK = 6;

/** True when the title starting at token `a` names a part: right after a cue, or after "as" that follows one. */
export function characterPart(toks: readonly Token[], a: number): boolean {
  const before = toks[a - 1];
  if (!before) return false;
  if (CHARACTER_CUES.has(before.lower)) return true;
  if (before.lower !== 'as') return false;
  for (let i = a - 2; i >= 0 && i >= a - 1 - AS_LOOKBACK; i--) {
    if (CHARACTER_CUES.has(toks[i]!.lower)) return true;
    if (toks[i]!.sentStart) break;
  }
  return false;
}

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);

/** How far back a quotation's opening is looked for: a sentence's length, so a 2 MB line costs no quadratic scan. */
const QUOTE_LOOKBACK = 80;

/** True when token `i` stands inside a quotation opened earlier in its sentence (straight or curly quotes). */
export function insideQuotation(text: string, toks: readonly Token[], i: number): boolean {
  let s = i;
  while (s > 0 && s > i - QUOTE_LOOKBACK && !toks[s]!.sentStart) s--;
  // the opening quote comes before the sentence's first word
  let from = toks[s]!.start;
  while (from > 0 && /["“„«\s]/u.test(text.charAt(from - 1)) && text.charAt(from - 1) !== '\n') from--;
  let straight = 0;
  let depth = 0;
  for (let k = from; k < toks[i]!.start; k++) {
    const c = text.charAt(k);
    if (c === '"') straight++;
    else if (OPENING.has(c)) depth++;
    else if (CLOSING.has(c)) depth = Math.max(0, depth - 1);
  }
  return straight % 2 === 1 || depth > 0;
}
