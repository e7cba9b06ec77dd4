// Classifies one candidate span as PERSON, ORG or PLACE from its words and their context.
import type { Token } from './tokens.js';
import { isPossessive } from './tokens.js';
import type { Span } from './ner-spans.js';
import { HONORIFICS, ROLE_NOUNS } from './gazetteer-titles.js';
import { EVENT_TAILS, KNOWN_ORGS, ORG_HEADS, ORG_TAILS, PLACE_HEADS, PLACE_TAILS } from './gazetteer-orgs.js';
import { gazKey, isCountry, isGivenName, isPlace, isSurname } from './gazetteer-index.js';

export type EntityType = 'PERSON' | 'ORG' | 'PLACE';
/** strength: 3 = gazetteer or explicit cue, 2 = good evidence, 1 = guess (doc consistency may override). */
export interface Guess {
  type: EntityType;
  strength: number;
}

const SPEECH = new Set(['said', 'says', 'told', 'added', 'asked', 'replied', 'wrote', 'stated']);
const PLACE_PREPS = new Set(['in', 'at', 'near', 'from', 'to', 'across', 'outside', 'inside']);
const DEMONYM_LIKE = /(?:ian|ean|ese|ish|ic|ans|is|ens|bs)$/u;
const LOCATIVE = new Set(['on', 'in', 'at', 'into']);
const INITIAL_RE = /^\p{Lu}\.$/u;

const low = (t: Token | undefined): string => (t ? t.lower : '');
const g = (type: EntityType, strength: number): Guess => ({ type, strength });

function titleBefore(toks: readonly Token[], i: number): boolean {
  const p = toks[i - 1];
  if (!p) return false;
  if (p.text === '.') return HONORIFICS.has(low(toks[i - 2]));
  return ROLE_NOUNS.has(low(p)) || HONORIFICS.has(low(p));
}

/** Numbers after the name on the same line: a results table, where names are teams or players. */
function tableRow(toks: readonly Token[], span: Span): boolean {
  const n = toks[span.to + 1];
  if (!n || n.line !== toks[span.to]!.line) return false;
  const c = n.text.charCodeAt(0);
  return c >= 48 && c <= 57;
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

export function classify(toks: readonly Token[], span: Span): Guess | undefined {
  const guess = classifySpan(toks, span);
  // a lone capitalised word opening a sentence needs real evidence ("Reporters asked ...")
  if (guess && guess.strength < 2 && span.from === span.to && toks[span.from]!.sentStart) return undefined;
  return guess;
}

function classifySpan(toks: readonly Token[], span: Span): Guess | undefined {
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
  if (isPlace(key)) {
    // results tables name clubs by their city ("Chicago 5 Houston 3"); countries stay places
    return tableRow(toks, span) && !isCountry(key) ? g('ORG', 3) : g('PLACE', 3);
  }
  if (multi && EVENT_TAILS.has(lastKey)) return undefined; // "World Cup", "Labour Day" 
  if (multi && (ORG_TAILS.has(lastKey) || ORG_HEADS.has(firstKey))) return g('ORG', 3);
  const ofHead = ofHeadType(words);
  if (ofHead) return g(ofHead, 3); // "Chicago Board of Trade", "Gulf of Mexico"
  if (multi && PLACE_TAILS.has(lastKey)) return g('PLACE', 3);
  if (titleBefore(toks, span.from)) return g('PERSON', 3);
  // "posted on Truth Social": after on/in/at a capitalised phrase is rarely a person
  const locative = !!prev && LOCATIVE.has(prev.text);
  if (multi && !locative && (words.some((t) => INITIAL_RE.test(t.text)) || isGivenName(firstKey))) {
    return g('PERSON', 2);
  }
  if (!multi && first.upper && first.text.replace(/\W/gu, '').length <= 6) return g('ORG', 2);
  const speech = SPEECH.has(low(next)) || (SPEECH.has(low(prev)) && prev?.text === low(prev));
  if (speech) return g('PERSON', multi || isSurname(key) ? 2 : 1);
  if (multi && isSurname(lastKey)) return g('PERSON', 2);
  if (tableRow(toks, span)) return multi ? g('PERSON', 1) : g('ORG', 2);
  if (multi && words.some((t) => isPlace(gazKey(t.text)))) return g('ORG', 1);
  // a possessive makes an unknown single name an owner (person or organisation), not a place
  if (!multi && possessive && !first.sentStart) return g(isSurname(key) ? 'PERSON' : 'ORG', 1);
  if (!multi && prev && PLACE_PREPS.has(prev.text)) return g('PLACE', 1);
  if (multi && locative) return g('ORG', 1);
  if (multi && words.length <= 3) return g('PERSON', 1);
  if (!multi && !first.sentStart && isSurname(key)) return g('PERSON', 1);
  // a lone unknown word: an organisation unless it looks like a demonym ("Chechens", "Islamic")
  if (!multi && !first.sentStart && first.text.length > 1 && !DEMONYM_LIKE.test(key)) return g('ORG', 1);
  return undefined;
}
