// Roles of people, read from the words around a PERSON mention:
//   before it ("Lithuanian President Gitanas Nauseda", "Sen. X", "then-President X", "Governor of Ohio X",
//   "Bundeskanzler X", "le ministre de l'Intérieur X", "Министр обороны X"),
//   in an apposition after it ("X, the foreign minister, said", "X, 54, a former banker", "X (D-Calif.), a
//   psychologist at Y,") and before it ("The Home Secretary, Lord Russell, said", "Iran's foreign minister, X,").
// Never a part someone plays ("plays Queen X", "casts X as General Y") and never words inside a quotation
// (a book or song title, a nickname in a slogan): those are not the person's role.
import type { Token } from './tokens.js';
import { FUNCTION_WORDS, isPossessive } from './tokens.js';
import { HONORIFICS, ROLE_MODIFIERS, ROLE_NOUNS } from './gazetteer-titles.js';
import { DEMONYMS } from './gazetteer-regions.js';
import { KNOWN_ORGS } from './gazetteer-orgs.js';
import { gazKey, isPlace } from './gazetteer-index.js';
import { characterPart, insideQuotation } from './role-context.js';

const MAX_WORDS = 6;
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'le', 'la', 'les', 'der', 'die', 'das', 'den', 'dem']);
const INNER = new Set(['of', 'for', 'at', 'the', 'to', 'in', 'on', '&', 'and']);
const VERBISH = new Set(
  'is was are were be been has have had will would can could said says who whom whose which that but also not'.split(' '),
);
/** Words that end an apposition's role once its head noun is seen: "a lawyer from Ohio", "the minister who resigned". */
const ROLE_ENDS = new Set(['who', 'whom', 'whose', 'which', 'that', 'from', 'since', 'until', 'when', 'where']);
/** Abbreviated titles written with a dot: "Sen. X", "Lt. Gen. X". */
const ABBREVIATED = new Set('sen rep gen gov lt col capt sgt adm cmdr maj supt insp det atty amb'.split(' '));
/** Words joining a title to its complement: "Governor of Ohio", "ministre de l'Intérieur", "porte-parole du gouvernement". */
const COMPLEMENT_LINKS = new Set(['of', 'de', 'des', 'du', 'di', 'del', 'della', 'von', 'für', 'do', 'dla']);
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
);
/** Lower-case portfolio nouns in a complement: "porte-parole du gouvernement", "Secretary of state". */
const PORTFOLIOS = new Set('government gouvernement regierung rządu state affairs staff défense santé justice économie finances travail intérieur'.split(' '));
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Slavic genitive endings of a lower-case complement: "Minister obrony", "minister spraw zagranicznych". */
const GENITIVE = /(?:y|ych|ich|ej|ów|a|i|u)$/u;

const low = (t: Token): string => t.lower;
const isRoleNoun = (t: Token): boolean => ROLE_NOUNS.has(low(t));

/** A word that may stand inside a role before a name. */
function roleWord(t: Token): boolean {
  const w = low(t);
  if (!t.word || FUNCTION_WORDS.has(w)) return false;
  if (ROLE_NOUNS.has(w) || ROLE_MODIFIERS.has(w) || DEMONYMS.has(w)) return true;
  const prefixed = /^(?:then|ex|former)-(.+)$/u.exec(w); // "then-attorney general"
  if (prefixed && (ROLE_NOUNS.has(prefixed[1]!) || ROLE_MODIFIERS.has(prefixed[1]!))) return true;
  if (!t.cap) return false;
  // A capitalised word is kept when it is a name-like qualifier ("U.S.", "Chelsea manager", "Oscar winner"); a
  // sentence-initial one only when it is no day, month or article ("Monday President X" has no role "Monday").
  if (!t.sentStart) return true;
  return t.upper || isPlace(gazKey(t.text)) || KNOWN_ORGS.has(gazKey(t.text)) || (!CALENDAR.has(w) && !DETERMINERS.has(w));
}

/** A sentence-initial ordinary modifier is lower-cased ("Exiled ..." → "exiled ..."); names,
 * demonyms and titles keep their capital. */
function casing(text: string, first: Token, head: Token): string {
  const w = low(first);
  // "Prime Minister" is a title as a whole: its head noun is capitalised too
  const lower = first.sentStart && first.cap && !head.cap && ROLE_MODIFIERS.has(w) && !DEMONYMS.has(w);
  return lower ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Tokens a..b are adjacent words on one line (at most one space between them). */
function tight(text: string, toks: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const gap = text.slice(toks[i]!.end, toks[i + 1]!.start);
    if (gap.length > 1 || /[\n,;:]/u.test(gap)) return false;
  }
  return true;
}

