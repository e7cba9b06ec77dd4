// One name token → a key equal for its spellings in Cyrillic and Latin (Лукашенко, Лукашэнка, Lukashenko,
// Lukashenka, Łukaszenka), but apart for distinct Latin names (Love ≠ Lowe, Jones ≠ Jonas, Smith ≠ Smyth).
//
// How: Cyrillic is taken to its base case form (name-cases.ts: Путина → Путин) and transliterated
// (transliterate.ts), so both alphabets meet in Latin. The folds that
// only romanisation produces (w/v, j/y/i, kh/h, Polish sz/cz, German sch, Belarusian ou/ov, ts/t and -ka/-ko)
// and doubled consonants apply only to tokens that look Slavic by a strong ending (-ov, -ev, -sky, -enko, -vich,
// -skaya, …; see looksSlavic), where two different Latin names never differ by them: Lewin ≠ Levin,
// Wallin ≠ Valin, Collin ≠ Colin. A Cyrillic token is judged by its transliteration, so both alphabets fold alike. A few folds are safe everywhere: ks before a
// vowel/x, ph/f, final -er/-r and -ey/-ei. Irish and Italian O'/D' stay glued to the name (O'Sullivan ≠ Sullivan).
import { cyrillicSurnameBase } from './name-cases.js';
import { cyrillicToLatin, hasCyrillic } from './transliterate.js';

const SPECIAL: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd' };
/** Memos keep strings up to this length, so 20,000 entries stay a few MB even when junk comes by. */
const MAX_CACHED = 200;
const MAX_ENTRIES = 20_000;

const memo = (cache: Map<string, string>, key: string, value: string): string => {
  if (cache.size > MAX_ENTRIES) cache.clear(); // bounded memo: names repeat across articles
  if (key.length <= MAX_CACHED) cache.set(key, value); // junk strings are not worth holding on to
  return value;
};

const normalized = new Map<string, string>();

/**
 * Lower-case, Latin diacritics stripped (Nausėda → nauseda), possessive 's/’s removed, punctuation → space,
 * except the apostrophe of O'/D' names (O'Brien → obrien: O'Sullivan is not Sullivan).
 * Cyrillic letters keep their marks (й, ў, ї, ё are letters of their own, not и, у, і, е with an accent).
 */
export function normalizeName(name: string): string {
  const hit = normalized.get(name);
  if (hit !== undefined) return hit;
  const out = name
    .replace(/(?<![\p{L}'’])([OD])['’](?=\p{Lu})/gu, '$1') // O'Sullivan → osullivan, D'Alema → dalema
    .toLowerCase()
    .normalize('NFD')
    .replace(/(\p{Script=Cyrillic})(\p{M}+)|\p{M}+/gu, (_m, cyr: string | undefined, marks: string | undefined) => (cyr ? cyr + (marks ?? '') : ''))
    .normalize('NFC')
    .replace(/[łøđßæœıþð]/gu, (c) => SPECIAL[c] ?? c)
    .replace(/['’]s\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return memo(normalized, name, out);
}

/**
 * Endings that only romanised Slavic names have: -ov, -eva, -enko, -sky, -vich, -chuk, -shvili, Belarusian -ikau
 * (a vowel and one consonant before -au/-eu: not French -eau, German -ndau). -ow/-ew (German, Polish) count too,
 * but not after a doubled consonant or as -hew/-rew (Bellow, Morrow, Mathew, Andrew are English).
 */
const STRONG_SLAVIC_ENDING =
  /(?:[oe]v|[oae]va|ovna|evna|sk[iy]j?|sk[iy][iy]|sk[ao]ya|sk[ao]ia|sk[ao]ja|ska|enk[oa]|[aiuy]shk[ao]|chk[ao]|chuk|czuk|[iy]uk|yk|[vw]ych|[vw]i[cč]h?|wicz|[iy]tsch|shvili)$|[aeiouy][b-df-hj-np-tv-z][ae]u$/;
const W_ENDING = /[oe]wa?$/;
const ENGLISH_W = /([b-df-hj-np-tv-z])\1h?[oe]wa?$|[hr]ew$/;
/**
 * Endings Latin names share (Lewin, Wallin, Collin, Yassin; Ulrich, Dominic; Landau): Slavic only with a
 * spelling no Latin name has as well: zh, kh, shch, Polish sz/cz, ts/dz, or a y/j between a consonant and a vowel.
 */
const WEAK_SLAVIC_ENDING = /(?:in|ina|yn|yna|ic|ich|uk|[aoe]u|[oe]wa?)$/;
const SLAVIC_SPELLING = /zh|kh|shch|sz|cz|ts|dz|(?<=[b-df-hj-np-tv-z])[yj](?=[aeiou])/;

/** Folds that only romanisations of one Slavic name differ by; applied to Slavic-looking tokens only. */
const SLAVIC_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/szcz/g, 'shch'], // Polish: Chruszczow
  [/tsch/g, 'ch'], // German: Tschernenko
  [/sch/g, 'sh'], // German: Lukaschenko
  [/sz/g, 'sh'], // Polish: Łukaszenka
  [/cz/g, 'ch'], // Polish: Czernienko
  [/shch/g, 'sh'], // Khrushchev / Khrushev
  [/^ts(?=[ie])/, 't'], // Belarusian ц before a soft vowel: Tsikhanouskaya / Tikhanovskaya
  [/^dz(?=[ie])/, 'd'], // Belarusian дз: Dzmitryeu / Dmitriev
  [/kh/g, 'h'], // Khrenov / Hrenov
  [/w/g, 'v'], // Wolkow / Volkov
  [/[jy]/g, 'i'], // Yakovlev / Jakovlev, -skaya / -skaia / -skaja
  [/i[ij]$/, 'i'], // Zelenskyy / Zelenskyi / Zelenskiy / Zelensky
  [/([b-df-hj-np-tv-z])\1+/g, '$1'], // doubled consonants: Sannikov / Sanikov (not Lehmann / Lehman, Weber / Webber)
  [/ou(?=[^aeiou])/g, 'ov'], // Belarusian ў: Tsikhanouskaya / Tikhanovskaya
  [/(?<=[^aeiou])[aoe][uv]$/, 'ov'], // Belarusian -аў / -оў: Sannikau / Sannikov
];

/** Surname endings only (a given name Marina is not Marin): applied after SLAVIC_RULES in surname keys. */
const SLAVIC_SURNAME_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<=[oe]v|in)a$/, ''], // feminine -ova / -ina: one key with -ov / -in, as their case forms (name-cases.ts)
  [/(?<=.{4}k)[ao]$/, ''], // Belarusian -ka / Russian -ko: Lukashenka / Lukashenko, Latushka / Latushko
];

