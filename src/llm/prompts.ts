// Prompts for the summariser. They confine the model to the given text: a digest must not add facts.
import type { EventToSummarize, PersonToDescribe } from './summarizer.port.js';

// Keeps requests small and cheap: the lead of each article carries the news.
const MAX_ARTICLES = 6;
const MAX_CHARS_PER_ARTICLE = 2500;

export const EVENT_SYSTEM_PROMPT =
  'You summarise news for a digest. Use only the facts in the articles given by the user; do not add ' +
  'background, opinions or anything you know from elsewhere. If the articles disagree, say so briefly. ' +
  'Write plain text in English, no lists, no markdown, no headline.';

export function eventUserPrompt(event: EventToSummarize): string {
  const articles = event.articles.slice(0, MAX_ARTICLES).map((a, i) => {
    const body = clip(a.paragraphs.join('\n'), MAX_CHARS_PER_ARTICLE);
    return `Article ${i + 1} — ${a.source}, published ${a.publishedAt}\nTitle: ${a.title}\n${body}`;
  });
  return (
    `Summarise the event "${event.title}" in at most ${event.maxSentences} sentences, using only the text below.\n\n` +
    articles.join('\n\n---\n\n')
  );
}

export const PERSON_SYSTEM_PROMPT =
  'You describe people mentioned in the news. Use only the facts given by the user; do not add anything ' +
  'you know from elsewhere. Write one or two plain sentences, no markdown.';

export function personUserPrompt(person: PersonToDescribe): string {
  const roles = person.roles.length ? `Roles mentioned: ${person.roles.join('; ')}\n` : '';
  const facts = person.facts.slice(0, 20).map((f) => `- ${clip(f.text, 500)} (${f.source}, ${f.date})`);
  return `Who is ${person.name}, according only to these facts?\n${roles}Facts:\n${facts.join('\n')}`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')} …`;
}
