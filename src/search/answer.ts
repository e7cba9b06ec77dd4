// Extractive answers (pure): from the retrieved articles, the 1–3 sentences that answer a question, or none.
// A sentence answers only when it holds the question's key terms (names, numbers: in it, or in its article's
// headline and lead) and at least one other content word, and its article holds nearly every content word of the
// question. Otherwise there is no answer: "I don't know" beats a plausible sentence about something else.
import type { ArticleRecord, EntityType } from '../articles/record.js';
import { splitSentences } from '../nlp/sentences.js';
import type { TermStats } from './search-index.port.js';
import type { QuestionTerm } from './question-terms.js';
import { foldWord, stemWord, wordsOf } from './search-terms.js';

export interface AnswerSentence {
  text: string;
  recordId: string;
  source: string;
  /** The article's link, else its outlet's. */
  url?: string;
  publishedAt?: string;
}

/** A question and the sentences that answer it (none: "I don't know from the articles I have"). */
export interface Answer {
  question: string;
  /** false: "I don't know from the articles I have". */
  found: boolean;
  sentences: AnswerSentence[];
}

export const MAX_ANSWER_SENTENCES = 3;
/** A further sentence joins the best one only when it scores at least this share of it. */
const FOLLOWER_SHARE = 0.8;
/** Longer sentences are run-ons or lists, not answers. */
const MAX_SENTENCE_CHARS = 420;
/** Two sentences sharing this share of their words say the same thing (wire copies): one is enough. */
const SAME_SHARE = 0.6;

/** What the question asks for, by its question word: a sentence holding such a thing weighs more. */
type Wanted = 'person' | 'number' | 'time' | 'place' | undefined;

interface Words {
  folded: Set<string>;
  stems: string[];
}

interface Candidate {
  text: string;
  record: ArticleRecord;
  score: number;
  words: Set<string>;
}

/**
 * The answer's sentences, best first; [] when the articles don't support one.
 * `articles` in retrieval order; `stats` weighs rare terms.
 */
export function selectAnswer(question: string, terms: readonly QuestionTerm[], articles: readonly ArticleRecord[], stats: TermStats): AnswerSentence[] {
  const content = terms.filter((t) => !t.weak);
  if (content.length === 0) return [];
  const focus = focusOf(question, content);
  const idf = (t: QuestionTerm) => {
    const df = stats.frequency.get(t.stem) ?? 0;
    // The asked predicate ("… rail line carry?") is what an answer adds to the question's premise: it weighs double.
    return Math.log(1 + (stats.documents - df + 0.5) / (df + 0.5)) * (t === focus ? 2 : 1);
  };
  let keys = content.filter((t) => t.key);
  let others = content.filter((t) => !t.key);
  // No name in the question (all lower case): its rarest word must be in the answer instead.
  if (keys.length === 0 && others.length > 1) {
    const rarest = [...others].sort((a, b) => idf(b) - idf(a))[0]!;
    keys = [rarest];
    others = others.filter((t) => t !== rarest);
  }
  const wanted = wantedOf(question);
  const counted = countedOf(question);
  const asked = new Set(content.map((t) => t.word));
  const candidates: Candidate[] = [];
  articles.forEach((record, rank) => {
    const whole = wordsIn([record.title, ...record.paragraphs, ...record.entities.map((e) => e.name)].join(' '));
    if (!keys.every((t) => has(whole, t))) return;
    const missing = others.filter((t) => !has(whole, t)).length;
    if (missing > Math.floor(others.length / 3)) return;
    const lead = wordsIn(`${record.title} ${splitSentences(record.paragraphs[0] ?? '')[0]?.text ?? ''}`);
    record.paragraphs.forEach((paragraph, p) => {
      for (const sentence of splitSentences(paragraph)) {
        if (sentence.text.length > MAX_SENTENCE_CHARS) continue;
        const words = wordsIn(sentence.text);
        const inSentence = keys.filter((t) => has(words, t));
        const keysHeld = others.length === 0 ? inSentence.length === keys.length : keys.every((t) => has(words, t) || has(lead, t));
        if (!keysHeld) continue;
        const othersHere = others.filter((t) => has(words, t));
        if (others.length > 0 && othersHere.length === 0) continue;
        // A sentence that only repeats the question's words tells nothing.
        const fresh = [...words.folded].filter((w) => !asked.has(w) && w.length > 2).length;
        if (fresh < 3) continue;
        const mentions = record.entities.filter((e) => e.paragraph === p && e.start >= sentence.start && e.end <= sentence.end);
        let score = [...inSentence, ...othersHere].reduce((sum, t) => sum + idf(t), 0);
        score += 0.3 * keys.filter((t) => !inSentence.includes(t)).reduce((sum, t) => sum + idf(t), 0);
        // "How many prisoners": a figure counting prisoners, not any figure (a date has one too).
        if (counted ? countsIt(sentence.text, counted) : holdsWanted(wanted, sentence.text, mentions, asked)) score *= 1.5;
        // Earlier sentences of better-ranked articles break near ties: leads state the news.
        score *= 1 - 0.02 * Math.min(rank, 10);
        candidates.push({ text: sentence.text, record, score, words: words.folded });
      }
    });
  });
  candidates.sort((a, b) => b.score - a.score);
  const picked: Candidate[] = [];
  for (const c of candidates) {
    if (picked.length >= MAX_ANSWER_SENTENCES) break;
    if (picked.length > 0 && c.score < FOLLOWER_SHARE * picked[0]!.score) break;
    if (picked.some((p) => overlap(p.words, c.words) >= SAME_SHARE)) continue;
    picked.push(c);
  }
  return picked.map(({ text, record }) => ({
    text,
    recordId: record.id,
    source: record.source.name,
    ...((record.url ?? record.source.url) ? { url: record.url ?? record.source.url } : {}),
    ...(record.publishedAt ? { publishedAt: record.publishedAt } : {}),
  }));
}

