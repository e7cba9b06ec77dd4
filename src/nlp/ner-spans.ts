// Candidate entity spans: runs of capitalised tokens, split where a title or demonym ends.
import type { Token } from './tokens.js';
import { isPossessive } from './tokens.js';
import { HONORIFICS, ROLE_MODIFIERS, ROLE_NOUNS } from './gazetteer-titles.js';
import { KNOWN_ORGS, ORG_HEADS, ORG_TAILS, PLACE_HEADS, PLACE_TAILS } from './gazetteer-orgs.js';
import { DEMONYMS } from './gazetteer-regions.js';
import { gazKey, isCountry, isGivenName, isPlace, isSurname } from './gazetteer-index.js';
import { isInflectedPlace } from './place-forms.js';
import type { NerLanguage } from './ner-language.js';
import { isForeignTitle, isNonEntityWord, isOpeningWord } from './ner-language.js';
import { isCyrillic, isCyrillicGivenName, isCyrillicOrg, isCyrillicPlace } from './ner-cyrillic.js';

/** A Cyrillic word that may open a name: a given name, a place or a known organisation. */
const cyrillicNameStart = (lower: string): boolean =>
  isCyrillicGivenName(lower) || isCyrillicPlace(lower) || isCyrillicOrg(lower);

/** Token range [from, to] inclusive. */
export interface Span {
  from: number;
  to: number;
}

const CONNECTORS = new Set(
  'de van von der den du da di del della dos das bin ibn al el la le ter ten y &'.split(' '),
);

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);

/** Words naming a minister's portfolio after "of" ("Minister of Foreign Affairs"). */
const PORTFOLIOS = new Set(['affairs', 'staff', 'state', 'defence', 'defense', 'commerce', 'the']);

const low = (t: Token): string => t.lower;
const titleWord = (w: string, lang: NerLanguage): boolean =>
  ROLE_NOUNS.has(w) || HONORIFICS.has(w) || isForeignTitle(lang, w);
/** A title, also hyphenated from title words ("Major-General", "Vice-Admiral"). */
const isTitle = (t: Token, lang: NerLanguage): boolean =>
  titleWord(low(t), lang) ||
  (low(t).includes('-') && low(t).split('-').every((w) => titleWord(w, lang) || ROLE_MODIFIERS.has(w)));
const isDemonym = (t: Token): boolean => DEMONYMS.has(low(t));

/** A capitalised word that may belong to a name. */
function nameWord(t: Token): boolean {
  return t.cap && !isNonEntityWord(low(t)); // cap implies a word starting with a letter
}

/** Months that are also given names or surnames ("Jan Egeland", "April Ryan", "Theresa May"). */
const MONTH_NAMES = new Set(['jan', 'april', 'may', 'june', 'august']);
const monthName = (t: Token | undefined): boolean => !!t && t.cap && !t.upper && MONTH_NAMES.has(low(t));
const nameAfter = (t: Token | undefined): boolean => !!t && nameWord(t) && !/^\d/u.test(t.text);

/** Words before a month that make it a date ("from January to June", "the August index"). */
const DATE_BEFORE = new Set(
  'in on to from since until till by through of for during between the this that last next early late mid each every its their'.split(' '),
);

/**
 * A month word opening a name: a capitalised word that is neither a place nor an organisation follows it on the
 * line, and nothing before it makes it a date ("Jan Egeland", "April Ryan"; not "May 3", "to June Comelf").
 */
function monthGivenName(text: string, toks: readonly Token[], i: number): boolean {
  const n = toks[i + 1];
  if (!monthName(toks[i]) || !nameAfter(n) || !adjacent(text, toks[i]!, n!)) return false;
  const key = gazKey(n!.text);
  return !DATE_BEFORE.has(low(toks[i - 1] ?? toks[i]!)) && !isPlace(key) && !KNOWN_ORGS.has(key) && !ORG_HEADS.has(key) && !ORG_TAILS.has(key);
}

