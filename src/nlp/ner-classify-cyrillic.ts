// Classifies a candidate span written in Cyrillic (Russian, Belarusian, Ukrainian). These languages
// write common nouns in lower case, so a capitalised word inside a sentence is a name; what kind comes
// from the name gazetteers (looked up in Latin), surname endings, places and case-form stems.
import type { Token } from './tokens.js';
import type { Span } from './ner-spans.js';
import type { Guess } from './ner-guess.js';
import { isSurname } from './gazetteer-index.js';
import { CYRILLIC_NON_ENTITY } from './gazetteer-foreign-words.js';
import { isForeignSpeech } from './ner-language.js';
import { cyrillicSurnameShape, cyrillicToLatin, isCyrillicGivenName, isCyrillicOrg, isCyrillicPlace } from './ner-cyrillic.js';

const ADJECTIVE_END = /(?:ая|яя|ый|ий|ой|ое|ее|ые|ие|ая|ыя|ія|ы|і)$/u;
const g = (type: Guess['type'], strength: number): Guess => ({ type, strength });
/** Prepositions before a place ("в Минске", "из Москвы", "у Мінску", "до Києва"). */
const PLACE_PREPS = new Set(['в', 'во', 'из', 'у', 'ў', 'до', 'под', 'над']);

const givenName = (t: Token): boolean => isCyrillicGivenName(t.lower);
const surname = (t: Token): boolean => cyrillicSurnameShape(t.lower) || isSurname(cyrillicToLatin(t.lower));

export function classifyCyrillic(toks: readonly Token[], span: Span, titled: boolean): Guess | undefined {
  const words = toks.slice(span.from, span.to + 1);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const multi = words.length > 1;
  const prev = toks[span.from - 1];
  const next = toks[span.to + 1];
  if (CYRILLIC_NON_ENTITY.has(first.lower) && !multi) return undefined;
  if (!multi && isCyrillicOrg(first.lower)) return g('ORG', 3);
  if (!multi && first.upper && first.text.length <= 6) return g('ORG', 2); // "МИД", "ОБСЕ"
  if (words.every((t) => isCyrillicPlace(t.lower))) return g('PLACE', 3);
  if (titled) return g('PERSON', 3);
  if (multi && givenName(first) && words.length <= 3) return g('PERSON', 3);
  // "Верховная Рада", "Государственная Дума": an adjective opens an institution's name, not a person's
  if (multi && ADJECTIVE_END.test(first.lower)) return g('ORG', 2);
  if (multi && words.length <= 3 && surname(last)) return g('PERSON', 2);
  const speech = !!next && isForeignSpeech(next.lower);
  if (!multi) {
    if (speech) return g('PERSON', surname(first) || givenName(first) ? 3 : 2);
    // mid-sentence a capital is a name: a surname shape is a person, after "в"/"из" a place
    if (!first.sentStart && prev && PLACE_PREPS.has(prev.lower)) return g('PLACE', 1);
    if (surname(first)) return g('PERSON', first.sentStart ? 2 : 3);
    if (!first.sentStart && givenName(first)) return g('PERSON', 1);
    if (!first.sentStart) return g('ORG', 1);
    return undefined;
  }
  return g('ORG', 1);
}
