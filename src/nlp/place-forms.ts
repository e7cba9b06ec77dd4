// Places in a grammatical case: Russian, Belarusian, Ukrainian and Polish write "the President of Poland" as
// a genitive ("Президент России", "Prezydent Polski"), so the place gazetteers need the word's nominative.
import { FOREIGN_PLACES } from './gazetteer-foreign-words.js';
import { gazKey } from './gazetteer-index.js';
import { isCyrillic, isCyrillicPlace } from './ner-cyrillic.js';

let foreignKeys: Set<string> | undefined;

/** Polish case endings a place name may carry, and the nominative endings to try after removing one. */
const POLISH_CASES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/ie$/u, ['a', '']], // Warszawie → Warszawa, Berlinie → Berlin
  [/(?:em|iem)$/u, ['']], // Berlinem → Berlin
  [/[yi]$/u, ['a', 'y', '']], // Polski → Polska, Ukrainy → Ukraina, Francji → Francja
  [/[ąęeua]$/u, ['a', '', 'y']], // Polską, Polskę, Londynu → Londyn, Berlina → Berlin
];

/** A foreign-language place name (German, French, Polish list) in its nominative or, for Polish, a case form. */
export function isForeignPlaceForm(lower: string, polish: boolean): boolean {
  foreignKeys ??= new Set([...FOREIGN_PLACES].map(gazKey));
  const key = gazKey(lower);
  if (foreignKeys.has(key)) return true;
  if (!polish) return false;
  for (const [re, endings] of POLISH_CASES) {
    const m = re.exec(key);
    if (!m || m.index < 3) continue;
    if (endings.some((e) => foreignKeys!.has(key.slice(0, m.index) + e))) return true;
  }
  return false;
}

/** A one-word place in any case the text's language uses: Cyrillic stems, Polish endings. */
export function isInflectedPlace(word: string, polish: boolean): boolean {
  const lower = word.toLowerCase();
  return isCyrillic(lower) ? isCyrillicPlace(lower) : isForeignPlaceForm(lower, polish);
}
