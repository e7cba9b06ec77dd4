// One feed item → the JSON article input the ingestor takes (metadata.ts reads title, text, source, url,
// published; author, kept on the record). The item's HTML body (content:encoded,
// else the summary) becomes plain paragraphs through the page extractor's block walker, so feed text and
// page text are split the same way.
import type { IngestInput } from '../articles/ingest.js';
import { canonicalUrl } from './canonical-url.js';
import type { FeedItem } from './feed-types.js';
import type { ItemArticle } from './item-page-choice.js';
import { parsePage } from './page-dom.js';
import { paragraphsOf } from './page-paragraphs.js';

/** The feed an item came from: its title names the outlet, else the feed URL's host. */
export interface ItemOrigin {
  feedTitle: string | undefined;
  feedUrl: string;
  /** The source's id, stamped on the record (fromSources). */
  sourceId: string;
  /** The chat that owns the source (its trust scope); undefined = the operator's pool. */
  chatId?: number;
}

/** Plain paragraphs of an HTML fragment (empty for markup with no text). */
export function htmlParagraphs(html: string): string[] {
  const body = parsePage(`<!doctype html><html><body>${html}</body></html>`).body;
  if (!body) return [];
  return paragraphsOf(body).map((p) => p.text.trim()).filter((text) => text !== '');
}

/** The item's canonical link: what dedupe keys and the stored record's url use. */
export const itemLink = (item: Pick<FeedItem, 'link'>): string | undefined => (item.link ? canonicalUrl(item.link) ?? item.link : undefined);

/** The outlet's name for an item of this feed. */
export function outletName(origin: ItemOrigin): string {
  const title = origin.feedTitle?.trim();
  if (title) return title;
  return new URL(origin.feedUrl).hostname.replace(/^www\./, '');
}

/** The item's article as the feed gives it (the page may replace its text and metadata: item-page-choice.ts). */
export function feedArticle(item: FeedItem, origin: ItemOrigin): ItemArticle {
  const html = item.contentHtml ?? item.summary ?? '';
  const paragraphs = htmlParagraphs(html);
  const link = itemLink(item);
  const published = item.publishedAt ?? item.updatedAt;
  return {
    ...(item.title ? { title: item.title } : {}),
    text: paragraphs.length > 0 ? paragraphs : [item.title ?? ''],
    source: outletName(origin),
    ...(link ? { url: link } : {}),
    ...(published ? { publishedAt: published } : {}),
    ...(item.author ? { author: item.author } : {}),
  };
}

/**
 * The ingest input for an item's article; `name` (what the ingest result and logs call it) is always the
 * feed item's own link or guid, whatever page the article came from.
 */
export function articleInput(article: ItemArticle, item: FeedItem, origin: ItemOrigin): IngestInput {
  const name = itemLink(item) ?? item.guid ?? item.title ?? origin.feedUrl;
  return { name, bytes: new TextEncoder().encode(JSON.stringify(article)), origin: { sourceId: origin.sourceId, ...(origin.chatId === undefined ? {} : { chatId: origin.chatId }) } };
}

/** The ingest input for one item, from the feed's content alone. */
export function feedItemInput(item: FeedItem, origin: ItemOrigin): IngestInput {
  return articleInput(feedArticle(item, origin), item, origin);
}