/**
 * The title before a complement that ends at token h: "Governor of [New Jersey]", "ministre des [Armées]",
 * "Мэр [Москвы]", "Minister [obrony]". Its index, or -1.
 */
function complementHead(text: string, toks: readonly Token[], h: number): number {
  for (let p = h - 1; p >= h - 4 && p >= 0; p--) {
    const head = toks[p]!;
    if (!isRoleNoun(head)) continue;
    if (!tight(text, toks, p, h)) return -1;
    const words = toks.slice(p + 1, h + 1);
    if (words.some((t) => !t.word)) return -1;
    if (COMPLEMENT_LINKS.has(low(words[0]!))) return words.slice(1).every(portfolioWord) ? p : -1;
    // Without a link word the complement is a declined noun phrase: Russian, Belarusian, Ukrainian, Polish.
    const cyrillic = CYRILLIC.test(head.text);
    const declined = words.every((t) => !t.cap && CYRILLIC.test(t.text) === cyrillic && !FUNCTION_WORDS.has(low(t)));
    return declined && (cyrillic || (GENITIVE.test(low(words[words.length - 1]!)) && !/(?:ly|day)$/u.test(low(words[words.length - 1]!)))) ? p : -1;
  }
  return -1;
}

/** A word of a title's complement after "of"/"de": a name, an article or a portfolio ("of the Interior", "du gouvernement"). */
function portfolioWord(t: Token): boolean {
  const w = low(t);
  return t.cap || DETERMINERS.has(w) || ROLE_MODIFIERS.has(w) || PORTFOLIOS.has(w) || /^[ld]['’]/u.test(w);
}

/** An honorific (with its dot) just before the name: "the Home Secretary, Lord Russell", "scientist Dr Helen Park". */
function pastHonorific(toks: readonly Token[], from: number): number {
  const t = toks[from - 1];
  if (t?.text === '.' && HONORIFICS.has(low(toks[from - 2] ?? t))) return from - 2;
  return t && HONORIFICS.has(low(t)) ? from - 1 : from;
}

/** Role written before the name whose first token is `from`. */
export function roleBefore(text: string, toks: readonly Token[], from: number): string | undefined {
  const start = pastHonorific(toks, from);
  const h = start - 1;
  const last = toks[h];
  if (!last || last.end > toks[start]!.start || !tight(text, toks, h, start)) return undefined;
  const inPlay = (a: number) => characterPart(toks, a) || insideQuotation(text, toks, a);

  // "then-President X" (one token): the title, as held then
  const prefixed = /^(then|ex|former)-(.+)$/u.exec(last.lower);
  if (prefixed && ROLE_NOUNS.has(prefixed[2]!)) {
    if (inPlay(h)) return undefined;
    return prefixed[1] === 'then' ? last.text.slice(5) : last.text;
  }
  let a = h;
  let head = last;
  if (last.text === '.' && ABBREVIATED.has(low(toks[h - 1] ?? last)) && toks[h - 1]!.cap) {
    a = h - 1; // "Sen. X"
    head = toks[a]!;
  } else if (last.text.startsWith('-') && ROLE_NOUNS.has(last.lower.slice(1)) && /^(?:ex|former)$/iu.test(toks[h - 1]?.text ?? '')) {
    a = h - 1; // "Ex-president X"
  } else if (!isRoleNoun(last)) {
    a = complementHead(text, toks, h);
    if (a < 0) return undefined;
    head = toks[a]!;
  }
  let count = 1;
  while (a - 1 >= 0 && count < MAX_WORDS) {
    const t = toks[a - 1]!;
    const gap = text.slice(t.end, toks[a]!.start);
    if (gap.length > 1 || /[\n,;:]/u.test(gap)) break;
    if (isPossessive(t) && toks[a - 2]?.cap) a -= 2; // "Russia's foreign minister"
    else if (t.text === '.' && ABBREVIATED.has(low(toks[a - 2] ?? t))) a -= 2; // "Lt. Gen."
    else if (t.text === 'of' && toks[a]!.cap && isRoleNoun(toks[a - 2] ?? t)) a -= 1;
    else if (roleWord(t)) a -= 1;
    else break;
    count++;
  }
  // the role never starts with a connector or possessive
  while (a < h && (low(toks[a]!) === 'of' || isPossessive(toks[a]))) a++;
  if (inPlay(a)) return undefined;
  return casing(text.slice(toks[a]!.start, last.end), toks[a]!, head);
}

/** Past a bracketed party and state after a name: "X (D-Calif.)", "X (R-Texas)". */
function pastParty(toks: readonly Token[], i: number): number {
  if (toks[i]?.text !== '(' || !/^[DRI]-\p{Lu}/u.test(toks[i + 1]?.text ?? '')) return i;
  for (let j = i + 2; j < toks.length && j < i + 6; j++) if (toks[j]!.text === ')') return j + 1;
  return i;
}

/** Role in an apposition after the name whose last token is `to`: ", [54,] the foreign minister,". */
export function roleAfter(text: string, toks: readonly Token[], to: number): string | undefined {
  let i = pastParty(toks, to + 1);
  if (toks[i]?.text !== ',') return undefined;
  i++;
  if (/^\p{N}+$/u.test(toks[i]?.text ?? '') && toks[i + 1]?.text === ',') i += 2; // age
  if (toks[i] && DETERMINERS.has(low(toks[i]!))) i++;
  let owner: number | undefined;
  if (toks[i]?.word && isPossessive(toks[i + 1])) {
    if (toks[i]!.cap) owner = i; // "Russia's ambassador to Britain" keeps its country; "the league's commissioner" drops its league
    i += 2;
  }
  if (/^\p{N}+-year-old$/u.test(toks[i]?.text ?? '')) i++; // "a 38-year-old firefighter"
  const a = i;
  let sawRole = false;
  while (i < toks.length && i - a < MAX_WORDS + 2) {
    const t = toks[i]!;
    if (!t.word) break;
    const w = low(t);
    if (sawRole && ROLE_ENDS.has(w)) break;
    if (VERBISH.has(w)) return undefined;
    if (isRoleNoun(t)) sawRole = true;
    else if (!roleWord(t) && !INNER.has(w) && !t.cap) {
      if (/(?:ed|ing)$/u.test(w)) return undefined;
      if (!sawRole && i - a > 3) return undefined;
    }
    i++;
  }
  const end = toks[i];
  if (!sawRole || i === a || !end || !(/^[,.;)]$/u.test(end.text) || ROLE_ENDS.has(low(end)))) return undefined;
  if (i - a > MAX_WORDS + 1 || (!isRoleNoun(toks[a]!) && !roleWord(toks[a]!))) return undefined;
  let b = i - 1;
  while (b > a && INNER.has(low(toks[b]!))) b--;
  if (insideQuotation(text, toks, to)) return undefined;
  return text.slice(toks[owner ?? a]!.start, toks[b]!.end);
}

