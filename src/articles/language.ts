// Language of an article: by script for Chinese/Japanese/Korean/Cyrillic/Greek/Arabic, by stopwords for Latin-script
// languages; Russian, Belarusian and Ukrainian by the letters each lacks, then by their stopwords.
import { cyrillicLanguageOf } from '../nlp/transliterate.js';

/**
 * The languages whose articles are analysed (people, places and organisations extracted, datelines and month names
 * read): English, German, French, Polish, Russian, Belarusian, Ukrainian. An article in another language is stored
 * and listed but marked `analysed: false` (record.ts), with no entities. An undetermined language ("und", usually a
 * very short text) is analysed: the text may well be one of these.
 */
export const SUPPORTED_LANGUAGES = ['en', 'de', 'fr', 'pl', 'ru', 'be', 'uk'] as const;
const SUPPORTED = new Set<string>(SUPPORTED_LANGUAGES);

/** Are articles in this language (a primary subtag, or "und") analysed? */
export function isAnalysedLanguage(language: string): boolean {
  return language === 'und' || SUPPORTED.has(language);
}

const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'was', 'as', 'by', 'has', 'have', 'it', 'from', 'are', 'which', 'this', 'an', 'after', 'said', 'were', 'will', 'its', 'who', 'their', 'he', 'she', 'they', 'be', 'at', 'had', 'been', 'would', 'not', 'but'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'den', 'dem', 'zu', 'sich', 'des', 'auf', 'für', 'eine', 'ein', 'im', 'wurde', 'auch', 'nach', 'bei', 'sie', 'hat', 'wird', 'dass', 'einer', 'am', 'zum', 'zur', 'über', 'wie', 'noch', 'aus', 'er', 'werden', 'sind', 'war', 'vor', 'in', 'es', 'einen'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'un', 'du', 'dans', 'que', 'qui', 'pour', 'pas', 'sur', 'au', 'avec', 'ont', 'sont', 'par', 'a', 'été', 'aux', 'ce', 'cette', 'leur', 'selon', 'il', 'elle', 'ne', 'son', 'sa', 'ses', 'mais', 'où', 'lors', 'qu', 'l', 'd', 'en'],
  es: ['el', 'la', 'los', 'las', 'de', 'y', 'que', 'en', 'del', 'un', 'una', 'por', 'con', 'para', 'es', 'se', 'su', 'al', 'como', 'más', 'fue', 'ha', 'sus', 'según', 'este', 'esta', 'pero'],
  pl: ['i', 'w', 'na', 'się', 'nie', 'z', 'do', 'że', 'jest', 'to', 'o', 'jak', 'po', 'oraz', 'przez', 'dla', 'od', 'ze', 'jego', 'był', 'była', 'które', 'który', 'także', 'tym', 'już', 'we', 'są', 'ale', 'czy', 'roku', 'jej', 'ich'],
  it: ['il', 'di', 'che', 'della', 'del', 'per', 'non', 'una', 'sono', 'nel', 'alla', 'con', 'gli', 'le', 'ha', 'dei', 'anche', 'è', 'delle', 'dopo'],
  pt: ['o', 'os', 'da', 'do', 'das', 'dos', 'em', 'que', 'não', 'uma', 'um', 'para', 'com', 'por', 'foi', 'mais', 'são', 'ao', 'como', 'pelo', 'pela'],
  nl: ['de', 'het', 'een', 'van', 'en', 'is', 'niet', 'op', 'dat', 'met', 'voor', 'zijn', 'werd', 'ook', 'door', 'naar', 'bij', 'heeft', 'worden'],
};
/** Letters only one of the analysed Latin-script languages uses much: a word with one counts as one more hit. */
const LETTER_HINTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['pl', /[ąęłńśźżć]/],
  ['de', /[äöüß]/],
  ['fr', /[çèêëàùœ]/],
];
const CYRILLIC_STOPWORDS: Record<'ru' | 'be' | 'uk', readonly string[]> = {
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'это', 'как', 'он', 'его', 'но', 'из', 'за', 'от', 'для', 'о', 'был', 'она', 'они', 'года', 'также', 'который', 'уже', 'при', 'только', 'бы'],
  be: ['і', 'у', 'ў', 'не', 'на', 'што', 'з', 'па', 'гэта', 'як', 'ён', 'яго', 'але', 'ад', 'для', 'аб', 'быў', 'яна', 'яны', 'года', 'таксама', 'які', 'ужо', 'пры', 'толькі', 'ці'],
  uk: ['і', 'в', 'у', 'не', 'на', 'що', 'з', 'по', 'це', 'як', 'він', 'його', 'але', 'від', 'для', 'про', 'був', 'вона', 'вони', 'року', 'також', 'який', 'вже', 'при', 'лише', 'та', 'чи'],
};
/** stopword → the languages using it, so scoring is one pass over the tokens. */
const LANGS_BY_WORD = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const word of words) LANGS_BY_WORD.set(word, [...(LANGS_BY_WORD.get(word) ?? []), lang]);
}

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

