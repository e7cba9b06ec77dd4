// Roles of people, read from the words around a PERSON mention:
//   before it ("Lithuanian President Gitanas Nauseda", "announced by U.S. envoy John Coale")
//   and in an apposition after it ("X, the foreign minister, said", "X, 54, a former banker").
import type { Token } from './tokens.js';
import { FUNCTION_WORDS, isPossessive } from './tokens.js';
import { ROLE_MODIFIERS, ROLE_NOUNS } from './gazetteer-titles.js';
import { DEMONYMS } from './gazetteer-regions.js';
import { KNOWN_ORGS } from './gazetteer-orgs.js';
import { gazKey, isPlace } from './gazetteer-index.js';

const MAX_WORDS = 6;
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);
const INNER = new Set(['of', 'for', 'at', 'the', 'to', 'in', 'on', '&', 'and']);
const VERBISH = new Set(
  'is was are were be been has have had will would can could said says who whom which that but also not'.split(' '),
);

const low = (t: Token): string => t.lower;
const isRoleNoun = (t: Token): boolean => ROLE_NOUNS.has(low(t));

/** A word that may stand inside a role before a name. */
function roleWord(t: Token): boolean {
  const w = low(t);
  if (!t.word || FUNCTION_WORDS.has(w)) return false;
  if (ROLE_NOUNS.has(w) || ROLE_MODIFIERS.has(w) || DEMONYMS.has(w)) return true;
  if (!t.cap) return false;
  // a capitalised word is kept when it is a name-like qualifier ("U.S.", "Belavia"), not a
  // sentence-initial ordinary word ("Yesterday")
  return t.upper || !t.sentStart || isPlace(gazKey(t.text)) || KNOWN_ORGS.has(gazKey(t.text));
}

/** A sentence-initial ordinary modifier is lower-cased ("Exiled ..." → "exiled ..."); names,
 * demonyms and titles keep their capital. */
function casing(text: string, first: Token, head: Token): string {
  const w = low(first);
  // "Prime Minister" is a title as a whole: its head noun is capitalised too
  const lower = first.sentStart && first.cap && !head.cap && ROLE_MODIFIERS.has(w) && !DEMONYMS.has(w);
  return lower ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Role written before the name whose first token is `from`. */
export function roleBefore(text: string, toks: readonly Token[], from: number): string | undefined {
  const head = toks[from - 1];
  if (!head || head.end > toks[from]!.start) return undefined;
  let a = from - 1;
  // "Secretary of State Antony Blinken", "Minister of Foreign Affairs X"
  for (let p = from - 2; !isRoleNoun(head) && p >= from - 4 && p > 0; p--) {
    if (toks[p]!.text === 'of' && isRoleNoun(toks[p - 1]!)) a = p - 1;
  }
  if (a === from - 1 && !isRoleNoun(head)) return undefined;
  let count = 1;
  while (a - 1 >= 0 && count < MAX_WORDS) {
    const t = toks[a - 1]!;
    const gap = text.slice(t.end, toks[a]!.start);
    if (gap.length > 1 || /[\n,;:]/u.test(gap)) break;
    if (isPossessive(t) && toks[a - 2]?.cap) a -= 2; // "Russia's foreign minister"
    else if (t.text === 'of' && toks[a]!.cap && isRoleNoun(toks[a - 2] ?? t)) a -= 1;
    else if (roleWord(t)) a -= 1;
    else break;
    count++;
  }
  // the role never starts with a connector or possessive
  while (a < from - 1 && (low(toks[a]!) === 'of' || isPossessive(toks[a]))) a++;
  return casing(text.slice(toks[a]!.start, head.end), toks[a]!, head);
}

/** Role in an apposition after the name whose last token is `to`: ", [54,] the foreign minister,". */
export function roleAfter(text: string, toks: readonly Token[], to: number): string | undefined {
  let i = to + 1;
  if (toks[i]?.text !== ',') return undefined;
  i++;
  if (/^\p{N}+$/u.test(toks[i]?.text ?? '') && toks[i + 1]?.text === ',') i += 2; // age
  if (toks[i] && DETERMINERS.has(low(toks[i]!))) i++;
  const a = i;
  let sawRole = false;
  while (i < toks.length && i - a < MAX_WORDS + 2) {
    const t = toks[i]!;
    if (!t.word) break;
    const w = low(t);
    if (VERBISH.has(w)) return undefined;
    if (isRoleNoun(t)) sawRole = true;
    else if (!roleWord(t) && !INNER.has(w) && !t.cap) {
      if (/(?:ed|ing)$/u.test(w)) return undefined;
      if (!sawRole && i - a > 3) return undefined;
    }
    i++;
  }
  const end = toks[i];
  if (!sawRole || i === a || !end || !/^[,.;)]$/u.test(end.text)) return undefined;
  if (i - a > MAX_WORDS + 1 || !isRoleNoun(toks[a]!) && !roleWord(toks[a]!)) return undefined;
  let b = i - 1;
  while (b > a && INNER.has(low(toks[b]!))) b--;
  return text.slice(toks[a]!.start, toks[b]!.end);
}

/** Role in an apposition before the name: "The foreign minister, Kestutis Budrys, said". */
export function rolePreApposition(text: string, toks: readonly Token[], from: number, to: number): string | undefined {
  const after = toks[to + 1]?.text;
  if (toks[from - 1]?.text !== ',' || (after !== ',' && after !== '.')) return undefined;
  const head = toks[from - 2];
  if (!head || !isRoleNoun(head)) return undefined;
  let a = from - 2;
  while (a - 1 >= 0 && from - 2 - a < MAX_WORDS) {
    const t = toks[a - 1]!;
    if (DETERMINERS.has(low(t))) {
      return casing(text.slice(toks[a]!.start, head.end), toks[a]!, head);
    }
    if (!roleWord(t) && !INNER.has(low(t))) return undefined;
    a--;
  }
  return undefined;
}
