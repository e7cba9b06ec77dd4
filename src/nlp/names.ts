// Person-name matching across articles and transliterations (Lukashenko / Lukashenka).
import { editDistanceAtMost } from './edit-distance.js';

export { editDistance, editDistanceAtMost } from './edit-distance.js';

const SPECIAL: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd' };
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'junior', 'senior']);

/** Lower-case, diacritics stripped (Nausėda → nauseda), possessive 's/’s removed, punctuation → space. */
const cache = new Map<string, string>();
/** Memos keep strings up to this length, so 20,000 entries stay a few MB even when junk comes by. */
const MAX_CACHED = 200;

export function normalizeName(name: string): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const out = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łøđßæœıþð]/gu, (c) => SPECIAL[c] ?? c)
    .replace(/['’]s\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (cache.size > 20_000) cache.clear(); // bounded memo: names repeat across articles
  if (name.length <= MAX_CACHED) cache.set(name, out); // junk strings are not worth holding on to
  return out;
}

const keyCache = new Map<string, string>();

// Rewrites applied in order. Each collapses one family of romanisation variants.
const RULES: Array<[RegExp, string]> = [
  [/shch/g, 'sh'], // Khrushchev / Khrushchov
  [/ks/g, 'x'], // Aleksandr / Alexandr
  [/kh/g, 'h'], // Tsikhanouskaya / Tsihanouskaya, Mikhail / Mihail
  [/ph/g, 'f'], // Stephan / Stefan
  [/w/g, 'v'], // Wladimir / Vladimir
  [/[jy]/g, 'i'], // Yuri / Juri / Iuri, -skaya / -skaia, Sergey / Sergei
  [/^ts/, 't'], // Tsikhanouskaya / Tikhanovskaya
  [/ou(?=[^aeiou])/g, 'ov'], // Belarusian -ouskaya / Russian -ovskaya
  [/(.)\1+/g, '$1'], // doubled letters: Zelenskyy / Zelensky, Muammar / Muamar
  [/er$/, 'r'], // Alexander / Aleksandr, Peter / Petr
];

/**
 * A key equal for transliteration variants of one name token. Collapses: diacritics and case
 * (Nausėda/Nauseda), ks/x (Aleksandr/Alexander), kh/h, ph/f, w/v, j/y/i (Yuri/Juri, -skaya/-skaia),
 * leading ts/t (Tsikhanouskaya/Tikhanovskaya), Belarusian ou/ov before a consonant, doubled letters
 * (Zelenskyy), final -er/-r, and a final a/o on tokens of 6+ letters (Lukashenka/Lukashenko).
 */
export function phoneticKey(token: string): string {
  const hit = keyCache.get(token);
  if (hit !== undefined) return hit;
  let k = normalizeName(token).replace(/ /g, '');
  for (const [re, to] of RULES) k = k.replace(re, to);
  if (k.length >= 6) k = k.replace(/[ao]$/, '');
  if (keyCache.size > 20_000) keyCache.clear();
  if (token.length <= MAX_CACHED) keyCache.set(token, k);
  return k;
}

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

/** Given names agree: same key, or one is an initial or a short form of the other. */
/** Could two given names (normalised tokens) be the same person's: initials, transliterations, short forms. */
export function givenNamesCompatible(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  const ka = phoneticKey(a);
  const kb = phoneticKey(b);
  return ka === kb || (Math.min(ka.length, kb.length) >= 3 && (ka.startsWith(kb) || kb.startsWith(ka)));
}

/** Could these two names denote the same person? Surnames must agree; given names must not conflict. */
export function namesCompatible(a: string, b: string): boolean {
  const ta = tokensOf(a);
  const tb = tokensOf(b);
  if (!ta.length || !tb.length) return false;
  if (personKey(a) !== personKey(b)) return false;
  if (ta.length === 1 || tb.length === 1) return true;
  return givenNamesCompatible(ta[0]!, tb[0]!);
}

/** How well one query token matches one name token, 0..1. */
function tokenScore(q: string, n: string): number {
  if (q === n) return 1;
  if (phoneticKey(q) === phoneticKey(n)) return 0.95;
  const dist = editDistanceAtMost(q, n, 2);
  const len = Math.min(q.length, n.length);
  if ((dist <= 1 && len >= 5) || (dist <= 2 && len >= 9)) return 0.85;
  if (len >= 5 && editDistanceAtMost(phoneticKey(q), phoneticKey(n), 1) <= 1) return 0.8;
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
    for (const n of name) {
      const s = tokenScore(q, n);
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
