// Prompts for the summariser. They confine the model to the given text: a digest must not add facts.
import { UNKNOWN_ANSWER, type EventToSummarize, type PersonToDescribe, type QuestionToAnswer } from './summarizer.port.js';

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

// An answer is checked against these sentences alone (src/search/model-answer.ts), so the prompt says what the check
// enforces: nothing from elsewhere, and a fixed word, not a guess, when they don't answer.
export const ANSWER_SYSTEM_PROMPT =
  'You answer questions about the news from sentences quoted from news articles. Use only what those sentences say; ' +
  'do not add names, numbers, dates, background or anything you know from elsewhere. Answer in one to three short ' +
  `plain sentences in English, no lists, no markdown. If the sentences do not answer the question, reply with exactly ${UNKNOWN_ANSWER}.`;

export function answerUserPrompt(input: QuestionToAnswer): string {
  const sentences = input.sentences.slice(0, 8).map((s, i) => `${i + 1}. ${clip(s.text, 500)} (${s.source}, ${s.date})`);
  return `Question: ${clip(input.question, 300)}\n\nSentences:\n${sentences.join('\n')}`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')} …`;
}