function wordsIn(text: string): Words {
  const folded = new Set<string>();
  for (const w of wordsOf(text)) {
    const f = foldWord(w.text).replace(/\./g, '');
    folded.add(f);
    if (f.includes('-')) for (const part of f.split('-')) if (part) folded.add(part);
  }
  return { folded, stems: [...folded].map(stemWord) };
}

// A name also matches its demonym and back ("Lithuania" ~ "Lithuanian", "Belarus" ~ "Belarusian").
const DEMONYM_TAIL = /^(?:n|an|ian|ns|ans|ians)$/;

function has(words: Words, term: QuestionTerm): boolean {
  if (words.folded.has(term.word)) return true;
  if (term.key) {
    for (const w of words.folded) {
      if (w.startsWith(term.word) && DEMONYM_TAIL.test(w.slice(term.word.length))) return true;
      if (term.word.startsWith(w) && w.length >= 4 && DEMONYM_TAIL.test(term.word.slice(w.length))) return true;
    }
    return /\d/.test(term.word) ? false : words.stems.includes(term.stem);
  }
  // Other words by stem, or a stem that starts the other ("coordinates" ~ "coordinator").
  return words.stems.some((s) => s === term.stem || (term.stem.length >= 5 && s.startsWith(term.stem)) || (s.length >= 5 && term.stem.startsWith(s)));
}

/** What "how many …" counts: the stem of the word after it ("how many political prisoners" → "prisoner"). */
function countedOf(question: string): string | undefined {
  const m = /\bhow many ((?:[\p{L}-]+ ){0,2}?)([\p{L}-]+)\b(?= (?:did|do|does|are|were|was|is|have|has|had|will|would|remain|still)\b|\?|$)/iu.exec(question.trim());
  return m?.[2] ? stemWord(foldWord(m[2])) : undefined;
}

/** A figure right before the counted word, or one word before it ("52 political prisoners", "1,000 people"). */
function countsIt(text: string, counted: string): boolean {
  const words = wordsOf(text);
  return words.some((w, i) => stemWord(foldWord(w.text)) === counted && [words[i - 1], words[i - 2]].some((b) => b !== undefined && NUMBER_RE.test(b.text)));
}

/** In a what/which question ending in a plain word (a verb: "… carry?", "… cover?"), that word. */
function focusOf(question: string, content: readonly QuestionTerm[]): QuestionTerm | undefined {
  if (!/^(?:what|which)\b/i.test(question.trim())) return undefined;
  const last = wordsOf(question).at(-1);
  if (!last) return undefined;
  const folded = foldWord(last.text);
  return content.find((t) => t.word === folded && !t.key);
}

function wantedOf(question: string): Wanted {
  const q = question.trim().toLowerCase();
  if (/^(?:who|whom|whose)\b/.test(q)) return 'person';
  if (/^how (?:many|much)\b|\bhow many\b|\bwhat (?:rate|level|share|percentage|number)\b|^at what (?:level|rate)/.test(q)) return 'number';
  if (/^(?:when|since when)\b|\bwhat (?:year|day|date|time)\b|^how long\b/.test(q)) return 'time';
  if (/^where\b/.test(q)) return 'place';
  return undefined;
}

const NUMBER_RE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|dozens|hundreds|thousands)\b/i;
const TIME_RE =
  /\b(?:\d{4}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|week|weeks|month|months|year|years|since)\b/i;

function holdsWanted(wanted: Wanted, text: string, mentions: readonly { type: EntityType; name: string }[], asked: ReadonlySet<string>): boolean {
  const newName = (type: EntityType) => mentions.some((m) => m.type === type && !wordsOf(m.name).every((w) => asked.has(foldWord(w.text))));
  switch (wanted) {
    case 'person':
      return newName('PERSON') || newName('ORG');
    case 'number':
      return NUMBER_RE.test(text);
    case 'time':
      return TIME_RE.test(text);
    case 'place':
      return newName('PLACE');
    default:
      return false;
  }
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}
