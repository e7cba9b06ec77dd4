// A question → the terms an answer must be about (pure). "Who is Lithuania's foreign minister?" →
// lithuania (a name: key), foreign, minister. Names, numbers and years are key terms: an answer that lacks one
// answers another question ("How many prisoners did Russia release?" is not answered by Belarus's release).
import { foldWord, STOP_WORDS, stemWord, WEAK_WORDS, wordsOf } from './search-terms.js';

export interface QuestionTerm {
  /** As asked, folded: "lithuania", "2026". */
  word: string;
  /** What sentences and the index are matched on: the stem ("prisoner"). */
  stem: string;
  /** A name (capitalised where a sentence wouldn't capitalise it), a number or a year: the answer must hold it. */
  key: boolean;
  /** A word that shapes the question ("how long") more than its topic: it may be missing from the answer. */
  weak: boolean;
}

export interface QuestionTerms {
  terms: QuestionTerm[];
  /** The terms as one search string for the index. */
  query: string;
}

/** Past this, a chat message is not taken as a question (and the CLI says so). */
export const MAX_QUESTION_CHARS = 300;

export function questionTerms(question: string): QuestionTerms {
  const words = wordsOf(question.slice(0, MAX_QUESTION_CHARS));
  const byStem = new Map<string, QuestionTerm>();
  words.forEach((w, i) => {
    const folded = foldWord(w.text).replace(/\./g, '');
    if (!folded || STOP_WORDS.has(folded)) return;
    if (folded.length < 2 && !/\d/.test(folded)) return;
    // The first word is capitalised anyway: a name there only if it is no question word (those are stop words).
    const capitalised = /^\p{Lu}/u.test(w.text) && (i > 0 || !STOP_WORDS.has(folded));
    const key = capitalised || /\d/.test(folded);
    const stem = stemWord(folded);
    const known = byStem.get(stem);
    if (known) known.key ||= key;
    else byStem.set(stem, { word: folded, stem, key, weak: !key && WEAK_WORDS.has(folded) });
  });
  const terms = [...byStem.values()];
  return { terms, query: terms.map((t) => t.word).join(' ') };
}

/** "07:45", "7am Europe/Minsk", "America/New_York", "belarus, sanctions, energy". */
const SETTINGS_ANSWER = /^(?:[\d:.]+\s*(?:[ap]\.?m\.?)?\s*)?(?:[A-Za-z_]+\/[A-Za-z_/+-]+)?$|^[^,?.!]+(?:,[^,?.!]+)+$/u;

const QUESTION_OPENERS = /^(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|did|does|do|can|could|will|would|has|have|had)\b/i;

/**
 * Whether a private chat's plain text is taken as a question: it ends in "?", opens with a question word, or has
 * three words or more; and it has a word to look up (not only figures). Anything else ("hi", "thanks", "08:30",
 * "Europe/Minsk") gets the usual hint instead.
 */
export function looksLikeQuestion(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed || trimmed.startsWith('/') || trimmed.length > MAX_QUESTION_CHARS) return false;
  if (!trimmed.endsWith('?') && !QUESTION_OPENERS.test(trimmed) && wordsOf(trimmed).length < 3) return false;
  // A settings answer typed after its prompt expired (a time, a time zone, a comma list of topics) is not a question.
  if (!trimmed.endsWith('?') && SETTINGS_ANSWER.test(trimmed)) return false;
  return questionTerms(trimmed).terms.some((t) => !t.weak && /\p{L}/u.test(t.word));
}
