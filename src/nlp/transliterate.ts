// Cyrillic ⇄ Latin for Russian, Belarusian and Ukrainian names, as the English-language press writes them:
// Russian BGN/PCGN without apostrophes (Лукашенко → Lukashenko, Горбачёв → Gorbachev, Дмитрий → Dmitry),
// Belarusian national/passport romanisation (Лукашэнка → Lukashenka, Ціханоўская → Tsikhanouskaya; BGN writes
// ў as w, which name keys fold the same way), Ukrainian official 2010 (Зеленський → Zelenskyi, Олександр →
// Oleksandr). The tables are plain data; the rules around them are the few position-dependent letters.

export type CyrillicLanguage = 'ru' | 'be' | 'uk';

/** Letters written the same in all three. */
const COMMON: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', д: 'd', ж: 'zh', з: 'z', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', ь: '', "'": '', '’': '', ʼ: '',
};
const TABLES: Readonly<Record<CyrillicLanguage, Readonly<Record<string, string>>>> = {
  ru: { ...COMMON, г: 'g', е: 'e', ё: 'yo', и: 'i', й: 'y', щ: 'shch', ъ: '', ы: 'y', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u' },
  be: { ...COMMON, г: 'h', ґ: 'g', е: 'e', ё: 'io', і: 'i', й: 'i', ы: 'y', э: 'e', ю: 'iu', я: 'ia', ў: 'u', и: 'i', щ: 'shch', ъ: '', ї: 'i', є: 'ie' },
  uk: { ...COMMON, г: 'h', ґ: 'g', е: 'e', є: 'ie', и: 'y', і: 'i', ї: 'i', й: 'i', щ: 'shch', ю: 'iu', я: 'ia', ы: 'y', э: 'e', ё: 'io', ъ: '', ў: 'u' },
};
/** At the start of a word (and, in Russian and Belarusian, after a vowel) these iotated letters take a "y" instead. */
const WORD_START: Readonly<Record<CyrillicLanguage, Readonly<Record<string, string>>>> = {
  ru: { е: 'ye' },
  be: { е: 'ye', ё: 'yo', ю: 'yu', я: 'ya' },
  uk: { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' },
};
const VOWELS = new Set([...'аеёиоуыэюяіїєў']);
const HUSHING = new Set([...'жчшщ']);
const APOSTROPHES = new Set(["'", '’', 'ʼ']);

const isCyrLetter = (c: string | undefined) => c !== undefined && /\p{Script=Cyrillic}/u.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

/** Does the text contain any Cyrillic letter? */
export function hasCyrillic(text: string): boolean {
  return /\p{Script=Cyrillic}/u.test(text);
}

/**
 * Russian, Belarusian or Ukrainian, by letters one of them lacks: Russian has no і/ї/є/ґ/ў, Belarusian no
 * и/щ/ъ/ї/є, Ukrainian no ы/э/ъ/ё/ў. Fewest impossible letters wins; ties go to Russian, then Belarusian, except
 * that э after a consonant tips a Russian/Belarusian tie to Belarusian.
 */
export function cyrillicLanguageOf(text: string): CyrillicLanguage {
  const lower = text.toLowerCase();
  const count = (re: RegExp) => (lower.match(re) ?? []).length;
  const impossible: Record<CyrillicLanguage, number> = {
    ru: count(/[іїєґў]/g),
    be: count(/[ищъїє]/g),
    uk: count(/[ыэъёў]/g),
  };
  // Russian writes э after a consonant only in a few loanwords (мэр); Belarusian does all the time (Лукашэнка).
  if (impossible.be === impossible.ru && count(/[бвгджзклмнпрстфхцчш]э/g) > 0) impossible.ru++;
  let best: CyrillicLanguage = 'ru';
  for (const lang of ['be', 'uk'] as const) if (impossible[lang] < impossible[best]) best = lang;
  return best;
}

/** One lower-case Cyrillic letter in context → its Latin letters. */
function letterOf(c: string, prev: string | undefined, lang: CyrillicLanguage): string | undefined {
  const table = TABLES[lang];
  if (!(c in table)) return undefined;
  const atStart = !isLetter(prev) && prev !== "'" && prev !== '’' && prev !== 'ʼ';
  const afterVowel = prev !== undefined && (VOWELS.has(prev) || prev === 'ь' || prev === 'ъ');
  if (atStart || (lang !== 'uk' && afterVowel)) {
    const initial = WORD_START[lang][c];
    if (initial) return initial;
  }
  if (lang === 'ru' && c === 'ё' && prev !== undefined && HUSHING.has(prev)) return 'e'; // Горбачёв → Gorbachev
  if (lang === 'uk' && c === 'г' && prev === 'з') return 'gh'; // Згурський → Zghurskyi
  return table[c];
}

/**
 * Latin letters for Cyrillic text, case kept (ЛУКАШЭНКА → LUKASHENKA, Щукин → Shchukin); other characters are
 * copied. `lang` defaults to a guess from the text's letters (cyrillicLanguageOf).
 * @example cyrillicToLatin('Аляксандр Лукашэнка') // 'Aliaksandr Lukashenka'
 */
export function cyrillicToLatin(text: string, lang: CyrillicLanguage = cyrillicLanguageOf(text)): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const raw = chars[i]!;
    const c = raw.toLowerCase();
    const prev = chars[i - 1]?.toLowerCase();
    // An apostrophe is a letter sign only between Cyrillic letters (м'ясо), not in O'Brien.
    const sign = APOSTROPHES.has(raw) && isCyrLetter(chars[i - 1]) && isCyrLetter(chars[i + 1]);
    let latin = isCyrLetter(raw) || sign ? letterOf(c, prev, lang) : undefined;
    if (lang !== 'uk' && (c === 'и' || c === 'ы') && chars[i + 1]?.toLowerCase() === 'й' && !isLetter(chars[i + 2])) {
      latin = 'y'; // Дмитрий → Dmitry, Зеленский → Zelensky: the press ending, not BGN's -iy
      i++;
    }
    if (latin === undefined) {
      out += raw;
      continue;
    }
    if (raw === c || latin === '') {
      out += latin;
      continue;
    }
    // An upper-case letter: the whole run is upper case when a neighbour is too (ЩУКИН), else title case (Щукин).
    const allCaps = [chars[i - 1], chars[i + 1]].some((n) => n !== undefined && isCyrLetter(n) && n !== n.toLowerCase());
    out += allCaps ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}

/** Latin letter groups → Russian Cyrillic, longest first (the reverse of the press romanisation). */
const TO_CYRILLIC: ReadonlyArray<readonly [string, string]> = [
  ['shch', 'щ'], ['kh', 'х'], ['zh', 'ж'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'], ['yu', 'ю'], ['ya', 'я'], ['yo', 'ё'],
  ['iu', 'ю'], ['ia', 'я'], ['ye', 'е'], ['x', 'кс'], ['a', 'а'], ['b', 'б'], ['v', 'в'], ['w', 'в'], ['g', 'г'], ['h', 'х'],
  ['d', 'д'], ['e', 'е'], ['z', 'з'], ['i', 'и'], ['j', 'й'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'],
  ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['c', 'к'], ['q', 'к'],
];

/** One lower-case Latin word → Russian Cyrillic (y is й after a vowel, ы after a consonant, -sky → -ский). */
function wordToCyrillic(word: string): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const rest = word.slice(i);
    if (rest === 'ia') {
      out += 'ия'; // Maria → Мария
      break;
    }
    if (rest === 'y' && /[ks]$/.test(word.slice(0, i))) {
      out += 'ий'; // Zelensky → Зеленский
      break;
    }
    if (rest.startsWith('y') && !/^y[aeiou]/.test(rest)) {
      out += i > 0 && /[aeiou]/.test(word.charAt(i - 1)) ? 'й' : 'ы';
      i++;
      continue;
    }
    if (i === 0 && rest.startsWith('e')) {
      out += 'э'; // Eduard → Эдуард: a word-initial e is э
      i++;
      continue;
    }
    const hit = TO_CYRILLIC.find(([latin]) => rest.startsWith(latin));
    if (!hit) {
      out += word.charAt(i);
      i++;
      continue;
    }
    out += hit[1];
    i += hit[0].length;
  }
  return out;
}

/**
 * Russian Cyrillic for a romanised name (Lukashenko → Лукашенко, Aleksandr → Александр), for showing or
 * searching Cyrillic text by a Latin name. Lossy by nature: Belarusian or Ukrainian sounds come out Russian.
 * @example latinToCyrillic('Alexander Lukashenko') // 'Александр Лукашенко'
 */
export function latinToCyrillic(text: string): string {
  return text.replace(/[A-Za-z]+/g, (word) => {
    const lower = word.toLowerCase().replace(/ander$/, 'andr'); // Alexander → Александр
    const cyr = wordToCyrillic(lower);
    if (word === word.toUpperCase() && word.length > 1) return cyr.toUpperCase();
    return word.charAt(0) === word.charAt(0).toUpperCase() ? cyr.charAt(0).toUpperCase() + cyr.slice(1) : cyr;
  });
}