/** Folds safe for any Latin name: distinct names do not differ by these alone. */
const GENERAL_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/ks(?=[aeiouy])/g, 'x'], // Aleksandr / Alexandr (not Marks / Marx)
  [/ph/g, 'f'], // Stephan / Stefan
  [/er$/, 'r'], // Alexander / Aleksandr, Peter / Petr
  [/ey$/, 'ei'], // Sergey / Sergei, Alexey / Alexei
];

const surnameKeys = new Map<string, string>();
const givenKeys = new Map<string, string>();

/** Does this normalised Latin token look like a romanised Slavic name (by its ending, see above)? */
export function looksSlavic(token: string): boolean {
  if (token.length < 5) return false;
  if (W_ENDING.test(token) && !ENGLISH_W.test(token)) return true;
  if (STRONG_SLAVIC_ENDING.test(token)) return true;
  return WEAK_SLAVIC_ENDING.test(token) && SLAVIC_SPELLING.test(token);
}

function tokenKey(token: string, surname: boolean): string {
  let k = normalizeName(token).replace(/ /g, '');
  if (hasCyrillic(k)) {
    const base = surname ? cyrillicSurnameBase(k) : k;
    // й after a vowel is i in the press (Шойгу → Shoigu, Андрей → Andrei), whatever the table's y.
    // Not -ий/-ый at the end, which the table writes -y (Навальный → Navalny).
    k = normalizeName(cyrillicToLatin(base.replace(/(?<=[аеёоуэюяіїє])й|(?<=[иы])й(?=\p{L})/gu, 'и'))).replace(/ /g, '');
  }
  // Cyrillic is judged by its transliteration, as the Latin spelling it must meet (Навальный / Navalny).
  if (looksSlavic(k)) {
    for (const [re, to] of SLAVIC_RULES) k = k.replace(re, to);
    if (surname) for (const [re, to] of SLAVIC_SURNAME_RULES) k = k.replace(re, to);
  }
  for (const [re, to] of GENERAL_RULES) k = k.replace(re, to);
  return k;
}

/**
 * The transliteration key of a name token (see the file comment): equal for spellings of one name. Read as a
 * surname: Cyrillic case forms are undone (Путина → putin) and feminine -ova/-ina share the -ov/-in key.
 */
export function phoneticKey(token: string): string {
  return surnameKeys.get(token) ?? memo(surnameKeys, token, tokenKey(token, true));
}

/** The same key for a given name: spelling folds only, no surname endings (Марина stays marina). */
export function givenSpellingKey(token: string): string {
  return givenKeys.get(token) ?? memo(givenKeys, token, tokenKey(token, false));
}
