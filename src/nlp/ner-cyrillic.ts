// Cyrillic words for the entity tagger: a Latin key for the (Latin) name gazetteers, surname shapes of
// Russian, Belarusian and Ukrainian names, and stems of case forms ("Путина" → "Путин", "в Минске" → "Минск").
import { CYRILLIC_GIVEN_NAMES, CYRILLIC_ORGS, CYRILLIC_PLACES } from './gazetteer-foreign-words.js';
import { isGivenName } from './gazetteer-index.js';
import { cyrillicGivenForms } from './name-cases.js';

/** Lower-case Cyrillic letter → Latin, BGN-like; only for gazetteer lookups (keys are H2's names.ts). */
const LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i',
  ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u',
  ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  "'": '', '’': '',
};

export const isCyrillic = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c >= 0x400 && c <= 0x4ff;
};

/** Latin key of a lower-case Cyrillic word ("александр" → "aleksandr"). */
export function cyrillicToLatin(lower: string): string {
  let out = '';
  for (const ch of lower) out += LATIN[ch] ?? ch;
  return out;
}

/** Surname endings: -ов/-ова, -ев, -ин/-ін, -аў, -ский, -енко/-энка, -ук, -вич, -дзе, -ян; also their case forms. */
const SURNAME_SHAPE =
  /(?:ов|ова|ев|ева|ёв|ин|ина|ын|ына|ін|іна|аў|оў|ский|ская|скі|ская|цкий|цкая|енко|энка|онак|ук|юк|чук|вич|віч|ич|іч|дзе|швили|ян|ко|ка)(?:а|у|ым|ом|е|ой|ым|ым|ім|ам|ы|і)?$/u;

export const cyrillicSurnameShape = (lower: string): boolean => lower.length >= 4 && SURNAME_SHAPE.test(lower);

/** Case endings a Russian/Belarusian/Ukrainian noun or surname may carry after its nominative stem. */
const CASE_ENDINGS = ['ого', 'ому', 'ым', 'ом', 'ой', 'ою', 'ем', 'ім', 'ам', 'ах', 'е', 'у', 'ю', 'а', 'я', 'ы', 'і', 'и'];

/** The nominative candidates of a Cyrillic word: itself, then the word with one case ending removed. */
export function cyrillicStems(lower: string): string[] {
  const out = [lower];
  for (const e of CASE_ENDINGS) {
    if (lower.length - e.length >= 3 && lower.endsWith(e)) {
      const stem = lower.slice(0, -e.length);
      out.push(stem, `${stem}а`, `${stem}ь`, `${stem}я`);
    }
  }
  return out;
}

export const isCyrillicPlace = (lower: string): boolean => cyrillicStems(lower).some((s) => CYRILLIC_PLACES.has(s));
export const isCyrillicOrg = (lower: string): boolean => cyrillicStems(lower).some((s) => CYRILLIC_ORGS.has(s));

/** A Cyrillic given name, in any case: in the Cyrillic list, or its Latin form (also with "ia"/"iu" for "ya"/"yu") in the Latin list. */
export function isCyrillicGivenName(lower: string): boolean {
  return cyrillicGivenForms(lower).some(givenNominative);
}

/** "Уладзімірам Пуціным": a given name in a case form is still one; checks the word's nominative candidates. */
function givenNominative(lower: string): boolean {
  if (CYRILLIC_GIVEN_NAMES.has(lower)) return true;
  const latin = cyrillicToLatin(lower);
  return isGivenName(latin) || isGivenName(latin.replace(/y([au])/gu, 'i$1')) || isGivenName(latin.replace(/iy$/u, 'y'));
}
