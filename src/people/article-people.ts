// The people one article mentions: grouped mentions, their roles, and sentences about them (pure).
import type { ArticleRecord } from '../articles/record.js';
import { splitSentences } from '../nlp/sentences.js';

export interface ArticlePerson {
  /** The fullest name this article uses ("Alexander Lukashenko"). */
  name: string;
  /** Every surface form used ("Lukashenko", "Alexander Lukashenko"). */
  forms: string[];
  roles: string[];
  /** Sentences that mention them, in article order (a few at most). */
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

/** The sentence holding offset `at` (sentences are sorted and disjoint): a binary search, as paragraphs can be long. */
function sentenceAt(sentences: ReturnType<typeof splitSentences>, at: number) {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

export function articlePeople(record: ArticleRecord): ArticlePerson[] {
  const byName = new Map<string, ArticlePerson>();
  // Per person: forms and lower-cased roles seen, so a person mentioned thousands of times costs no array scans.
  const seen = new Map<ArticlePerson, { forms: Set<string>; roles: Set<string> }>();
  const sentencesByParagraph = new Map<number, ReturnType<typeof splitSentences>>();
  const sentencesOf = (paragraph: number) => {
    let sentences = sentencesByParagraph.get(paragraph);
    if (!sentences) {
      sentences = splitSentences(record.paragraphs[paragraph] ?? '');
      sentencesByParagraph.set(paragraph, sentences);
    }
    return sentences;
  };

  for (const mention of record.entities) {
    if (mention.type !== 'PERSON') continue;
    let person = byName.get(mention.name);
    if (!person) {
      if (byName.size >= MAX_PEOPLE_PER_ARTICLE) continue;
      person = { name: mention.name, forms: [], roles: [], facts: [] };
      byName.set(mention.name, person);
      seen.set(person, { forms: new Set(), roles: new Set() });
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
    if (person.facts.length < FACTS_PER_ARTICLE) {
      const sentence = sentenceAt(sentencesOf(mention.paragraph), mention.start);
      const text = sentence?.text.trim();
      if (text && text.length <= MAX_FACT_CHARS && !person.facts.includes(text)) person.facts.push(text);
    }
  }
  return [...byName.values()];
}
