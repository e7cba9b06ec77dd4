// The people one article mentions: grouped mentions, their roles, and sentences about them (pure).
// Facts: a sentence is a fact about a person when they are its subject (sentence-subject.ts), or when it names
// them alone and no one is its subject; captions, tweets, by-lines and link lines never are (non-fact-line.ts).
// Names that are no person (a building, a quoted title) are refused (person-like.ts). A bare surname before a
// relative of that surname is introduced ("Mrs Smith … her daughter Anna Smith") stays its own person.
import type { ArticleRecord, EntityMention } from '../articles/record.js';
import { normalizeName } from '../nlp/names.js';
import { splitSentences, type Sentence } from '../nlp/sentences.js';
import { isNonProseParagraph, isProseSentence } from './non-fact-line.js';
import { namedAsGroup, namedAsPlace, personLike, unglued } from './person-like.js';
import { freeMention, sentenceSubject, type PlacedMention } from './sentence-subject.js';

export interface ArticlePerson {
  /** The fullest name this article uses ("Alexander Lukashenko"). */
  name: string;
  /** Every surface form used ("Lukashenko", "Alexander Lukashenko"). */
  forms: string[];
  roles: string[];
  /** Sentences about them, in article order (a few at most). */
  facts: string[];
}

const FACTS_PER_ARTICLE = 2;
/**
 * People an article adds to /who, in order of first mention. A story names a few dozen at most;
 * past this it is a list (a roll call, a results table, junk), and folding thousands of people
 * from one article would hold the event loop for hundreds of milliseconds at ingest.
 */
export const MAX_PEOPLE_PER_ARTICLE = 200;
const MAX_FACT_CHARS = 400;

/** A full name introduced as someone's relative: "her daughter Anna Smith", "his wife, Jane". */
const KIN_BEFORE = /\b(?:daughter|son|mother|father|wife|husband|sister|brother|niece|nephew|granddaughter|grandson|grandmother|grandfather|aunt|uncle|cousin|widow|widower|mom|mum|dad|stepdaughter|stepson|stepmother|stepfather|daughter-in-law|son-in-law|twin)s?,?\s*$/iu;
const HONORIFIC_BEFORE = /\b(?:mr|mrs|ms|miss|mx)\.?\s*$/iu;

/** The sentence holding offset `at` (sentences are sorted and disjoint): a binary search, as paragraphs can be long. */
function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const isBare = (m: EntityMention) => !/\s/u.test(m.text.trim());

