// Lazily built lookup sets over the generated and hand-written gazetteers.
import { GIVEN_NAMES } from './gazetteer-given-names.js';
import { SURNAMES } from './gazetteer-surnames.js';
import { WORLD_PLACES } from './gazetteer-world-places.js';
import { COUNTRY_ALIASES, EXTRA_PLACES } from './gazetteer-regions.js';
import { COUNTRIES } from './gazetteer-countries.js';

let given: Set<string> | undefined;
let surnames: Set<string> | undefined;
let places: Set<string> | undefined;
let countries: Set<string> | undefined;

/** Lower case, diacritics stripped, punctuation to spaces: the key all gazetteers use. */
const keyCache = new Map<string, string>();

export function gazKey(s: string): string {
  if (/^[a-z]+$/.test(s)) return s;
  let k = keyCache.get(s);
  if (k !== undefined) return k;
  k = s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'’-]+/gu, ' ')
    .trim();
  if (keyCache.size > 50_000) keyCache.clear(); // bounded: names repeat, text does not
  if (s.length <= 200) keyCache.set(s, k); // and long spans (junk runs of capitals) are not kept
  return k;
}

export function isGivenName(key: string): boolean {
  given ??= new Set(GIVEN_NAMES.split(' '));
  return given.has(key);
}

export function isSurname(key: string): boolean {
  surnames ??= new Set(SURNAMES.split(' '));
  return surnames.has(key);
}

export function isPlace(key: string): boolean {
  places ??= new Set([...WORLD_PLACES.split('|'), ...EXTRA_PLACES]);
  return places.has(key);
}

/** Countries (not cities or regions). */
export function isCountry(key: string): boolean {
  countries ??= new Set([...COUNTRIES.split('|'), ...COUNTRY_ALIASES]);
  return countries.has(key);
}
