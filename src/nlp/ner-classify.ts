// Classifies one candidate span as PERSON, ORG or PLACE from its words and their context.
import type { Token } from './tokens.js';
import { isPossessive } from './tokens.js';
import type { Span } from './ner-spans.js';
import type { EntityType, Guess } from './ner-guess.js';
import { HONORIFICS, ROLE_NOUNS } from './gazetteer-titles.js';
import { BUILDING_SURNAME_TAILS, BUILDING_TAILS, EVENT_TAILS, KNOWN_ORGS, ORG_HEADS, ORG_TAILS, PLACE_HEADS, PLACE_TAILS } from './gazetteer-orgs.js';
import { gazKey, isCountry, isGivenName, isPlace, isSurname } from './gazetteer-index.js';
import type { NerLanguage } from './ner-language.js';
import { isForeignSpeech, isForeignTitle } from './ner-language.js';
import { isCyrillic } from './ner-cyrillic.js';
import { classifyCyrillic } from './ner-classify-cyrillic.js';
import { FOREIGN_ORG_HEADS, FOREIGN_PLACES, GERMAN_ORG_ENDINGS } from './gazetteer-foreign-words.js';
import { isForeignPlaceForm } from './place-forms.js';

export type { EntityType, Guess } from './ner-guess.js';

const SPEECH = new Set(['said', 'says', 'told', 'added', 'asked', 'replied', 'wrote', 'stated']);
// with the German, French and Polish ones ("nach Berlin", "à Paris", "w Warszawie")
const PLACE_PREPS = new Set(['in', 'at', 'near', 'from', 'to', 'across', 'outside', 'inside', 'nach', 'aus', 'à', 'w', 'we', 'z', 'ze', 'do']);
const DEMONYM_LIKE = /(?:ian|ean|ese|ish|ic|ans|is|ens|bs)$/u;
const LOCATIVE = new Set(['on', 'in', 'at', 'into']);
/** Lower-case nouns after a name that make it a place: "Tolvik province", "Velmar stadium". */
const PLACE_NOUN_AFTER = new Set(
  'province region district county state village town city port island islands mountains mountain valley river coast airport stadium prison checkpoint mosque church cathedral square street border area territory capital suburb oblast'.split(' '),
);
/** Lower-case nouns after a name that make it a company or an outlet. */
const ORG_NOUN_AFTER = new Set('shares stock stocks shareholders subsidiary newspaper agency ceo'.split(' '));
/** "the town of X", "the province of X": a place noun then "of" before the name. */
const PLACE_NOUN_OF = new Set('town city village province region district island port state county capital suburb'.split(' '));
/** A lone capitalised adjective before a lower-case noun ("Olympic torch", "Chechen fighters"). */
const ADJECTIVE_SHAPE = /(?:an|ian|ean|ese|ic|ish|ine|en|i)$/u;
const INITIAL_RE = /^\p{Lu}\.$/u;
const SLAVIC_SURNAME = /(?:sky|skiy|ski|ska|skaya|ovich|evich|vich|enko|yeva|ieva|ova|eva|shvili|adze|idze)$/u;
const CAMEL_RE = /^\p{Lu}\p{Ll}+\p{Lu}/u;
const ORDINALS = new Set('first second third fourth fifth sixth seventh eighth ninth tenth'.split(' '));
/** Endings that mark a word as a surname in many languages (patronymic, Slavic, Romance, Germanic). */
const SURNAME_SHAPE =
  /(?:son|sen|sson|ov|ova|ev|eva|in|ina|sky|ski|ska|skiy|skaya|enko|uk|yk|chuk|vich|vic|wicz|ic|dze|dze|shvili|yan|ian|oglu|ez|es|az|os|ini|elli|etti|ino|ello|berg|stein|mann|man|er|ley|ton|ford|well|wood|ington)$/u;

const low = (t: Token | undefined): string => (t ? t.lower : '');
const g = (type: EntityType, strength: number): Guess => ({ type, strength });

