// In-article coreference: each mention's `name` is the fullest form of its entity in the text.
//
// The rule, for a mention m: among the mentions of m's type with more words that contain m's words in
// order (and, for people, whose names are compatible; for other types, whose acronym is m's one word),
// the one with the most words, the earliest on a tie; m itself when there is none.
// Computed once per distinct (type, text), looking only at names that share m's rarest word, longest
// first: linear in practice, where comparing every pair of mentions was quadratic on long documents.
import type { EntityType } from './ner-classify.js';
import { namesCompatible, normalizeName, personKey } from './names.js';

const words = (s: string): string[] => normalizeName(s).split(' ').filter(Boolean);

/** True when every word of `short` occurs, in order, in `long` ("Lukashenko" in "Alexander Lukashenko"). */
function contained(short: string[], long: string[]): boolean {
  let j = 0;
  for (const w of long) if (w === short[j]) j++;
  return j === short.length;
}

/** Acronym of a multi-word name: "European Union" → "eu". */
const acronym = (ws: string[]): string => ws.filter((w) => w.length > 2).map((w) => w[0]).join('');

/** A safety bound on candidate checks per distinct name, for adversarial texts (thousands of near-identical names). */
const MAX_CHECKS_PER_NAME = 5_000;

interface Name { type: EntityType; text: string; words: string[] }

/** What coreference needs of an entity (typed here, not imported from entities.ts, which imports this file). */
export interface NamedMention { type: EntityType; text: string }

export function resolveNames(entities: readonly NamedMention[]): string[] {
  // Distinct names in order of first mention: "earliest" among names is then the lowest number.
  const names: Name[] = [];
  const numberOf = new Map<string, number>();
  const numbers = entities.map((e) => {
    const key = `${e.type}\u0000${e.text}`;
    let n = numberOf.get(key);
    if (n === undefined) {
      n = names.length;
      names.push({ type: e.type, text: e.text, words: words(e.text) });
      numberOf.set(key, n);
    }
    return n;
  });
  const postings = buildPostings(names);
  const resolved = names.map((name) => fullest(name, names, postings));
  return numbers.map((n) => resolved[n]!);
}

/** type + word (or type + acronym, or type alone) → names, most words first, then by first mention. */
function buildPostings(names: readonly Name[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  const add = (key: string, n: number) => {
    const list = postings.get(key);
    if (!list) postings.set(key, [n]);
    else if (list[list.length - 1] !== n) list.push(n);
  };
  names.forEach((name, n) => {
    add(name.type, n);
    for (const w of name.words) add(`${name.type}\u0000w:${w}`, n);
    if (name.type !== 'PERSON') add(`${name.type}\u0000a:${acronym(name.words)}`, n);
  });
  for (const list of postings.values()) list.sort((a, b) => names[b]!.words.length - names[a]!.words.length || a - b);
  return postings;
}

function fullest(name: Name, names: readonly Name[], postings: Map<string, number[]>): string {
  const mine = name.words;
  // One written word ("Lukashenko", "Ben-Zvi") is a surname: it must be the other name's surname too.
  const oneWord = !/\s/u.test(name.text.trim());
  const same = (other: Name) =>
    name.type !== 'PERSON'
      ? contained(mine, other.words)
      : contained(mine, other.words) && (oneWord ? personKey(name.text) === personKey(other.text) : namesCompatible(name.text, other.text));
  // Candidates must contain every word of mine: scan the shortest posting list among mine's words.
  let scan = postings.get(name.type) ?? [];
  for (const w of mine) {
    const list = postings.get(`${name.type}\u0000w:${w}`) ?? [];
    if (list.length < scan.length) scan = list;
  }
  let best = -1;
  let bestLen = mine.length;
  let checks = 0;
  const consider = (list: readonly number[], match: (other: Name) => boolean) => {
    for (const n of list) {
      const len = names[n]!.words.length;
      // Sorted by length, then first mention: once one can't win, none after it can.
      if (len < bestLen || (len === bestLen && (best < 0 || n >= best))) break;
      if (++checks > MAX_CHECKS_PER_NAME) return;
      if (match(names[n]!)) {
        best = n;
        bestLen = len;
      }
    }
  };
  consider(scan, same);
  if (name.type !== 'PERSON' && mine.length === 1) consider(postings.get(`${name.type}\u0000a:${mine[0]}`) ?? [], () => true);
  if (best < 0 && name.type === 'PERSON' && oneWord && mine.length === 1) return byGivenName(name, names, postings) ?? name.text;
  return best < 0 ? name.text : names[best]!.text;
}

/**
 * A lone given name ("Kris") is the one full name of the text that starts with it ("Kris Humphries"), when exactly
 * one does and no name ends with it (then it may be a surname, and two people could share it).
 */
function byGivenName(name: Name, names: readonly Name[], postings: Map<string, number[]>): string | undefined {
  const word = name.words[0]!;
  const found = new Set<string>();
  let text: string | undefined;
  for (const n of (postings.get(`PERSON\u0000w:${word}`) ?? []).slice(0, MAX_CHECKS_PER_NAME)) {
    const other = names[n]!;
    if (other.words.length < 2) continue;
    if (other.words[other.words.length - 1] === word) return undefined;
    if (other.words[0] !== word) continue;
    found.add(other.words.join(' '));
    text ??= other.text;
  }
  return found.size === 1 ? text : undefined;
}