/** Role in an apposition before the name: "The foreign minister, Kestutis Budrys, said", "Iran's foreign minister, X,". */
export function rolePreApposition(text: string, toks: readonly Token[], from: number, to: number): string | undefined {
  const start = pastHonorific(toks, from);
  const after = toks[to + 1]?.text;
  if (toks[start - 1]?.text !== ',' || (after !== ',' && after !== '.')) return undefined;
  let h = start - 2;
  let head = toks[h];
  if (!head) return undefined;
  if (!isRoleNoun(head)) {
    h = complementHead(text, toks, h); // "La maire de Paris, Anne Hidalgo"
    head = toks[h];
    if (!head) return undefined;
  }
  let a = h;
  const role = (first: number) => (insideQuotation(text, toks, first) ? undefined : casing(text.slice(toks[first]!.start, toks[start - 2]!.end), toks[first]!, head));
  while (a - 1 >= 0 && h - a < MAX_WORDS) {
    const t = toks[a - 1]!;
    if (DETERMINERS.has(low(t))) return role(a);
    // "The bank's chief economist" → "chief economist"; "China's defence minister" keeps "China's"
    if (isPossessive(t)) {
      if (!toks[a - 2]?.cap || DETERMINERS.has(low(toks[a - 2]!))) return role(a);
      let owner = a - 2; // "The White House's spokeswoman": the whole owner's name
      while (owner > 0 && toks[owner - 1]!.cap && !DETERMINERS.has(low(toks[owner - 1]!)) && tight(text, toks, owner - 1, owner)) owner--;
      return role(owner);
    }
    if (!roleWord(t) && !INNER.has(low(t))) return undefined;
    a--;
  }
  return undefined;
}