function titleBefore(toks: readonly Token[], i: number, lang: NerLanguage): boolean {
  const p = toks[i - 1];
  if (!p) return false;
  if (p.text === '.') return HONORIFICS.has(low(toks[i - 2]));
  return ROLE_NOUNS.has(low(p)) || HONORIFICS.has(low(p)) || isForeignTitle(lang, low(p));
}

/** Numbers after the name on the same line: a results table, where names are teams or players. */
function tableRow(toks: readonly Token[], span: Span): boolean {
  const n = toks[span.to + 1];
  if (!n || n.line !== toks[span.to]!.line) return false;
  return /^\d{1,3}(?:$|-)/u.test(n.text) && !/^\d{4}-\d/u.test(n.text); // a score, not a date
}

/** Words before a team: "beat Dorset", "v Wiltshire", "joined Rotterdam". */
const TEAM_BEFORE = new Set(['v', 'vs', 'versus', 'beat', 'beats', 'defeated', 'edged', 'thrashed', 'joined', 'rejoined']);
/** Words after a team: "Dorset beat", "Cheshire captain", "Rotterdam striker". */
const TEAM_AFTER = new Set(
  `beat beats defeated drew draw lost won edged thrashed trounced routed overcame eliminated captain skipper coach
  manager striker midfielder defender goalkeeper keeper winger team side fans supporters squad batsman bowler
  all-rounder wicketkeeper pitcher quarterback`.split(/\s+/),
);

/** A city or county in a sports context stands for its team ("Wiltshire beat Dorset"). */
function teamContext(toks: readonly Token[], span: Span): boolean {
  const prev = toks[span.from - 1];
  const next = toks[span.to + 1];
  if (prev && TEAM_BEFORE.has(prev.text)) return true;
  return !!next && TEAM_AFTER.has(next.text);
}

/** Type implied by an "X of Y" inside the span: "Board of", "Ministry of" → ORG; "Gulf of" → PLACE. */
function ofHeadType(words: readonly Token[]): EntityType | undefined {
  for (let k = 1; k < words.length - 1; k++) {
    if (words[k]!.text !== 'of') continue;
    const head = gazKey(words[k - 1]!.text);
    if (ORG_HEADS.has(head) || ORG_TAILS.has(head)) return 'ORG';
    if (PLACE_HEADS.has(head)) return 'PLACE';
  }
  return undefined;
}

/**
 * `common(lower)`: the text also writes this word in lower case, so it is a common word ("Silver Lakes",
 * "Market Numbers"), not a name part.
 */
export function classify(
  toks: readonly Token[],
  span: Span,
  lang: NerLanguage,
  common: (lower: string) => boolean = () => false,
): Guess | undefined {
  const cyrillic = isCyrillic(toks[span.from]!.text);
  let guess = cyrillic
    ? classifyCyrillic(toks, span, titleBefore(toks, span.from, lang))
    : classifySpan(toks, span, lang, common);
  if (!cyrillic && lang.nounsCapitalised) guess = nounLanguageGuess(toks, span, guess, lang);
  // a lone capitalised word opening a sentence needs real evidence ("Reporters asked ...")
  if (guess && guess.strength < 2 && span.from === span.to && toks[span.from]!.sentStart) return undefined;
  // "Venue :", "TRUSTEE :" open a line as a label
  const prev = toks[span.from - 1];
  const label = toks[span.to + 1]?.text === ':' && (!prev || prev.line !== toks[span.from]!.line);
  if (guess && guess.strength < 3 && label) return undefined;
  return guess;
}

/**
 * German capitalises every noun, so the English fallbacks (an unknown capitalised word is a name) do not
 * hold: a person needs a given name, a title or initials; an organisation a known name or an org ending.
 */
