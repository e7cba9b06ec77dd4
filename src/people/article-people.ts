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
const MAX_FACT_CHARS = 400;

export function articlePeople(record: ArticleRecord): ArticlePerson[] {
  const byName = new Map<string, ArticlePerson>();
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
      person = { name: mention.name, forms: [], roles: [], facts: [] };
      byName.set(mention.name, person);
    }
    if (!person.forms.includes(mention.text)) person.forms.push(mention.text);
    if (mention.role && !person.roles.some((r) => r.toLowerCase() === mention.role?.toLowerCase())) {
      person.roles.push(mention.role);
    }
    if (person.facts.length < FACTS_PER_ARTICLE) {
      const sentence = sentencesOf(mention.paragraph).find((s) => s.start <= mention.start && mention.start < s.end);
      const text = sentence?.text.trim();
      if (text && text.length <= MAX_FACT_CHARS && !person.facts.includes(text)) person.facts.push(text);
    }
  }
  return [...byName.values()];
}
