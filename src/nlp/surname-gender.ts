// The grammatical gender a Slavic surname is written in: Petrova, Ivanova, Tsikhanouskaya are a woman's forms,
// Petrov, Ivanov, Zelensky a man's. Petrov and Petrova share one surname key (name-key.ts), so this is what
// keeps a bare "Petrova" from joining "Ivan Petrov". Only clear forms count: Cyrillic -ова/-ина may be the
// genitive of -ов/-ин ("встреча Петрова"), Polish -owa the genitive too (Pietrowa), and -enko, -uk, -vich,
// -shvili are the same for both: all of these have no gender here.
import { looksSlavic, normalizeName } from './name-key.js';
import { hasCyrillic } from './transliterate.js';

export type SurnameGender = 'f' | 'm';

const LATIN_FEMININE = /(?:[oe]va|ina|yna|sk[ao][yij]a)$/;
const LATIN_MASCULINE = /(?:[oe]v|[oe]w|in|yn|sk[iy]j?|sk[iy][iy]|[ae]u)$/;
// Cyrillic: only endings no case form of the other gender has (-ова, -ина, Belarusian -ава are genitives too).
const CYRILLIC_FEMININE = /(?:[сц]кая|[сц]кую|[сц]ька|ная)$/u;
const CYRILLIC_MASCULINE = /(?:[оеё]в|[иы]н|[сц]кий|[сц]ький|[сц]кі|[аоеё]ў|ый)$/u;

/** The gender a surname word is written in, when its ending shows one (see the file comment). */
export function surnameGender(word: string): SurnameGender | undefined {
  const w = normalizeName(word).replace(/ /g, '');
  if (w.length < 4) return undefined;
  if (hasCyrillic(w)) {
    if (CYRILLIC_FEMININE.test(w)) return 'f';
    return CYRILLIC_MASCULINE.test(w) ? 'm' : undefined;
  }
  if (!looksSlavic(w)) return undefined;
  if (LATIN_FEMININE.test(w)) return 'f';
  return LATIN_MASCULINE.test(w) ? 'm' : undefined;
}

/** May two surname forms be one person's: no gender, or the same one. */
export function gendersAgree(a: SurnameGender | undefined, b: SurnameGender | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}