function nounLanguageGuess(toks: readonly Token[], span: Span, guess: Guess | undefined, lang: NerLanguage): Guess | undefined {
  const words = toks.slice(span.from, span.to + 1);
  const key = gazKey(words.map((t) => t.text).join(' '));
  if (FOREIGN_PLACES.has(key)) return g('PLACE', 3);
  // a compound ("Bundesregierung", "Städtetag"), not the bare noun ("die Regierung")
  const lastWord = words[words.length - 1]!.lower;
  const end = GERMAN_ORG_ENDINGS.exec(lastWord);
  // ("…tag", "…rat", "…amt" are only listed with their prefixes: "Bundestag", "Stadtrat")
  if (end && (end.index > 0 || /(?:tag|rat|amt)$/u.test(lastWord))) return g('ORG', 2);
  if (!guess || guess.strength >= 3) return guess;
  if (guess.type === 'PERSON') {
    const next = toks[span.to + 1];
    const evidence =
      titleBefore(toks, span.from, lang) ||
      (words.length === 1 && isSurname(key) && (isForeignSpeech(low(next)) || SPEECH.has(low(next)))) ||
      (words.length > 1 && (isGivenName(gazKey(words[0]!.text)) || words.some((t) => INITIAL_RE.test(t.text))));
    return evidence ? g('PERSON', 2) : undefined;
  }
  // an acronym ("SPD", "CDU") is still an organisation; a lone capitalised noun is not
  return words.length === 1 && !words[0]!.upper ? undefined : guess;
}