/** A month word closing a name after a given name or an honorific, no date number after it ("Theresa May", "Mrs May"). */
function monthSurname(toks: readonly Token[], j: number): boolean {
  const after = toks[j + 2];
  const before = toks[j]!;
  return monthName(toks[j + 1]) && (isGivenName(gazKey(before.text)) || HONORIFICS.has(low(before))) && !(after && /^\d/u.test(after.text));
}

/** Tokens separated by at most one space (never a line break). */
const adjacent = (text: string, a: Token, b: Token): boolean => {
  const gap = b.start - a.end;
  if (gap === 0) return true;
  const c = text.charCodeAt(a.end);
  return gap === 1 && (c === 32 || c === 0xa0);
};

/** Whether token i may join two name parts: "Bank of England", "Ursula von der Leyen". `lastFor[i]`: the last "for" before i. */
function connector(toks: readonly Token[], a: number, i: number, lastFor: Int32Array): boolean {
  const t = toks[i]!;
  if (t.text === 'of' || t.text === 'for') {
    const prev = low(toks[i - 1]!);
    if (ORG_HEADS.has(prev) || ORG_TAILS.has(prev)) return true;
    // "Secretary of State Antony Blinken": splitRun later cuts the title off
    return t.text === 'of' && (PLACE_HEADS.has(prev) || ROLE_NOUNS.has(prev));
  }
  // "Organisation for Security and Cooperation": "and" only inside a "for" name (after "of"
  // it more often joins two names: "the Bank of England and France")
  if (t.text === 'and') return lastFor[i]! > a; // a lookup, not a scan back: long runs of "and X" stay linear
  return CONNECTORS.has(t.text);
}

/** Index of the name word after a chain of up to three connectors following token j, or -1. */
function connectorChain(text: string, toks: readonly Token[], a: number, j: number, lastFor: Int32Array): number {
  let m = j + 1;
  while (m < toks.length && m - j <= 3 && adjacent(text, toks[m - 1]!, toks[m]!)) {
    const t = toks[m]!;
    if (nameWord(t)) return m > j + 1 ? m : -1;
    if (t.cap || !(m === j + 1 ? connector(toks, a, m, lastFor) : CONNECTORS.has(t.text))) return -1;
    m++;
  }
  return -1;
}

/** "People's Bank of China", "Workers' Party": a collective noun's possessive inside a name. */
const COLLECTIVE_OWNERS = new Set('people peoples workers women children farmers veterans citizens'.split(' '));

function ownerJoin(text: string, toks: readonly Token[], j: number): boolean {
  const n = toks[j + 1];
  const m = toks[j + 2];
  if (!n || !m || !COLLECTIVE_OWNERS.has(low(toks[j]!))) return false;
  const apostrophe = isPossessive(n) || n.text === "'" || n.text === '’';
  return apostrophe && adjacent(text, toks[j]!, n) && adjacent(text, n, m) && nameWord(m);
}

/** Maximal runs of name words and inner connectors; possessives and punctuation end them. */
function runs(text: string, toks: readonly Token[], skip: (i: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const lastFor = new Int32Array(toks.length);
  for (let k = 0, last = -1; k < toks.length; k++) {
    lastFor[k] = last;
    if (toks[k]!.text === 'for') last = k;
  }
  let i = 0;
  while (i < toks.length) {
    if (skip(i) || !(nameWord(toks[i]!) || monthGivenName(text, toks, i))) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < toks.length && !skip(j + 1)) {
      const n = toks[j + 1]!;
      if ((nameWord(n) || monthSurname(toks, j) || monthGivenName(text, toks, j + 1)) && adjacent(text, toks[j]!, n)) j++;
      else if (ownerJoin(text, toks, j)) j += 2;
      else {
        const k = connectorChain(text, toks, i, j, lastFor);
        if (k < 0) break;
        j = k;
      }
    }
    out.push([i, j]);
    i = j + 1;
  }
  return out;
}

