// After the project's cleaner: put back the short lines it dropped only for being short. In a text file a
// line of ≤ 3 words is usually a menu item; in Readability's content the menus are gone, and such a line is a
// subheading (often a bold <p>), a table cell or a list item: on the benchmark 672 of the 714 such lines are
// in the true body. Restoring only headings, cells and items by their tags was tried: it scored lower. Lines the cleaner dropped as
// boilerplate (promos, credits, date stamps, crumbs) stay dropped.
import { classifyLine } from '../articles/clean-lines.js';
import type { PageParagraph } from './page-paragraphs.js';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
/** A bare link or a lone "By" is never a subheading. */
const NOT_A_HEADING = /^(?:https?:\/\/\S+|www\.\S+|by|updated|caption)$/i;

/**
 * `cleaned` is a subsequence of `raw` (paragraph for paragraph) except that the cleaner may shorten one
 * (a dateline cut from the first paragraph): such a paragraph is matched as a suffix.
 */
export function restoreShortLines(raw: readonly PageParagraph[], cleaned: readonly string[]): string[] {
  const out: string[] = [];
  let j = 0;
  for (const { text: paragraph } of raw) {
    const next = cleaned[j];
    const key = norm(paragraph);
    if (next !== undefined && (key === norm(next) || key.endsWith(norm(next)))) {
      out.push(next);
      j++;
    } else if (classifyLine(paragraph).kind === 'short' && !NOT_A_HEADING.test(paragraph.trim())) {
      out.push(paragraph.trim());
    }
  }
  // Whatever the cleaner produced that didn't line up (it joined or split lines) is kept, in order.
  return [...out, ...cleaned.slice(j)];
}
