// People a sentence names by surname only ("Yu and Soni say…") while the event's articles introduce them in full
// ("Ben Yu, 21, …") elsewhere: out of context the reader doesn't know who that is. Such a sentence can't lead a
// summary, and follows only a chosen sentence that gives the full name.
import { GIVEN_NAMES } from './gazetteer-given-names.js';

let given: Set<string> | undefined;
const givenNames = () => (given ??= new Set(GIVEN_NAMES.split(' ')));

const FULL_NAME_RE = /\b(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)/gu;
const CAPITALISED_RE = /\p{Lu}\p{Ll}[\p{L}-]*/gu;

/** Surnames (lower case) the texts introduce with a given name in front: "Ben Yu" → "yu". */
export function introducedSurnames(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(FULL_NAME_RE)) if (givenNames().has(m[1]!.toLowerCase())) out.add(m[2]!.toLowerCase().replace(/['’]s$/, ''));
  }
  return out;
}

/** The surnames of `surnames` this sentence uses bare: not right after another capitalised word (a given name, a title). */
export function bareSurnames(sentence: string, surnames: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(CAPITALISED_RE)) {
    const word = m[0].toLowerCase();
    if (!surnames.has(word)) continue;
    const before = /(\p{L}+)\.?\s+$/u.exec(sentence.slice(Math.max(0, m.index - 30), m.index))?.[1];
    if (before !== undefined && /^\p{Lu}/u.test(before)) continue; // "Ben Yu", "President Obama", "Mr. Duda"
    out.push(word);
  }
  return out;
}
