// Candidate entity spans: runs of capitalised tokens, split where a title or demonym ends.
import type { Token } from './tokens.js';
import { FUNCTION_WORDS, isPossessive } from './tokens.js';
import { HONORIFICS, ROLE_NOUNS } from './gazetteer-titles.js';
import { ORG_HEADS, ORG_TAILS, PLACE_HEADS, PLACE_TAILS } from './gazetteer-orgs.js';
import { DEMONYMS, NON_ENTITY } from './gazetteer-regions.js';
import { gazKey, isGivenName, isPlace } from './gazetteer-index.js';

/** Token range [from, to] inclusive, with the title/demonym tokens that preceded it in its run. */
export interface Span {
  from: number;
  to: number;
  /** Index of the first title/demonym token of the run directly before `from` (== from if none). */
  cueFrom: number;
}

const CONNECTORS = new Set(
  'de van von der den du da di del della dos das bin ibn al el la le ter ten y &'.split(' '),
);

const low = (t: Token): string => t.text.toLowerCase();
const isTitle = (t: Token): boolean => ROLE_NOUNS.has(low(t)) || HONORIFICS.has(low(t));
const isDemonym = (t: Token): boolean => DEMONYMS.has(low(t));

/** A capitalised word that may belong to a name. */
function nameWord(t: Token): boolean {
  return t.word && t.cap && !NON_ENTITY.has(low(t)) && !/^\p{N}/u.test(t.text);
}

/** Tokens separated by at most one space (never a line break). */
const adjacent = (text: string, a: Token, b: Token): boolean => {
  const gap = b.start - a.end;
  return gap === 0 || (gap === 1 && /[ \u00a0]/u.test(text.charAt(a.end)));
};

/** "of" joins only after a word that heads organisations or places ("Bank of England"). */
function joins(text: string, toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  const next = toks[i + 1];
  if (!next || !nameWord(next) || !adjacent(text, t, next) || !adjacent(text, toks[i - 1]!, t)) return false;
  if (t.text === 'of') {
    const prev = low(toks[i - 1]!);
    return ORG_HEADS.has(prev) || PLACE_HEADS.has(prev) || ORG_TAILS.has(prev);
  }
  return CONNECTORS.has(t.text);
}

/** Maximal runs of name words and inner connectors; possessives and punctuation end them. */
function runs(text: string, toks: readonly Token[], skip: (i: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
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
      else if (j + 2 < toks.length && joins(text, toks, j + 1)) j += 2;
      else break;
    }
    out.push([i, j]);
    i = j + 1;
  }
  return out;
}

/** Splits a run into the name part and its leading cue (titles, demonyms, function words). */
function splitRun(toks: readonly Token[], a: number, b: number): Span | undefined {
  const last = low(toks[b]!);
  // organisation names may contain titles and demonyms: "Foreign Ministry", "British Airways"
  const orgLike = ORG_TAILS.has(last) || PLACE_TAILS.has(last);
  let from = a;
  while (from <= b && FUNCTION_WORDS.has(low(toks[from]!)) && !toks[from]!.upper) from++;
  const cueFrom = from;
  const whole = gazKey(toks.slice(from, b + 1).map((t) => t.text).join(' '));
  // "Czech Republic", "Sri Lanka": a known place may begin with a demonym-like word
  if (!orgLike && !isPlace(whole)) {
    for (let k = b; k >= from; k--) {
      const t = toks[k]!;
      // "John Major", "Martin Luther King": a title word ending a run after a given name is a surname
      if (k === b && k > from && isGivenName(gazKey(toks[k - 1]!.text))) continue;
      if (isTitle(t) || isDemonym(t)) {
        from = k + 1;
        break;
      }
    }
  }
  // "the" / "'s" / lone connector at the end never belong to a name
  let to = b;
  while (to >= from && (CONNECTORS.has(toks[to]!.text) || toks[to]!.text === 'of')) to--;
  if (from > to) return undefined;
  return { from, to, cueFrom: from > cueFrom ? cueFrom : from };
}

/** Candidate spans over tokens; `skip` excludes tokens (e.g. in all-caps headline lines). */
export function candidateSpans(
  text: string,
  toks: readonly Token[],
  skip: (i: number) => boolean,
): Span[] {
  const spans: Span[] = [];
  for (const [a, b] of runs(text, toks, skip)) {
    const s = splitRun(toks, a, b);
    if (s) spans.push(s);
  }
  return spans;
}

export { isPossessive };
