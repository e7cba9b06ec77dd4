// Candidate entity spans: runs of capitalised tokens, split where a title or demonym ends.
import type { Token } from './tokens.js';
import { FUNCTION_WORDS } from './tokens.js';
import { HONORIFICS, ROLE_MODIFIERS, ROLE_NOUNS } from './gazetteer-titles.js';
import { ORG_HEADS, ORG_TAILS, PLACE_HEADS, PLACE_TAILS } from './gazetteer-orgs.js';
import { DEMONYMS, NON_ENTITY } from './gazetteer-regions.js';
import { gazKey, isGivenName, isPlace } from './gazetteer-index.js';

/** Token range [from, to] inclusive. */
export interface Span {
  from: number;
  to: number;
}

const CONNECTORS = new Set(
  'de van von der den du da di del della dos das bin ibn al el la le ter ten y &'.split(' '),
);

/** Words naming a minister's portfolio after "of" ("Minister of Foreign Affairs"). */
const PORTFOLIOS = new Set(['affairs', 'staff', 'state', 'defence', 'defense', 'commerce', 'the']);

const low = (t: Token): string => t.lower;
const isTitle = (t: Token): boolean => ROLE_NOUNS.has(low(t)) || HONORIFICS.has(low(t));
const isDemonym = (t: Token): boolean => DEMONYMS.has(low(t));

/** A capitalised word that may belong to a name. */
function nameWord(t: Token): boolean {
  return t.cap && !NON_ENTITY.has(low(t)); // cap implies a word starting with a letter
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
    if (skip(i) || !nameWord(toks[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < toks.length && !skip(j + 1)) {
      const n = toks[j + 1]!;
      if (nameWord(n) && adjacent(text, toks[j]!, n)) j++;
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
function splitRun(toks: readonly Token[], a: number, b: number, out: Span[]): void {
  const last = low(toks[b]!);
  // organisation names may contain titles and demonyms: "Foreign Ministry", "British Airways"
  const orgLike = ORG_TAILS.has(last) || PLACE_TAILS.has(last);
  let from = a;
  while (from <= b && FUNCTION_WORDS.has(low(toks[from]!)) && !toks[from]!.upper) from++;
  const whole = gazKey(from === b ? toks[b]!.text : toks.slice(from, b + 1).map((t) => t.text).join(' '));
  // "Czech Republic", "Sri Lanka": a known place may begin with a demonym-like word
  if (!orgLike && !isPlace(whole)) {
    for (let k = b; k >= from; k--) {
      const t = toks[k]!;
      // "John Major", "Martin Luther King": a title word ending a run after a given name is a surname
      if (k === b && k > from && isGivenName(gazKey(toks[k - 1]!.text))) continue;
      if (isTitle(t) || isDemonym(t)) {
        prefix(toks, from, k - 1, out); // "European Commission" in "European Commission President X"
        from = k + 1;
        break;
      }
    }
    // "Secretary of State Antony Blinken": the name starts after the portfolio words
    if (toks[from]?.text === 'of') {
      from++;
      while (from <= b && (ROLE_MODIFIERS.has(low(toks[from]!)) || PORTFOLIOS.has(low(toks[from]!)))) from++;
    }
  }
  // "the" / "'s" / lone connector at the end never belong to a name
  let to = b;
  while (to >= from && (CONNECTORS.has(toks[to]!.text) || toks[to]!.text === 'of')) to--;
  if (from <= to) out.push({ from, to });
}

/** The words before a title inside one run, without the titles and demonyms next to them. */
function prefix(toks: readonly Token[], a: number, b: number, out: Span[]): void {
  while (b >= a && (isTitle(toks[b]!) || isDemonym(toks[b]!) || ROLE_MODIFIERS.has(low(toks[b]!)))) b--;
  const org = b >= a && ORG_TAILS.has(low(toks[b]!)); // "European Commission" keeps its demonym
  while (a <= b && (isTitle(toks[a]!) || (!org && isDemonym(toks[a]!)))) a++;
  if (a <= b && !CONNECTORS.has(toks[b]!.text) && toks[b]!.text !== 'of') out.push({ from: a, to: b });
}

/** Candidate spans over tokens; `skip` excludes tokens (e.g. in all-caps headline lines). */
export function candidateSpans(
  text: string,
  toks: readonly Token[],
  skip: (i: number) => boolean,
): Span[] {
  const spans: Span[] = [];
  for (const [a, b] of runs(text, toks, skip)) splitRun(toks, a, b, spans);
  return spans;
}

