// The shape of a digest summary: a lead sentence of at most LEAD_MAX_WORDS words, then at most two short
// sentences of at most FOLLOWER_MAX_WORDS each. A long sentence may be shortened to fit: parentheses and
// comma-bounded asides go first, then a trailing clause; what is left must still be a sentence.

export const LEAD_MAX_WORDS = 35;
export const FOLLOWER_MAX_WORDS = 30;
export const MAX_FOLLOWERS = 2;
/** A shortened sentence keeps at least this many words, or it is not used. */
const MIN_KEPT_WORDS = 10;

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

// An aside between commas that can go without breaking the sentence: a relative clause or an apposition, followed
// by a lower-case word that is not "and"/"or" (else the second comma was a list's).
const ASIDE = /,\s+(?:who|which|whose|where|a|an|the|now|then|once|also|like|known as|formerly|according to)\b[^,;:"“”]{2,120},\s+(?=\p{Ll})(?!(?:and|or|nor)\b)/giu;
// A leading time, place or circumstance: "In a study published on Monday, scientists …" → "Scientists …".
const LEADING_PHRASE = /^(?:in|on|at|after|before|during|despite|following|with|as|when|while|since|amid|earlier|late|last)\b[^,;:"“”]{3,80},\s+(?=\p{L})/iu;
// An attribution at the end: "…, police said." / "…, her lawyer said Wednesday."
const ATTRIBUTION_TAIL = /,\s+(?:the |a |an |his |her |their |its )?[\p{L}.' -]{2,40}? (?:said|says|reported|reports|told [\p{L}.]+|announced|confirmed)(?: (?:on )?\p{Lu}\p{Ll}+(?: night| morning)?)?\.?["”]?$/u;
const PARENTHESES = /\s*\([^()]{1,120}\)/g;
// A clause that can end the sentence early: "…, forcing hundreds to leave." → "…"; any participle clause
// after a comma counts ("…, replacing diesel units that …").
const TRAILING_CLAUSE =
  /(?:,|\s[—–])\s+(?:after|as|while|when|whereas|following|amid|with|according|saying|and|but|which|who|where|including|despite|because|although|though|before|until|since|in a|in an|in what|on a|at a|[a-z]{2,}ing)\b/g;

/** The sentence within `maxWords` words: itself, a shortened form, or undefined when it can't be shortened well. */
export function fitSentence(sentence: string, maxWords: number): string | undefined {
  if (wordCount(sentence) <= maxWords) return sentence;
  let text = sentence.replace(PARENTHESES, '');
  if (wordCount(text) <= maxWords) return text;
  // "X, who…, said" → "X said"; "…, a day later, forcing…" keeps its comma before the participle.
  text = text.replace(ASIDE, (_m, offset: number, whole: string) => (/^\p{Ll}+ing\b/u.test(whole.slice(offset + _m.length)) ? ', ' : ' ')).replace(/\s{2,}/g, ' ');
  if (wordCount(text) <= maxWords) return text;
  const lead = LEADING_PHRASE.exec(text);
  if (lead) text = capitalise(text.slice(lead[0].length));
  if (wordCount(text) <= maxWords) return text;
  if (ATTRIBUTION_TAIL.test(text)) text = text.replace(ATTRIBUTION_TAIL, '.');
  if (wordCount(text) <= maxWords) return text;
  return cutAtClause(text, maxWords);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function cutAtClause(text: string, maxWords: number): string | undefined {
  let best: string | undefined;
  for (const m of text.matchAll(TRAILING_CLAUSE)) {
    const head = text.slice(0, m.index).replace(/[\s,;:—–-]+$/, '');
    const n = wordCount(head);
    if (n > maxWords) break;
    if (n >= MIN_KEPT_WORDS && !unbalanced(head)) best = head;
  }
  return best === undefined ? undefined : `${best}.`;
}

/** An open quote or parenthesis left unclosed by a cut. */
function unbalanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/“/g) !== count(/”/g) || count(/"/g) % 2 === 1 || count(/\(/g) !== count(/\)/g);
}
