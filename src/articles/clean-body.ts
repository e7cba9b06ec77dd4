// From article text (metadata already removed) to title, body paragraphs and what the boilerplate told us.
import { classifyLine } from './clean-lines.js';
import { normaliseForHash } from './content-hash.js';
import { findDateline } from './source.js';
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
}

const MAX_TITLE_LENGTH = 300;

// Inline picture credits inside a paragraph: "… a bad idea (Image: UpperCut Images/Getty)".
const INLINE_CREDIT_RE = /\s*\((?:image|photo|picture|pic|video|credit)s?:[^()]{1,80}\)/gi;
const tidy = (line: string) =>
  line
    .replace(INLINE_CREDIT_RE, '').replace(/[\u00a0\u2007\u202f\t]/g, ' ').replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/ {2,}/g, ' ').trim();
const endsSentence = (s: string) => /[.!?…:;。！？]["'”’»)\]]*$/.test(s);

/** Lines of one blank-separated block → paragraphs: hard-wrapped lines are joined, one-paragraph-per-line text is not. */
function blockToParagraphs(lines: string[]): string[] {
  if (lines.length < 2) return lines;
  const head = lines.slice(0, -1);
  // Hard-wrapped text: lines of similar width that mostly stop mid-sentence.
  const hardWrapped =
    head.every((l) => l.length >= 35 && l.length <= 100) &&
    Math.max(...lines.map((l) => l.length)) <= 100 &&
    head.filter((l) => !endsSentence(l)).length * 2 >= head.length;
  if (hardWrapped) return [lines.join(' ')];
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    // A line that continues a sentence (previous has no end punctuation, or this starts lower-case) belongs to it.
    if (prev !== undefined && (!endsSentence(prev) || /^\p{Ll}/u.test(line))) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

/** Split text into title, body paragraphs and boilerplate; `metaTitle` (from metadata) wins over the first line. */
export function extractBody(text: string, metaTitle?: string): ExtractedBody {
  const lines = text.split('\n').map(tidy);
  const kinds = lines.map((l) => (l === '' ? undefined : classifyLine(l)));

  let title = metaTitle ? tidy(metaTitle.replace(/\s+/g, ' ')) || undefined : undefined;
  if (!title) {
    const i = kinds.findIndex((k) => k?.kind === 'content' || k?.kind === 'short');
    const first = lines[i];
    if (first !== undefined && first.length <= MAX_TITLE_LENGTH) title = first;
    else if (first !== undefined) return { paragraphs: [], translations: [], dateStamps: [] };
  }
  const titleKey = title ? normaliseForHash(title) : undefined;

  const blocks: string[][] = [[]];
  const translations: Translation[] = [];
  const disclaimers: string[] = [];
  const dateStamps: string[] = [];
  let creditOutlet: string | undefined;
  lines.forEach((line, i) => {
    const k = kinds[i];
    const keep = k?.kind === 'content' && normaliseForHash(line) !== titleKey;
    if (keep) {
      blocks[blocks.length - 1]?.push(line);
      return;
    }
    // Anything dropped separates paragraphs, like a blank line does.
    if ((blocks[blocks.length - 1]?.length ?? 0) > 0) blocks.push([]);
    if (k?.kind === 'translation' && !translations.some((t) => t.label === k.translation.label)) translations.push(k.translation);
    if (k?.kind === 'disclaimer' && !disclaimers.includes(line)) disclaimers.push(line);
    if (k?.kind === 'stamp') dateStamps.push(line);
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
  };
}
