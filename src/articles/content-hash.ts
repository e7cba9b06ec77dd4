// The dedupe key: the same article hashes the same however it was scraped (spacing, line endings, quotes, case).
import { createHash } from 'node:crypto';

/** NFKC, lower case, curly quotes and dashes made plain, all whitespace (paragraph breaks too) collapsed to one space. */
export function normaliseForHash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** sha256 hex of the normalised title and paragraphs. */
export function contentHash(title: string, paragraphs: readonly string[]): string {
  return createHash('sha256').update(normaliseForHash([title, ...paragraphs].join('\n'))).digest('hex');
}
