// Who a sentence is about (pure): the person who is its grammatical subject, found by position. The rule:
//  - a sentence opening with a pronoun ("He", "Her") is about someone named earlier: no one it names is its subject;
//  - a leading quotation is skipped, and the speaker after it is the subject ('"…," said X');
//  - an opening adverbial clause up to its comma ("When X arrived, …", "According to X, …") holds no subject;
//  - otherwise the subject is the first person named before the main verb, unless a preposition governs the
//    name ("the probe into Flynn") or it is a possessive ("Comey's firing").
// A person's facts are the sentences they are the subject of, or that name them alone (person-facts in article-people).

import { ROLE_MODIFIERS } from '../nlp/gazetteer-titles.js';

/** Lower-case words of titles ("former", "president", "minister"): skipped between a preposition and a name. */
const ROLE_WORDS = new Set([...ROLE_MODIFIERS, ...'president minister leader prosecutor director chief secretary general senator governor mayor judge officer adviser advisor'.split(' ')]);

export interface PlacedMention {
  /** Offsets in the sentence's text. */
  start: number;
  end: number;
  person: number;
}

/** 'pronoun' and 'quote': the sentence is someone's, but no one it names (a pronoun's referent, an unnamed speaker). */
/** 'other': a capitalised word of no person mention stands right before the main verb (an organisation, an untagged name). */
export type Subject = { kind: 'person'; person: number } | { kind: 'pronoun' } | { kind: 'quote' } | { kind: 'other' } | { kind: 'none' };

