// How much of the extracted text is prose, and how much of it is links.
// The thresholds are documented here and in the README; they were checked on the benchmark pages
// (no real article there falls below them) and on hand-written list and stub pages.
import type { PageParagraph } from './page-paragraphs.js';

/** Below this many characters of prose paragraphs, a page is not an article (a stub, a media page, a list). */
export const MIN_PROSE_CHARS = 250;
/** A paywall or login notice plus less prose than this is a teaser stub, not the article. */
export const STUB_PROSE_CHARS = 1200;
/** Content where more than this share of the text is link text is a list of links (an index page). */
export const MAX_LINK_SHARE = 0.6;

/** A paragraph counts as prose when it has at least 6 words and ends like a sentence (or is long). */
const isProse = (p: string) => {
  const words = p.split(/\s+/).length;
  return words >= 6 && (/[.!?…"'”’»)]$/.test(p) || words >= 25);
};

export const proseChars = (paragraphs: readonly string[]): number =>
  paragraphs.filter(isProse).reduce((n, p) => n + p.length, 0);

/** Shorter than this and all link text, a paragraph is a teaser for another page (a related-story rail), not prose. */
export const MAX_TEASER_CHARS = 150;
export const isLinkTeaser = (p: PageParagraph): boolean => p.linkShare >= 0.95 && p.text.length < MAX_TEASER_CHARS;

/** The share of the text that is link text, over all paragraphs. */
export function linkShare(paragraphs: readonly PageParagraph[]): number {
  const total = paragraphs.reduce((n, p) => n + p.text.length, 0);
  return total === 0 ? 1 : paragraphs.reduce((n, p) => n + p.linkShare * p.text.length, 0) / total;
}
