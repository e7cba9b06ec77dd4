// When two given names can be one person's. Different given names are different people unless one is
// clearly a variant of the other: the same spelling up to transliteration (Sergey / Sergei / Сергей), one
// table entry (Aleksandr / Alexander / Aliaksandr / Oleksandr; Bill / William), or an initial (J. / John).
import { GIVEN_NAME_VARIANTS } from './given-name-variants.js';
import { cyrillicGivenForms } from './name-cases.js';
import { givenSpellingKey, normalizeName } from './name-key.js';
import { cyrillicToLatin, hasCyrillic } from './transliterate.js';

/** Given names are short and their romanisations vary more than surnames': inner y/i/j, w/v, kh/h, doubles fold. */
const givenKeys = new Map<string, string>();
export function givenKey(name: string): string {
  const hit = givenKeys.get(name);
  if (hit !== undefined) return hit;
  const key = givenSpellingKey(name)
    .replace(/kh/g, 'h')
    .replace(/w/g, 'v')
    .replace(/(?<=[aeiou])j|(?<=.)y/g, 'i') // not word-initial: Jan ≠ Ian, Yan ≠ Ian
    .replace(/i[ij]$/, 'i')
    .replace(/([b-df-hj-np-tv-z])\1+/g, '$1'); // Phillip / Philip, Gennady / Genady
  if (givenKeys.size > 20_000) givenKeys.clear();
  if (name.length <= 60) givenKeys.set(name, key);
  return key;
}

/** givenKey → the full names it can stand for (a full name stands for itself). */
const FULL_NAMES = new Map<string, Set<string>>();
const addFull = (form: string, full: string) => {
  const key = givenKey(form);
  const set = FULL_NAMES.get(key) ?? new Set<string>();
  set.add(full);
  FULL_NAMES.set(key, set);
};
for (const [full, variants] of Object.entries(GIVEN_NAME_VARIANTS)) {
  addFull(full, full);
  for (const v of variants.split(' ')) addFull(v, full);
}

const VARIANTS = new Map(Object.entries(GIVEN_NAME_VARIANTS).map(([full, variants]) => [full, variants.split(' ')]));
/** The table's variants of one of its full names (none for a name that is not one). */
export function givenNamesVariantsOf(full: string): readonly string[] {
  return VARIANTS.get(full) ?? [];
}

/** The table's full names this given name can stand for; empty when the table does not know it. */
export function fullNamesOf(name: string): ReadonlySet<string> {
  return FULL_NAMES.get(givenKey(name)) ?? new Set();
}

/** The first letter of a name as written in Latin (А. → a, Ю. → y), for initials; before any fold (Phil is P). */
export const initialOf = (name: string) => normalizeName(hasCyrillic(name) ? cyrillicToLatin(name) : name).charAt(0);

/**
 * Could two given names (normalised tokens, any alphabet) be one person's: an initial of the other, the same
 * name up to transliteration, or a variant in the table (sharing a full name: Alex ~ Alexander, Alex ~
 * Alexandra, but Alexander ≁ Alexandra). Anything else is two people (Quincy ≁ Alex, Lauri ≁ Rob).
 */
export function givenNamesCompatible(a: string, b: string): boolean {
  const na = normalizeName(a).replace(/ /g, '');
  const nb = normalizeName(b).replace(/ /g, '');
  if (!na || !nb) return false;
  if ([...na].length === 1 || [...nb].length === 1) return initialOf(na) === initialOf(nb);
  // A Cyrillic given name may be in a case form: Александра (of Александр, or the name Alexandra), Сергея.
  for (const fa of cyrillicGivenForms(na)) {
    for (const fb of cyrillicGivenForms(nb)) if (givenKey(fa) === givenKey(fb) || variantsShareFullName(fa, fb)) return true;
  }
  return false;
}

/**
 * What givenNamesCompatible compares, computed once per name: matching a mention against a surname bucket
 * checks it with every row's given names, and buckets grow with the cast. Two names are compatible exactly
 * when givenClassesMeet (test/nlp/given-name-classes.test.ts holds the two to each other).
 */
export interface GivenNameClasses {
  /** The Latin initial; '' for a name with no letters (compatible with nothing). */
  initial: string;
  /** An initial only: compatible with every name of that initial. */
  single: boolean;
  /** The spelling keys (k…) and table full names (f…) of every case form. */
  keys: readonly string[];
}

const classMemo = new Map<string, GivenNameClasses>();
export function givenNameClasses(name: string): GivenNameClasses {
  const hit = classMemo.get(name);
  if (hit !== undefined) return hit;
  const n = normalizeName(name).replace(/ /g, '');
  const single = [...n].length === 1;
  const keys = new Set<string>();
  if (n && !single) {
    for (const form of cyrillicGivenForms(n)) {
      keys.add(`k${givenKey(form)}`);
      for (const full of fullNamesOf(form)) keys.add(`f${full}`);
    }
  }
  const classes = { initial: n ? initialOf(n) : '', single, keys: [...keys] };
  if (classMemo.size > 20_000) classMemo.clear();
  if (name.length <= 60) classMemo.set(name, classes);
  return classes;
}

export function givenClassesMeet(a: GivenNameClasses, b: GivenNameClasses): boolean {
  if (!a.initial || !b.initial) return false;
  if (a.single || b.single) return a.initial === b.initial;
  return a.keys.some((k) => b.keys.includes(k));
}

/** Table variants only (no initials, no spelling): Bill ~ William, Aleksandr ~ Alexander. */
export function variantsShareFullName(a: string, b: string): boolean {
  const fa = fullNamesOf(a);
  if (fa.size === 0) return false;
  for (const full of fullNamesOf(b)) if (fa.has(full)) return true;
  return false;
}