const PRONOUN_START = /^\W*(?:(?:but|and|yet|so|still|now)\s+)?(?:he|she|they|his|her|their|him|them|it|its|we|i)\b/iu;
const OPENER = /^\W*(?:when|after|before|while|although|though|because|as|if|since|despite|unlike|like|in|on|at|during|following|according to|for|with|without|under|over|by|from|once|until|asked|speaking)\b[^,]{0,160},/iu;
/** The main verb: a common finite verb or auxiliary, or a lower-case past form. */
const VERB = /\b(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|shall|did|does|do|said|says|told|tells|asked|asks|added|wrote|writes|says|made|makes|became|becomes|remains|remained|took|takes|got|gets|went|goes|came|comes|left|won|lost|met|ran|gave|gives|saw|sees|knew|knows|thinks|thought|alleges|claims|reports|argues|notes|adds|insists|denies|confirms|suggests|believes|wants|plans|faces|admits|warns|calls|finds|writes|leads|runs|works|lives|joins|says|include|includes|remain|seem|seems|appear|appears|[a-z]{2,}ed)\b/u;
/** A reporting verb and its "that" (a few words may stand between: "insisted Tuesday that"), or a name right after it ("said Smith was"). */
const REPORTED_CLAUSE = /^(?:said|says|told|insisted|alleges|alleged|claims|claimed|reported|reports|announced|confirmed|denied|suggested|found|finds|writes|wrote|believes|believed|argued|argues|added|noted|warned|revealed|disclosed)\b(?:[^.;:"“”]{0,60}?\bthat\s+|\s+(?=\p{Lu}))/u;
const REPORTING = /\b(?:said|says|told|added|wrote|asked|explained|continued|recalled|noted|insisted|argued)\b/u;
const GOVERNING = /(?:\b(?:of|by|to|from|with|for|about|against|at|on|in|into|after|before|under|over|between|among|than|like|including|toward|towards|behind|alongside|via|whom|including|featuring|and|or|with)|['’]s)\s*$/iu;
const QUOTE_OPEN = /^\W{0,2}["“«„]/u;
const QUOTE_CLOSE = /["”»]/gu;

/** `depth` 1: reading a reported clause ("… said that X …"), which is not searched for another. */
export function sentenceSubject(text: string, mentions: readonly PlacedMention[], depth = 0): Subject {
  if (PRONOUN_START.test(text)) return { kind: 'pronoun' };
  let from = 0;
  if (QUOTE_OPEN.test(text)) {
    const open = text.search(/["“«„]/u);
    QUOTE_CLOSE.lastIndex = open + 1;
    const close = QUOTE_CLOSE.exec(text);
    if (!close) return { kind: 'quote' };
    // '"…," said X' / '"…," X said': the first person after the quotation, when a reporting verb is beside them
    const rest = mentions.filter((m) => m.start > close.index).sort((a, b) => a.start - b.start)[0];
    if (!rest) return { kind: 'quote' };
    const around = text.slice(close.index, Math.min(text.length, rest.end + 24));
    return REPORTING.test(around) ? { kind: 'person', person: rest.person } : { kind: 'quote' };
  }
  const opener = OPENER.exec(text);
  if (opener) from = opener[0].length;
  if (from > 0 && PRONOUN_START.test(text.slice(from))) return { kind: 'pronoun' }; // "Despite X, he …"
  VERB.lastIndex = 0;
  const verbAt = text.slice(from).search(VERB);
  // No main verb found: the subject cannot be placed, so no one is taken for it.
  if (verbAt < 0) return { kind: 'none' };
  const zoneEnd = from + verbAt;
  const inZone = mentions.filter((m) => m.start >= from && m.end <= zoneEnd).sort((a, b) => a.start - b.start);
  for (const m of inZone) {
    if (!freeMention(text, m, from, false)) continue;
    return { kind: 'person', person: m.person };
  }
  // "Officials insisted Tuesday that Trump had …": with no person before it, the reported clause's subject counts
  const reported = REPORTED_CLAUSE.exec(text.slice(zoneEnd));
  if (reported && depth === 0) {
    const k = zoneEnd + reported[0].length;
    const shift = <T extends { start: number; end: number }>(list: readonly T[]) => list.filter((m) => m.start >= k).map((m) => ({ ...m, start: m.start - k, end: m.end - k }));
    const inner = sentenceSubject(text.slice(k), shift(mentions), 1);
    if (inner.kind === 'person' || inner.kind === 'other') return inner;
  }
  // "…, Humphries contacted his ex-girlfriend, X", "The Times reported X …": a name that is no person mention (an
  // organisation, or a person the tagger missed) is the subject, not X
  const last = /(\p{Lu}[\p{L}'’&-]*)\s+$/u.exec(text.slice(from, zoneEnd));
  if (last && zoneEnd > from + last[0].length) {
    const at = from + last.index;
    if (!mentions.some((m) => m.start <= at && at < m.end)) return { kind: 'other' };
  }
  return { kind: 'none' };
}

/**
 * True when the mention stands on its own in the sentence: not governed by a preposition ("the probe into
 * Flynn", "rappers including X"), not a possessive ("Comey's firing"), not a modifier ("Trump aides"); and, when
 * `alone` (the sentence names no one else and has no subject), no list item and not inside a quotation.
 */
export function freeMention(text: string, m: PlacedMention, from = 0, alone = true): boolean {
  // A title between a preposition and the name still leaves the name governed: "to then president X", "of the late X".
  // Only the few words before the name matter, so only they are read.
  const before = withoutTrailingTitle(text.slice(Math.max(from, m.start - LOOKBACK), m.start));
  const after = text.slice(m.end, m.end + 3);
  if (GOVERNING.test(before) || /^['’](?:s\b|\s)/u.test(after) || attributive(text, m.end)) return false;
  // Named alone, it must also be no list item ("acts Onyx, Ghostface Killah, …") and not inside a quotation.
  return !alone || (!/\p{Lu}[\p{L}'’-]*,\s*$/u.test(before) && !quoted(text.slice(0, m.start)));
}

/** Characters before a name that the governing check reads. */
const LOOKBACK = 80;
const TITLE_GLUE = new Set(['the', 'a', 'an', 'then', 'late']);

/** `before` without the title words that end it ("… to then president " → "… to "). */
function withoutTrailingTitle(before: string): string {
  let end = before.length;
  for (;;) {
    let e = end;
    while (e > 0 && /\s/u.test(before.charAt(e - 1))) e--;
    let b = e;
    while (b > 0 && !/\s/u.test(before.charAt(b - 1))) b--;
    const word = before.slice(b, e).toLowerCase();
    if (!word || !(TITLE_GLUE.has(word) || ROLE_WORDS.has(word))) return before.slice(0, end);
    end = b;
  }
}

/** True when a quotation is open at the end of `prefix` (straight quotes by parity, curly ones by depth). */
function quoted(prefix: string): boolean {
  const straight = (prefix.match(/"/gu) ?? []).length;
  const open = (prefix.match(/[“«„]/gu) ?? []).length;
  const close = (prefix.match(/[”»]/gu) ?? []).length;
  return straight % 2 === 1 || open > close;
}

/** Nouns a name modifies when it is used as an adjective: "Trump aides", "the Flynn probe", "the Obama campaign". */
const ATTRIBUTIVE_HEADS = new Set(
  'aide aides administration campaign campaigns supporters supporter officials adviser advisers allies ally team family camp government voters spokesman spokeswoman lawyers lawyer attorney attorneys tower organization organisation foundation era years presidency transition probe investigation inquiry case trial estate brand company fans'.split(
    ' ',
  ),
);

/** True when the name ending at `end` modifies the next word ("Trump aides"): then it is no one's mention as a subject. */
export function attributive(text: string, end: number): boolean {
  const next = /^\s+(?:and\s+\p{Lu}[\p{L}'’-]*\s+)?([a-z]+)/u.exec(text.slice(end, end + 40));
  return next !== null && ATTRIBUTIVE_HEADS.has(next[1]!);
}
