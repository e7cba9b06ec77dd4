// Person-name matching across articles, alphabets and transliterations (Лукашенко / Lukashenka / Lukashenko).
// Keys live in name-key.ts, given-name variants in given-name-match.ts; this file decides identity and scores queries.
import { editDistanceAtMost } from './edit-distance.js';
import { givenKey, givenNamesCompatible, variantsShareFullName } from './given-name-match.js';
import { normalizeName, phoneticKey } from './name-key.js';
import { gendersAgree, surnameGender, type SurnameGender } from './surname-gender.js';

export { editDistance, editDistanceAtMost } from './edit-distance.js';
export { givenKey, givenNamesCompatible } from './given-name-match.js';
export { looksSlavic, normalizeName, phoneticKey } from './name-key.js';
export { gendersAgree, type SurnameGender } from './surname-gender.js';

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'junior', 'senior']);

const tokensOf = (name: string): string[] => {
  const ts = normalizeName(name).split(' ').filter(Boolean);
  while (ts.length > 1 && SUFFIXES.has(ts[ts.length - 1]!)) ts.pop();
  return ts;
};

/** Identity key for a person across articles: phoneticKey of the surname (suffixes like Jr. ignored). */
export function personKey(fullName: string): string {
  const ts = tokensOf(fullName);
  return phoneticKey(ts[ts.length - 1] ?? '');
}

/** The gender the surname of a name is written in (Ivan Petrov: m, Petrova: f), when it shows one. */
export function nameGender(fullName: string): SurnameGender | undefined {
  const ts = tokensOf(fullName);
  return ts.length ? surnameGender(ts[ts.length - 1]!) : undefined;
}

/**
 * Could these two names denote the same person? Surnames must agree, in their gender too (Petrova is not
 * Ivan Petrov); given names must not conflict.
 */
export function namesCompatible(a: string, b: string): boolean {
  const ta = tokensOf(a);
  const tb = tokensOf(b);
  if (!ta.length || !tb.length) return false;
  if (personKey(a) !== personKey(b)) return false;
  if (!gendersAgree(nameGender(a), nameGender(b))) return false;
  if (ta.length === 1 || tb.length === 1) return true;
  return givenNamesCompatible(ta[0]!, tb[0]!);
}

/**
 * How well one query token matches one name token, 0..1. A one-letter slip is a typo only in a long word
 * (7+ letters): in shorter ones it is usually another name (Jones / Jonas, Marks / Marx), so only a suggestion.
 */
function tokenScore(q: string, n: string, given: boolean): number {
  if (q === n) return 1;
  if (phoneticKey(q) === phoneticKey(n)) return 0.95;
  // A given name: its spelling in another alphabet (Анна / Anna), or a variant (Bill / William, Aleksandr / Alexander).
  if (given && (givenKey(q) === givenKey(n) || variantsShareFullName(q, n))) return 0.9;
  const dist = editDistanceAtMost(q, n, 2);
  const len = Math.min(q.length, n.length);
  if ((dist <= 1 && len >= 7) || (dist <= 2 && len >= 10)) return 0.85;
  if (len >= 7 && editDistanceAtMost(phoneticKey(q), phoneticKey(n), 1) <= 1) return 0.8;
  if (dist <= 1 && len >= 5) return 0.6;
  if (q.length >= 4 && n.startsWith(q)) return 0.6;
  return 0;
}

function scoreOne(query: string[], name: string[]): number {
  if (!query.length || !name.length) return 0;
  const surname = name[name.length - 1]!;
  let sum = 0;
  let surnameHit = false;
  for (const q of query) {
    let best = 0;
    for (const [i, n] of name.entries()) {
      const s = tokenScore(q, n, i < name.length - 1);
      if (s > best) best = s;
      if (s >= 0.8 && n === surname) surnameHit = true;
    }
    if (best === 0) return 0.3 * (sum / query.length); // an unmatched word: at most a weak hint
    sum += best;
  }
  const avg = sum / query.length;
  return surnameHit ? avg : Math.min(avg, 0.6); // a given name alone is only a suggestion
}

/** 0..1 match of a user query against a person's names; ≥ 0.8 confident, 0.5–0.8 "did you mean". */
export function nameMatchScore(query: string, names: readonly string[]): number {
  const q = tokensOf(query);
  let best = 0;
  for (const n of names) best = Math.max(best, scoreOne(q, tokensOf(n)));
  return Math.round(best * 1000) / 1000;
}