/** Each PERSON mention's person name in this article, or undefined when it is refused. */
function personNames(record: ArticleRecord, mentions: readonly EntityMention[]): (string | undefined)[] {
  const paragraphOf = (m: EntityMention) => record.paragraphs[m.paragraph] ?? '';
  // The first full mention of each name, and whether it introduces a relative.
  const firstFull = new Map<string, { at: number; kin: boolean }>();
  mentions.forEach((m, i) => {
    if (isBare(m) || firstFull.has(m.name)) return;
    const before = paragraphOf(m).slice(Math.max(0, m.start - 40), m.start);
    firstFull.set(m.name, { at: i, kin: KIN_BEFORE.test(before) });
  });
  // Full mentions by surname, in article order: a bare surname two people share goes to the one named last before it.
  const fullBySurname = new Map<string, { at: number[]; names: string[]; distinct: Set<string> }>();
  mentions.forEach((m, i) => {
    if (isBare(m)) return;
    const surname = normalizeName(m.text).split(' ').pop() ?? '';
    let fulls = fullBySurname.get(surname);
    if (!fulls) fullBySurname.set(surname, (fulls = { at: [], names: [], distinct: new Set() }));
    fulls.at.push(i);
    fulls.names.push(m.name);
    fulls.distinct.add(m.name);
  });
  const nearest = (m: EntityMention, i: number): string => {
    const fulls = fullBySurname.get(normalizeName(m.text));
    if (!fulls || fulls.distinct.size < 2) return m.name;
    // the last full mention before i (binary search: a long article may repeat a surname thousands of times)
    let lo = 0;
    let hi = fulls.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (fulls.at[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    return fulls.names[Math.max(0, lo - 1)]!;
  };
  // A name introduced as a group or used as a place, or one the article also tags as a place or an organisation
  // (two words or more: "Washington" may be both), is no person in this article.
  const elsewhere = new Set(record.entities.filter((e) => e.type !== 'PERSON' && /\s/u.test(e.text)).map((e) => e.text));
  const groups = new Set(
    mentions.filter((m) => elsewhere.has(m.name) || namedAsGroup(paragraphOf(m), m.start) || namedAsPlace(paragraphOf(m), m.end)).map((m) => m.name),
  );
  return mentions.map((m, i) => {
    const paragraph = paragraphOf(m);
    if (groups.has(m.name)) return undefined;
    if (!personLike(m.name, paragraph, m.start, m.end) || !personLike(m.text, paragraph, m.start, m.end)) return undefined;
    const name = isBare(m) ? nearest(m, i) : m.name;
    const full = firstFull.get(name);
    if (!isBare(m) || !full?.kin) return name;
    const honorific = HONORIFIC_BEFORE.test(paragraph.slice(Math.max(0, m.start - 6), m.start));
    return i < full.at || honorific ? m.text.trim() : name;
  });
}

export function articlePeople(record: ArticleRecord): ArticlePerson[] {
  const mentions = record.entities
    .filter((m) => m.type === 'PERSON')
    .map((m) => {
      const name = unglued(m.name);
      const text = unglued(m.text);
      return name === m.name && text === m.text ? m : { ...m, name, text };
    });
  const names = personNames(record, mentions);
  const byName = new Map<string, ArticlePerson>();
  // Per person: forms and lower-cased roles seen, so a person mentioned thousands of times costs no array scans.
  const seen = new Map<ArticlePerson, { forms: Set<string>; roles: Set<string>; number: number }>();
  const people: ArticlePerson[] = [];
  // Per paragraph, in article order: its mentions, as (mention, person number).
  const byParagraph = new Map<number, { mention: EntityMention; person: number }[]>();

  mentions.forEach((mention, i) => {
    const name = names[i];
    if (name === undefined) return;
    let person = byName.get(name);
    if (!person) {
      if (byName.size >= MAX_PEOPLE_PER_ARTICLE) return;
      person = { name, forms: [], roles: [], facts: [] };
      byName.set(name, person);
      seen.set(person, { forms: new Set(), roles: new Set(), number: people.length });
      people.push(person);
    }
    const known = seen.get(person)!;
    if (!known.forms.has(mention.text)) {
      known.forms.add(mention.text);
      person.forms.push(mention.text);
    }
    if (mention.role && !known.roles.has(mention.role.toLowerCase())) {
      known.roles.add(mention.role.toLowerCase());
      person.roles.push(mention.role);
    }
    const list = byParagraph.get(mention.paragraph) ?? [];
    list.push({ mention, person: known.number });
    byParagraph.set(mention.paragraph, list);
  });
  return withFacts(record, people, byParagraph);
}

/**
 * Fills each person's facts in article order. A paragraph is split into sentences only while someone it names
 * still wants facts: splitting every paragraph of a long article would be most of the work.
 */
function withFacts(record: ArticleRecord, people: ArticlePerson[], byParagraph: Map<number, { mention: EntityMention; person: number }[]>): ArticlePerson[] {
  for (const [paragraph, list] of byParagraph) {
    if (list.every(({ person }) => people[person]!.facts.length >= FACTS_PER_ARTICLE)) continue;
    const text = record.paragraphs[paragraph] ?? '';
    if (isNonProseParagraph(text)) continue;
    const sentences = splitSentences(text);
    const placed = new Map<number, PlacedMention[]>(); // sentence → its mentions, in order
    for (const { mention, person } of list) {
      const s = sentenceAt(sentences, mention.start);
      if (s < 0) continue;
      const offset = sentences[s]!.start;
      const at = placed.get(s) ?? [];
      at.push({ start: mention.start - offset, end: mention.end - offset, person });
      placed.set(s, at);
    }
    for (const [s, at] of placed) factOf(sentences[s]!, at, people);
  }
  return people;
}

/** Adds the sentence to the facts of the person it is about, if any (see the header). */
function factOf(sentence: Sentence, list: readonly PlacedMention[], people: ArticlePerson[]): void {
  const text = sentence.text.trim();
  if (list.every((m) => people[m.person]!.facts.length >= FACTS_PER_ARTICLE)) return;
  if (text.length > MAX_FACT_CHARS || !isProseSentence(text)) return;
  // Offsets are into sentence.text; trimming only moves the start, which the subject rule does not need.
  const subject = sentenceSubject(sentence.text, list);
  // With no one as its subject, a sentence is about the one person it names, when it names them on their own
  // (not "the Flynn probe", "a letter to Ben-Zvi", "Comey's firing", "rappers including X").
  const named = new Set(list.map((m) => m.person));
  const about =
    subject.kind === 'person'
      ? subject.person
      : subject.kind === 'none' && named.size === 1 && list.some((m) => freeMention(sentence.text, m))
        ? list[0]!.person
        : undefined;
  if (about === undefined) return;
  const person = people[about]!;
  if (person.facts.length < FACTS_PER_ARTICLE && !person.facts.includes(text)) person.facts.push(text);
}
