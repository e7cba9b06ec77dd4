// From article text (metadata already removed) to title, body paragraphs and what the boilerplate told us.
import { classifyLine } from './clean-lines.js';
import { noticeKind } from '../nlp/boilerplate-notices.js';
import { LONG_FIRST_LINE } from './clean-title.js';
import { normaliseForHash } from './content-hash.js';
import { findDateline } from './dateline.js';
import type { Translation } from './record.js';

export interface ExtractedBody {
  title?: string;
  paragraphs: string[];
  /** Outlet from a dateline agency, else from the first credit/source line that names one. */
  outlet?: string;
  disclaimer?: string;
  translations: Translation[];
  /** Text whose date is the article's own: date-stamp lines and the dateline prefix. */
  dateStamps: string[];
  /** Web-page notice lines dropped (tweet-embed, crawl, prompts, captions): a text of only these is no article. */
  notices: number;
}


// Inline picture credits inside a paragraph: "… a bad idea (Image: UpperCut Images/Getty)". The look-behind
// starts the match only where a run of spaces starts: a bare `\s*` rescanned a long run from each of its spaces.
const INLINE_CREDIT_RE = /(?<!\s)\s*\((?:image|photo|picture|pic|video|credit)s?:[^()]{1,80}\)/gi;
const tidy = (line: string) =>
  line
    .replace(INLINE_CREDIT_RE, '').replace(/[\u00a0\u2007\u202f\t]/g, ' ').replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/ {2,}/g, ' ').trim();
// Sentence-final punctuation, then any closing quotes or brackets.
const SENTENCE_END = new Set([...'.!?…:;。！？']);
const CLOSERS = new Set([...'"\'”’»)]']);
/** Looks only at the end of the line, so the cost is the few closing characters, never the line length. */
function endsSentence(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && CLOSERS.has(s.charAt(i))) i--;
  return i >= 0 && SENTENCE_END.has(s.charAt(i));
}

/**
 * Lines of one blank-separated block → paragraphs: hard-wrapped lines are joined, one-paragraph-per-line text is not.
 * Linear in the block: each line is looked at once, and a paragraph is joined once from its lines (a joined
 * paragraph ends with its last line, so whether it ends a sentence is whether that line does).
 */
function blockToParagraphs(lines: string[]): string[] {
  if (lines.length < 2) return lines;
  const ends = lines.map(endsSentence);
  // Hard-wrapped text: lines of similar width that mostly stop mid-sentence.
  let widthOk = true;
  let openHead = 0;
  for (let i = 0; i < lines.length; i++) {
    const n = lines[i]!.length;
    if (n > 100 || (i < lines.length - 1 && n < 35)) widthOk = false;
    if (i < lines.length - 1 && !ends[i]) openHead++;
  }
  if (widthOk && openHead * 2 >= lines.length - 1) return [lines.join(' ')];
  const out: string[][] = [];
  lines.forEach((line, i) => {
    // A line that continues a sentence (previous has no end punctuation, or this starts lower-case) belongs to it.
    if (i > 0 && (!ends[i - 1] || /^\p{Ll}/u.test(line))) out[out.length - 1]!.push(line);
    else out.push([line]);
  });
  return out.map((parts) => parts.join(' '));
}

// A tidied line of printable ASCII normalises to a string of its own length: most lines differ from the title by
// length alone, and skip normalising.
const PRINTABLE_ASCII_RE = /^[\x20-\x7e]*$/;
const sameText = (line: string, key: string | undefined) =>
  key !== undefined && (line.length === key.length || !PRINTABLE_ASCII_RE.test(line)) && normaliseForHash(line) === key;

/** Split text into title, body paragraphs and boilerplate; `metaTitle` (from metadata) wins over the first line. */
export function extractBody(text: string, metaTitle?: string): ExtractedBody {
  const lines = text.split('\n').map(tidy);
  const kinds = lines.map((l) => (l === '' ? undefined : classifyLine(l)));

  let title = metaTitle ? tidy(metaTitle.replace(/\s+/g, ' ')) || undefined : undefined;
  if (!title) {
    const i = kinds.findIndex((k) => k?.kind === 'content' || k?.kind === 'short');
    const first = lines[i];
    if (first !== undefined && first.length <= LONG_FIRST_LINE) title = first;
    else if (first !== undefined) return { paragraphs: [], translations: [], dateStamps: [], notices: 0 };
  }
  const titleKey = title ? normaliseForHash(title) : undefined;

  const blocks: string[][] = [[]];
  const translations: Translation[] = [];
  const disclaimers: string[] = [];
  const dateStamps: string[] = [];
  let creditOutlet: string | undefined;
  let notices = 0;
  // Sets, not array scans: an article of thousands of disclaimer or translation lines stays linear.
  const seenLabels = new Set<string>();
  const seenDisclaimers = new Set<string>();
  lines.forEach((line, i) => {
    const k = kinds[i];
    const keep = k?.kind === 'content' && !sameText(line, titleKey);
    if (keep) {
      blocks[blocks.length - 1]?.push(line);
      return;
    }
    // Anything dropped separates paragraphs, like a blank line does.
    if ((blocks[blocks.length - 1]?.length ?? 0) > 0) blocks.push([]);
    if (k?.kind === 'translation' && !seenLabels.has(k.translation.label)) {
      seenLabels.add(k.translation.label);
      translations.push(k.translation);
    }
    if (k?.kind === 'disclaimer' && !seenDisclaimers.has(line)) {
      seenDisclaimers.add(line);
      disclaimers.push(line);
    }
    if (k?.kind === 'stamp') dateStamps.push(line);
    // Lines the older junk rules catch ("Share this article") count as notices when they are one.
    if (k?.kind === 'junk' && (k.notice ?? noticeKind(line))) notices++;
    if (k?.kind === 'credit' && k.outlet && !creditOutlet) creditOutlet = k.outlet;
  });

  const paragraphs = blocks.flatMap(blockToParagraphs).filter((p) => p.length > 0);
  let outlet = creditOutlet;
  const first = paragraphs[0];
  const dateline = first !== undefined ? findDateline(first) : undefined;
  if (dateline && first !== undefined) {
    // The dateline is dropped from the text (the place is usually named again); its agency and date are kept.
    const rest = first.slice(dateline.prefix.length).trim();
    if (rest) paragraphs[0] = rest;
    else paragraphs.shift();
    dateStamps.unshift(dateline.prefix);
    outlet = dateline.outlet ?? outlet;
  }
  return {
    ...(title ? { title } : {}),
    paragraphs,
    ...(outlet ? { outlet } : {}),
    ...(disclaimers.length ? { disclaimer: disclaimers.join(' ') } : {}),
    translations,
    dateStamps,
    notices,
  };
}