/** Splits a run into the name part and its leading cue (titles, demonyms, function words). */
function splitRun(toks: readonly Token[], a: number, b: number, out: Span[], lang: NerLanguage): void {
  const last = low(toks[b]!);
  // organisation names may contain titles and demonyms: "Foreign Ministry", "British Airways"
  const orgLike = ORG_TAILS.has(last) || PLACE_TAILS.has(last);
  let from = a;
  while (from <= b && isOpeningWord(lang, low(toks[from]!), toks[from]!.sentStart) && !toks[from]!.upper) from++;
  // Russian, Belarusian, Ukrainian write common words in lower case: a sentence-opening word before a
  // name that is no given name is an adverb or a noun ("Позже Лавров заявил")
  if (from < b && toks[from]!.sentStart && isCyrillic(toks[from]!.text) && !cyrillicNameStart(toks[from]!.lower)) from++;
  const whole = gazKey(from === b ? toks[b]!.text : toks.slice(from, b + 1).map((t) => t.text).join(' '));
  // "Czech Republic", "Sri Lanka": a known place may begin with a demonym-like word
  if (!orgLike && !isPlace(whole)) {
    let titled = false;
    for (let k = b; k >= from; k--) {
      const t = toks[k]!;
      // "John Major", "Martin Luther King": a title word ending a run after a given name is a surname
      if (k === b && k > from && isGivenName(gazKey(toks[k - 1]!.text))) continue;
      // "Christian Holm": a demonym that is also a given name, before a lone surname, starts the name
      if (k + 1 === b && isDemonym(t) && isGivenName(low(t)) && isSurname(gazKey(toks[b]!.text))) continue;
      if (isTitle(t, lang) || isDemonym(t)) {
        prefix(toks, from, k - 1, out, lang); // "European Commission" in "European Commission President X"
        from = k + 1;
        titled = isTitle(t, lang);
        break;
      }
    }
    // "Secretary of State Antony Blinken": the name starts after the portfolio words
    let afterOf = false;
    if (toks[from]?.text === 'of') {
      from++;
      afterOf = true;
      while (from <= b && (ROLE_MODIFIERS.has(low(toks[from]!)) || PORTFOLIOS.has(low(toks[from]!)))) from++;
    }
    // "Governor of Vermont Alice Grant", "Президент России Владимир Путин": the title's place is a span of its own
    const cue = from >= b ? undefined : titled ? afterOf : titleBeforeRun(toks, from, lang);
    if (cue !== undefined) {
      const n = titlePlace(toks, from, b, lang, cue);
      if (n > 0) {
        out.push({ from, to: from + n - 1 });
        from += n;
      }
    }
  }
  // "the" / "'s" / lone connector at the end never belong to a name
  let to = b;
  while (to >= from && (CONNECTORS.has(toks[to]!.text) || toks[to]!.text === 'of')) to--;
  if (from < to && !orgLike && gluedOutlet(toks, from, to)) out.push({ from, to: from++ });
  // "Denver PMAB": a known place before an acronym is a place, and the acronym an organisation
  if (from < to && acronym(toks[to]!) && !acronym(toks[to - 1]!) && isPlace(spanKey(toks, from, to - 1))) {
    out.push({ from, to: to - 1 }, { from: to, to });
    return;
  }
  if (from <= to) out.push({ from, to });
}

/** A given name, also in a Cyrillic case form ("Владимира", "Уладзімірам"). */
const givenNameAt = (t: Token): boolean =>
  isCyrillic(t.text) ? isCyrillicGivenName(t.lower) : isGivenName(gazKey(t.text));

/**
 * Whether a title stands just before token i, outside its run ("the mayor of Chicago …", "президент России …"):
 * true after "title of", false after the title itself, undefined when there is none.
 */
function titleBeforeRun(toks: readonly Token[], i: number, lang: NerLanguage): boolean | undefined {
  const p = toks[i - 1];
  if (!p || p.line !== toks[i]!.line) return undefined;
  if (p.text === 'of') return toks[i - 2] && isTitle(toks[i - 2]!, lang) ? true : undefined;
  return isTitle(p, lang) ? false : undefined;
}

