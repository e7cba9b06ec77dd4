// HTML pages are not article text: ingested as text, a page's title would be "<!DOCTYPE html>…".
// This is the one place that recognises them. Until the web-page extractor exists (it comes with the
// sources feature) a page is refused here; then `pageToText` routes it to the extractor instead.
import { fail, type Result } from './clean-types.js';

/** After leading comments: an optional XML prolog, then the doctype or root tag. */
const PAGE_START = /^(?:<\?xml[^>]{0,200}>\s*)?<(?:!doctype\s+html|html|head|body)[\s>/]/i;
/** Element names that occur in pages and hardly ever as "<word>" in prose. */
const TAG = /<\/?(a|abbr|article|aside|b|body|br|button|div|em|figure|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|li|link|main|meta|nav|noscript|ol|p|script|section|span|strong|style|svg|table|td|th|title|tr|ul)(?:\s[^<>]{0,2000})?\/?>/gi;
const SAMPLE = 64 * 1024;
const MIN_TAGS = 8;
/** One known tag per this many characters is markup, not prose (a <p>-per-paragraph fragment has one per ~200). */
const CHARS_PER_TAG = 400;

/** True for a whole page (doctype, <html>, <head>, <body> first) or for text dense with HTML tags. */
export function looksLikeHtml(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  if (PAGE_START.test(sample.slice(afterLeadingComments(sample)))) return true;
  const tags = sample.match(TAG)?.length ?? 0;
  return tags >= MIN_TAGS && tags * CHARS_PER_TAG >= sample.length;
}

/**
 * Where the text starts after whitespace and `<!-- … -->` comments. A loop, not a regex: a repeated
 * lazy comment group backtracks exponentially on a run of comments followed by anything else.
 */
function afterLeadingComments(text: string): number {
  let at = skipSpace(text, 0);
  while (text.startsWith('<!--', at)) {
    const end = text.indexOf('-->', at + 4);
    if (end < 0) return at;
    at = skipSpace(text, end + 3);
  }
  return at;
}

const SPACE_RUN = /\s*/y;

function skipSpace(text: string, from: number): number {
  SPACE_RUN.lastIndex = from;
  SPACE_RUN.test(text);
  return SPACE_RUN.lastIndex;
}

/** Text passes through; an HTML page is refused with what to do, until the extractor routes it to text. */
export function pageToText(text: string): Result<string> {
  if (!looksLikeHtml(text)) return { ok: true, value: text };
  return fail(
    'html',
    'This looks like an HTML page; the web-page extractor comes with the sources feature — save the article text instead (or a JSON object with its text).',
  );
}