/** Detected BCP-47 primary subtag, or "und" when the text is too short or ambiguous. */
export function detectLanguage(fullText: string): string {
  // A few thousand characters decide the language as well as the whole article, at a fraction of the cost.
  const text = fullText.slice(0, 4000);
  const letters = text.replace(/\P{L}+/gu, '').length;
  if (letters < 20) return 'und';
  const share = (re: RegExp) => count(text, re) / letters;
  // Script checks only when some non-Latin letter is present (most articles have none).
  if (/[\u0370-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(text)) {
    const script = byScript(share, text);
    if (script) return script;
  }
  return byStopwords(text);
}

function byScript(share: (re: RegExp) => number, text: string): string | undefined {
  if (share(/[\u3040-\u30ff]/g) > 0.05) return 'ja';
  if (share(/[\uac00-\ud7af]/g) > 0.2) return 'ko';
  if (share(/\p{Script=Han}/gu) > 0.2) return 'zh';
  if (share(/\p{Script=Arabic}/gu) > 0.5) return 'ar';
  if (share(/\p{Script=Greek}/gu) > 0.5) return 'el';
  if (share(/\p{Script=Cyrillic}/gu) > 0.5) return cyrillic(text);
  return undefined;
}

function byStopwords(text: string): string {
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (tokens.length < 5) return 'und';
  const hits = new Map<string, number>(Object.keys(STOPWORDS).map((lang) => [lang, 0]));
  for (const token of tokens) {
    for (const lang of LANGS_BY_WORD.get(token) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
    for (const [lang, re] of LETTER_HINTS) if (re.test(token)) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  const scores = [...hits].map(([lang, n]) => [lang, n / tokens.length] as const);
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  if (!best || best[1] < 0.1) return 'und';
  // Close calls between related languages (es/pt, nl/de) stay undetermined rather than wrong.
  if (second && best[1] - second[1] < 0.02) return 'und';
  return best[0];
}

/**
 * Russian, Belarusian or Ukrainian (or Serbian, Macedonian, Bulgarian, by their own letters). The letters each lacks decide (cyrillicLanguageOf: и/щ rule out Belarusian,
 * ы/э/ё Ukrainian, і/ў Russian); a text with none of the telling letters goes by its stopwords.
 */
function cyrillic(text: string): string {
  const lower = text.toLowerCase();
  // Other Cyrillic languages, so they are not taken for Russian: Serbian and Macedonian letters; Bulgarian ъ as a vowel.
  if (/[ђћџ]/.test(lower)) return 'sr';
  if (/[ѓќѕ]/.test(lower)) return 'mk';
  if (/[јљњ]/.test(lower)) return 'sr';
  if (/ъ(?![еёюя])/.test(lower) && !/[ыэё]/.test(lower)) return 'bg';
  if (!/[ыэъёщиіїєґў]/.test(lower)) return cyrillicByStopwords(lower) ?? 'und';
  return cyrillicLanguageOf(lower);
}

function cyrillicByStopwords(lower: string): string | undefined {
  const tokens = new Set(lower.match(/\p{L}+/gu) ?? []);
  let best: string | undefined;
  let bestHits = 0;
  for (const [lang, words] of Object.entries(CYRILLIC_STOPWORDS)) {
    const hits = words.filter((w) => tokens.has(w)).length;
    if (hits > bestHits) [best, bestHits] = [lang, hits];
  }
  return best;
}

const NAMES: Record<string, string> = {
  english: 'en', german: 'de', deutsch: 'de', french: 'fr', français: 'fr', spanish: 'es', español: 'es',
  russian: 'ru', ukrainian: 'uk', polish: 'pl', chinese: 'zh', italian: 'it', portuguese: 'pt', dutch: 'nl', belarusian: 'be',
};

/** "en-US" → "en", "English" → "en"; undefined when it is not a language tag or name we know. */
export function normaliseLanguage(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  const named = NAMES[v];
  if (named) return named;
  const m = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/.exec(v);
  return m?.[1];
}