/**
 * How many words opening [from, b] are a place that belongs to the title before them, i.e. a place (in any
 * grammatical case) followed by a given name. English puts a place after a title only with "of" ("Mayor of
 * Chicago Brandon Reed"); Russian, Belarusian, Ukrainian and Polish use the genitive ("Prezydent Polski Andrzej Duda").
 */
function titlePlace(toks: readonly Token[], from: number, b: number, lang: NerLanguage, afterOf: boolean): number {
  const first = toks[from]!;
  const genitive = isCyrillic(first.text) || lang.code === 'pl';
  if (!afterOf && !genitive) return 0;
  for (let n = Math.min(3, b - from); n >= 1; n--) {
    if (!givenNameAt(toks[from + n]!)) continue;
    const key = spanKey(toks, from, from + n - 1);
    // "Jackson Lee Smith": a word that is also a given name opens the name unless it is a country
    // (after "of" the place reading wins: "Mayor of Chicago", though Chicago is in the given-name list)
    const known = isPlace(key) && (afterOf || isCountry(key) || !isGivenName(gazKey(first.text)));
    if (known || (n === 1 && isInflectedPlace(first.text, lang.code === 'pl'))) return n;
  }
  return 0;
}

const acronym = (t: Token): boolean => t.upper && t.text.length >= 2 && !t.text.includes('.');
const spanKey = (toks: readonly Token[], a: number, b: number): string =>
  gazKey(toks.slice(a, b + 1).map((t) => t.text).join(' '));

const CAMEL_RE = /^\p{Lu}\p{Ll}+\p{Lu}/u;

/**
 * "MailOnline Julia Smith", "AP Scaramucci": an outlet (a known organisation, a CamelCase brand, an
 * acronym) written straight before a person's name is a span of its own.
 */
function gluedOutlet(toks: readonly Token[], from: number, to: number): boolean {
  const t = toks[from]!;
  const key = gazKey(t.text);
  const known = KNOWN_ORGS.has(key) || CAMEL_RE.test(t.text);
  if (!known && !(t.upper && t.text.length <= 5 && !t.text.includes('.'))) return false;
  const raw = toks[from + 1]!;
  const next = gazKey(raw.text);
  if (isCyrillic(raw.text) ? isCyrillicGivenName(raw.lower) : isGivenName(next) && !isPlace(next)) return true;
  return known && to === from + 1 && !isPlace(next) && !ORG_TAILS.has(next) && !KNOWN_ORGS.has(next);
}

/** The words before a title inside one run, without the titles and demonyms next to them. */
function prefix(toks: readonly Token[], a: number, b: number, out: Span[], lang: NerLanguage): void {
  const demonymNext = b + 1 < toks.length && isDemonym(toks[b + 1]!);
  while (b >= a && (isTitle(toks[b]!, lang) || isDemonym(toks[b]!) || ROLE_MODIFIERS.has(low(toks[b]!)))) b--;
  // "South Korean", "North American": a compass word before a demonym belongs to it
  if (demonymNext && b === a && COMPASS.has(low(toks[b]!))) return;
  const org = b >= a && ORG_TAILS.has(low(toks[b]!)); // "European Commission" keeps its demonym
  while (a <= b && (isTitle(toks[a]!, lang) || (!org && isDemonym(toks[a]!)))) a++;
  if (a <= b && !CONNECTORS.has(toks[b]!.text) && toks[b]!.text !== 'of') out.push({ from: a, to: b });
}

/** Candidate spans over tokens; `skip` excludes tokens (e.g. in all-caps headline lines). */
export function candidateSpans(
  text: string,
  toks: readonly Token[],
  skip: (i: number) => boolean,
  lang: NerLanguage,
): Span[] {
  const spans: Span[] = [];
  for (const [a, b] of runs(text, toks, skip)) splitRun(toks, a, b, spans, lang);
  return spans;
}

