// The language rules the entity tagger applies: which capitalised words open sentences but never names,
// which titles stand before names, and whether capitals are evidence of a name at all (German
// capitalises every noun, so there a capitalised word needs name evidence to be a person).
import {
  CYRILLIC_NON_ENTITY, FOREIGN_FUNCTION_WORDS, FOREIGN_NON_ENTITY, FOREIGN_SPEECH, FOREIGN_TITLES, GERMAN_TITLE_ENDINGS,
} from './gazetteer-foreign-words.js';
import { NON_ENTITY } from './gazetteer-regions.js';
import { FUNCTION_WORDS } from './tokens.js';
import { isCyrillic } from './ner-cyrillic.js';
import { detectLanguage, normaliseLanguage } from '../articles/language.js';

export interface NerLanguage {
  /** BCP-47 primary subtag the rules are for ("en" also for undetermined text). */
  code: string;
  /** Every noun is capitalised (German): capitals alone never make a person or an organisation. */
  nounsCapitalised: boolean;
  /** Capitalised words that open a sentence but never a name, in this language. */
  functionWords: ReadonlySet<string>;
  /** Titles written before a name in this language (Cyrillic titles are always known). */
  titles: ReadonlySet<string>;
}

/** Languages whose entity rules are written and tested; others are tagged with the English rules. */
export const NER_LANGUAGES = ['en', 'de', 'fr', 'pl', 'ru', 'be', 'uk'] as const;

const EMPTY: ReadonlySet<string> = new Set();
const cache = new Map<string, NerLanguage>();

/** Rules for a language code ("de", "de-AT", "German"), or for the text's detected language when none is given. */
export function nerLanguage(language: string | undefined, text: string): NerLanguage {
  const given = language ? normaliseLanguage(language) : undefined;
  // the opening decides the language well enough, and detection then costs little per text
  const code = given && given !== 'und' ? given : detectLanguage(text.length > 1500 ? text.slice(0, 1500) : text);
  let rules = cache.get(code);
  if (!rules) {
    rules = {
      code,
      nounsCapitalised: code === 'de',
      functionWords: FOREIGN_FUNCTION_WORDS[code] ?? EMPTY,
      titles: FOREIGN_TITLES[code] ?? EMPTY,
    };
    cache.set(code, rules);
  }
  return rules;
}

const CYRILLIC_TITLES = FOREIGN_TITLES['cyrillic'] ?? EMPTY;

/** A title written before a name in the text's language ("Bundeskanzler", "président"), or a Cyrillic one ("президент"). */
export const isForeignTitle = (lang: NerLanguage, lower: string): boolean =>
  lang.titles.has(lower) ||
  CYRILLIC_TITLES.has(lower) ||
  (lang.code === 'de' && lower.length > 8 && GERMAN_TITLE_ENDINGS.test(lower));

export const isForeignSpeech = (lower: string): boolean => FOREIGN_SPEECH.has(lower);

const CYRILLIC_FUNCTION_WORDS = ['ru', 'be', 'uk'].map((c) => FOREIGN_FUNCTION_WORDS[c] ?? EMPTY);

/**
 * English adverbs that open a sentence and run into the name after them when no comma follows ("Later Houston
 * said", "Earlier Ms Park had"). Only at a sentence's start: mid-sentence they are written in lower case.
 */
const ENGLISH_OPENING_ADVERBS = new Set(
  `later earlier afterwards afterward yesterday today tonight tomorrow instead indeed finally eventually initially
  ultimately previously recently currently separately similarly likewise elsewhere nevertheless nonetheless
  moreover furthermore additionally otherwise consequently accordingly apparently reportedly officially
  originally traditionally historically overall altogether`.split(/\s+/u),
);

/**
 * A capitalised word that opens a sentence but never a name: English, the text's language, or any Cyrillic
 * one. Mid-sentence, the other languages write these in lower case, so a capitalised one there belongs to
 * a name ("selon Le Monde"): `sentStart` says whether the word opens a sentence.
 */
export function isOpeningWord(lang: NerLanguage, lower: string, sentStart = true): boolean {
  if (FUNCTION_WORDS.has(lower)) return true;
  if (!sentStart) return false;
  if (ENGLISH_OPENING_ADVERBS.has(lower)) return true;
  if (lang.functionWords.has(lower)) return true;
  return isCyrillic(lower) && CYRILLIC_FUNCTION_WORDS.some((s) => s.has(lower));
}

/** Calendar and other words that are never an entity, in any supported language. */
export const isNonEntityWord = (lower: string): boolean =>
  NON_ENTITY.has(lower) || FOREIGN_NON_ENTITY.has(lower) || CYRILLIC_NON_ENTITY.has(lower);
