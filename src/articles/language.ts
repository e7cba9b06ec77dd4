// Language of an article: by script for Chinese/Japanese/Korean/Cyrillic/Greek/Arabic, by stopwords for Latin-script languages.

const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'was', 'as', 'by', 'has', 'have', 'it', 'from', 'are', 'which', 'this', 'an', 'after', 'said', 'were', 'will', 'its', 'who', 'their'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'den', 'dem', 'zu', 'sich', 'des', 'auf', 'für', 'eine', 'ein', 'im', 'wurde', 'auch', 'nach', 'bei', 'sie', 'hat', 'wird', 'dass', 'einer'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'un', 'du', 'dans', 'que', 'qui', 'pour', 'pas', 'sur', 'au', 'avec', 'ont', 'sont', 'par', 'a', 'été', 'aux', 'ce', 'cette', 'leur', 'selon'],
  es: ['el', 'la', 'los', 'las', 'de', 'y', 'que', 'en', 'del', 'un', 'una', 'por', 'con', 'para', 'es', 'se', 'su', 'al', 'como', 'más', 'fue', 'ha', 'sus', 'según', 'este', 'esta', 'pero'],
  pl: ['i', 'w', 'na', 'się', 'nie', 'z', 'do', 'że', 'jest', 'to', 'o', 'jak', 'po', 'oraz', 'przez', 'dla', 'od', 'ze', 'jego', 'był', 'była', 'które', 'który', 'także', 'tym', 'już'],
  it: ['il', 'di', 'che', 'della', 'del', 'per', 'non', 'una', 'sono', 'nel', 'alla', 'con', 'gli', 'le', 'ha', 'dei', 'anche', 'è', 'delle', 'dopo'],
  pt: ['o', 'os', 'da', 'do', 'das', 'dos', 'em', 'que', 'não', 'uma', 'um', 'para', 'com', 'por', 'foi', 'mais', 'são', 'ao', 'como', 'pelo', 'pela'],
  nl: ['de', 'het', 'een', 'van', 'en', 'is', 'niet', 'op', 'dat', 'met', 'voor', 'zijn', 'werd', 'ook', 'door', 'naar', 'bij', 'heeft', 'worden'],
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
  for (const token of tokens) for (const lang of LANGS_BY_WORD.get(token) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  const scores = [...hits].map(([lang, n]) => [lang, n / tokens.length] as const);
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  if (!best || best[1] < 0.1) return 'und';
  // Close calls between related languages (es/pt, nl/de) stay undetermined rather than wrong.
  if (second && best[1] - second[1] < 0.02) return 'und';
  return best[0];
}

/** Russian, Ukrainian, Belarusian or Bulgarian/Serbian, by letters only some of them use. */
function cyrillic(text: string): string {
  const uk = count(text, /[іїєґІЇЄҐ]/g);
  const be = count(text, /[ўЎ]/g);
  const ru = count(text, /[ыэъёЫЭЪЁ]/g);
  if (be > 0 && be * 3 >= ru) return 'be';
  if (uk > ru) return 'uk';
  if (ru > 0) return 'ru';
  return 'und';
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