function classifySpan(toks: readonly Token[], span: Span, lang: NerLanguage, common: (lower: string) => boolean): Guess | undefined {
  const words = toks.slice(span.from, span.to + 1);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const multi = words.length > 1;
  const key = gazKey(words.map((t) => t.text).join(' '));
  const firstKey = gazKey(first.text);
  const lastKey = gazKey(last.text);
  const prev = toks[span.from - 1];
  let next = toks[span.to + 1];
  const possessive = isPossessive(next);
  if (possessive) next = undefined;

  if (prev?.text === '.' && HONORIFICS.has(low(toks[span.from - 2]))) return g('PERSON', 3);
  if (prev && HONORIFICS.has(low(prev))) return g('PERSON', 3);
  if (KNOWN_ORGS.has(key)) return g('ORG', 3);
  // "Rada Ministrów", "Sejm": an institution's head word in the text's language
  if (FOREIGN_ORG_HEADS[lang.code]?.has(first.lower)) return g('ORG', multi ? 3 : 2);
  if (isPlace(key)) {
    // results tables name clubs by their city ("Denver 5 Lugano 3"); countries stay places
    return (tableRow(toks, span) || teamContext(toks, span)) && !isCountry(key) ? g('ORG', 3) : g('PLACE', 3);
  }
  if (multi && EVENT_TAILS.has(lastKey)) return undefined; // "World Cup", "Labour Day"
  if (multi && BUILDING_TAILS.has(lastKey)) return g('PLACE', 3);
  if (multi && BUILDING_SURNAME_TAILS.has(lastKey) && !isGivenName(firstKey)) return g('PLACE', 3);
  if (multi && (ORG_TAILS.has(lastKey) || ORG_HEADS.has(firstKey))) return g('ORG', 3);
  const ofHead = ofHeadType(words);
  if (ofHead) return g(ofHead, 3); // "Lugano Board of Commerce", "Gulf of Mexico"
  if (multi && PLACE_TAILS.has(lastKey)) return g('PLACE', 3);
  // "Prezydent Polski": a place in a case form after a title is the title's place
  if (!multi && isForeignPlaceForm(first.lower, lang.code === 'pl')) return g('PLACE', 3);
  if (titleBefore(toks, span.from, lang)) return g('PERSON', 3);
  if (FOREIGN_PLACES.has(key)) return g('PLACE', 3);
  const placeCue =
    (next && PLACE_NOUN_AFTER.has(next.text)) ||
    (prev?.text === 'of' && PLACE_NOUN_OF.has(low(toks[span.from - 2])));
  if (placeCue) return g('PLACE', 2);
  // "Varnak shares", "Kestrel news agency", "Tolvik CEO": what a company or an outlet has
  if (next && ORG_NOUN_AFTER.has(next.lower) && !isGivenName(firstKey)) return g('ORG', 2);
  // "posted on Truth Social": after on/in/at a capitalised phrase is rarely a person
  const locative = !!prev && LOCATIVE.has(prev.text);
  // names are not joined by "&" and carry no acronym ("Denver PMAB")
  const notName =
    words.some((t) => t.text === '&' || (t.upper && !INITIAL_RE.test(t.text) && t.text.length > 1)) ||
    first.text.length === 1 ||
    last.text.length === 1; // a lone letter: "Income N / A", "P Q R"
  if (multi && notName) return g('ORG', 1);
  if (multi && !locative && (words.some((t) => INITIAL_RE.test(t.text)) || isGivenName(firstKey))) {
    return g('PERSON', 2);
  }
  if (!multi && (ORDINALS.has(key) || first.text.length === 1)) return undefined; // "Second round", "C$ 1.20"
  if (!multi && first.upper && first.text.replace(/\W/gu, '').length <= 6) return g('ORG', 2);
  const adjectiveUse = !!next && next.word && !next.cap && !SPEECH.has(next.text) && next.text !== 'and';
  if (!multi && adjectiveUse && ADJECTIVE_SHAPE.test(key) && !isSurname(key)) return undefined;
  // "Treasury said": a lone organisation noun that speaks is the institution, not a person
  const speechNext = SPEECH.has(low(next)) || isForeignSpeech(low(next));
  if (!multi && (ORG_TAILS.has(key) || ORG_HEADS.has(key)) && !isSurname(key) && speechNext) return g('ORG', 2);
  const speech =
    SPEECH.has(low(next)) || isForeignSpeech(low(next)) || (SPEECH.has(low(prev)) && prev?.text === low(prev));
  if (speech) return g('PERSON', multi || isSurname(key) ? 2 : 1);
  // "Dinamo Minsk", "First Denver": a place inside an unknown name is a team or a company
  if (multi && words.some((t) => isPlace(gazKey(t.text)))) return g('ORG', 1);
  if (multi && isSurname(lastKey)) return g('PERSON', 2);
  if (tableRow(toks, span)) return multi ? g('PERSON', 1) : g('ORG', 2);
  // a possessive makes an unknown single name an owner (person or organisation), not a place
  // Slavic and patronymic surname shapes ("Varnevsky", "Orlovtseva") mark an unknown lone word as a person
  const slavic = SLAVIC_SURNAME.test(key);
  if (!multi && possessive && !first.sentStart) return g(isSurname(key) || slavic ? 'PERSON' : 'ORG', 1);
  if (!multi && prev && PLACE_PREPS.has(prev.text)) return g('PLACE', 1);
  if (multi && locative) return g('ORG', 1);
  // an unknown short name is a person's unless a word in it is a common word or an ampersand joins it
  const plain = words.every((t) => t.word && !common(t.lower));
  if (multi && words.length <= 3 && (SURNAME_SHAPE.test(lastKey) || plain)) return g('PERSON', 1);
  if (multi) return g('ORG', 1);
  if (!multi && !first.sentStart && (isSurname(key) || slavic)) return g('PERSON', 1);
  // a lone given name right after an outlet ("MailOnline Julia", split off the outlet) is a person
  const outletBefore = !!prev && prev.end + 1 >= first.start && (KNOWN_ORGS.has(gazKey(prev.text)) || CAMEL_RE.test(prev.text));
  if (!multi && outletBefore && isGivenName(key) && !first.upper) return g('PERSON', 1);
  // a lone unknown word: an organisation unless it looks like a demonym ("Chechens", "Islamic")
  if (!multi && !first.sentStart && first.text.length > 1 && !DEMONYM_LIKE.test(key)) return g('ORG', 1);
  return undefined;
}
