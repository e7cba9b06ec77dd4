// A title for text whose first line is too long to be a headline (some scrapers put the whole
// article on one line, or the page had no headline above the lead paragraph).
//
// Choice: such a line is the lead paragraph, not a title, so it is kept in full as the first
// paragraph, and the title is taken from it: its first sentence (dateline removed, final period
// dropped) when that is at most TITLE_MAX characters; otherwise its first TITLE_CUT characters,
// cut at a word boundary, with "…". Refusing the article ("Found no title") would be wrong: it has
// a body and a perfectly good lead.
import { splitSentences } from '../nlp/sentences.js';
import { classifyLine } from './clean-lines.js';
import { findDateline } from './dateline.js';

/** A first line longer than this is not a headline (clean-body.ts takes its title by this bound). */
export const LONG_FIRST_LINE = 300;
const TITLE_MAX = 160;
const TITLE_CUT = 120;
/** Enough of the line to find its first sentence; the rest cannot change it. */
const SENTENCE_WINDOW = 1000;

const collapse = (line: string) => line.replace(/\s+/g, ' ').trim();

/** The line that would be taken as the title: the first content (or short) line, as extractBody picks it. */
function firstTitleLine(text: string): string | undefined {
  for (const raw of text.split('\n')) {
    const line = collapse(raw);
    if (line === '') continue;
    const kind = classifyLine(line).kind;
    if (kind === 'content' || kind === 'short') return line;
  }
  return undefined;
}

/** `text.slice(0, max)` shortened to the last whole word, trailing punctuation dropped, plus "…". */
function cutAtWord(text: string, max: number): string {
  const head = text.slice(0, max + 1);
  const space = head.lastIndexOf(' ');
  const cut = space > max / 2 ? head.slice(0, space) : text.slice(0, max);
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** A title from a long lead line (see the file comment for the rule). */
export function titleFromLongLine(line: string): string {
  const dateline = findDateline(line);
  const lead = dateline ? line.slice(dateline.prefix.length).trim() : line;
  const sentences = splitSentences(lead.slice(0, SENTENCE_WINDOW));
  const first = sentences.length > 1 ? sentences[0]?.text : undefined;
  if (first !== undefined && first.length >= 12 && first.length <= TITLE_MAX) return first.replace(/(?<=[\p{Ll}\d]{2})\.$/u, '');
  return cutAtWord(lead, TITLE_CUT);
}

/** When the text has no short first line to be its headline, the title to use instead; undefined otherwise. */
export function titleForLongLead(text: string): string | undefined {
  const line = firstTitleLine(text);
  return line !== undefined && line.length > LONG_FIRST_LINE ? titleFromLongLine(line) : undefined;
}
