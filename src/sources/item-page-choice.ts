// Pure: which feed items get their web page fetched, and how the page's article merges into the item's.
//   short      an item whose feed text (content:encoded, else the summary, as plain paragraphs) has fewer
//              than PAGE_MIN_CHARS characters is a summary: about 100 words, two or three sentences. A full
//              article in content:encoded is longer, so it is never fetched again.
//   text       the page's paragraphs win only when they are longer than the feed's; else the feed's stay.
//   metadata   what the page says about itself wins over the feed: the publisher (og:site_name, JSON-LD
//              publisher; never a host name standing in for one), the author, the canonical URL and the
//              language. The canonical URL only when it is on the item link's host or the fetched page's
//              (a leading www. aside) and is not a front page: a canonical pointing at another site or at
//              the home page would make URL dedupe merge different stories; else the feed's link stays. Dates: the page's metadata date, else the feed's date, else a date the cleaner
//              found in the page's text (a guess from the text never beats a date either side declared).
//              The feed's title stays (the headline the feed gave); the page's is used only when it has none.
import { outletFromUrl } from '../articles/source.js';
import { canonicalUrl } from './canonical-url.js';

/** Feed text under this many characters counts as a summary (PAGE_MIN_CHARS). */
export const PAGE_MIN_CHARS = 600;
/** At most this many page fetches per poll of one source (PAGES_PER_POLL); the rest keep their feed text. */
export const PAGES_PER_POLL = 10;

/** The JSON article the ingestor takes for one feed item (src/articles/metadata.ts reads it; `author` is carried along). */
export interface ItemArticle {
  title?: string;
  text: string[];
  source: string;
  url?: string;
  publishedAt?: string;
  language?: string;
  author?: string;
}

/** What the page extractor found (extract-page.ts PageArticle, structurally). */
export interface PageFacts {
  title: string;
  paragraphs: readonly string[];
  source: { name: string };
  url?: string | undefined;
  publishedAt?: string | undefined;
  language: string;
  author?: string | undefined;
}

export const textChars = (text: readonly string[]): number => text.reduce((n, p) => n + p.length, 0);

/** Whether to fetch the item's page: it has an http(s) link and its feed text is short. */
export function wantsPage(article: Pick<ItemArticle, 'text'>, link: string | undefined, minChars: number = PAGE_MIN_CHARS): boolean {
  return link !== undefined && /^https?:\/\//i.test(link) && textChars(article.text) < minChars;
}

/** One feed item as pageCandidates sees it. */
export interface PageWant {
  wants: boolean;
  publishedAt?: string | undefined;
}

/**
 * The indices of at most `budget` items that want their page, newest first: by publishedAt when every such
 * item has a readable one, else in feed order (most feeds list newest first). Oldest-first feeds thus spend
 * the budget, and the poll's page deadline, on their latest items, not on their back-catalogue.
 */
export function pageCandidates(items: readonly PageWant[], budget: number): number[] {
  const wanted = items.flatMap((item, i) => (item.wants ? [{ i, at: Date.parse(item.publishedAt ?? '') }] : []));
  // Array.prototype.sort is stable: equal dates keep feed order.
  if (wanted.every((w) => !Number.isNaN(w.at))) wanted.sort((a, b) => b.at - a.at);
  return wanted.slice(0, Math.max(0, budget)).map((w) => w.i);
}

/**
 * The page's own URL for the record, when it can be trusted as this story's: on the host of the item's link or
 * of the page as fetched (after redirects), ignoring a leading www., and not a site's front page ("/" without
 * a query). Otherwise undefined, and the feed's link stays.
 */
export function trustedPageUrl(pageUrl: string | undefined, where: { link: string; fetchedUrl: string }): string | undefined {
  if (!pageUrl) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(pageUrl);
  } catch {
    return undefined;
  }
  if (parsed.pathname === '/' && parsed.search === '') return undefined;
  const host = outletFromUrl(pageUrl);
  return host !== undefined && (host === outletFromUrl(where.link) || host === outletFromUrl(where.fetchedUrl)) ? pageUrl : undefined;
}

const sameInstant = (a: string, b: string) => Date.parse(a) === Date.parse(b);

/**
 * Whether the merge must know if the page's date came from its metadata or from its text: only when the
 * page and the feed both give a date and they differ (otherwise the answer changes nothing).
 */
export function needsDateOrigin(feed: Pick<ItemArticle, 'publishedAt'>, page: Pick<PageFacts, 'publishedAt'>): boolean {
  return feed.publishedAt !== undefined && page.publishedAt !== undefined && !sameInstant(feed.publishedAt, page.publishedAt);
}

/**
 * The item's article with the page's text and metadata, or undefined when the page's text is not longer than
 * the feed's (the feed's content then stays, whole). `pageDateFromMetadata`: the page's date is one its
 * metadata declared (see needsDateOrigin for when it matters). `where`: the item's link and the URL the page
 * was fetched from, after redirects (see trustedPageUrl).
 */
export function withPage(feed: ItemArticle, page: PageFacts, pageDateFromMetadata: boolean, where: { link: string; fetchedUrl: string }): ItemArticle | undefined {
  if (textChars(page.paragraphs) <= textChars(feed.text)) return undefined;
  // extract-page.ts names a page without og:site_name / JSON-LD publisher after its host: that's no publisher.
  const publisher = page.source.name !== outletFromUrl(page.url) ? page.source.name : undefined;
  const pageUrl = trustedPageUrl(page.url, where);
  const url = pageUrl ? canonicalUrl(pageUrl) ?? pageUrl : feed.url;
  const publishedAt = (pageDateFromMetadata ? page.publishedAt : undefined) ?? feed.publishedAt ?? page.publishedAt;
  const title = feed.title ?? (page.title || undefined);
  const language = page.language !== 'und' ? page.language : feed.language;
  const author = page.author ?? feed.author;
  return {
    ...(title ? { title } : {}),
    text: [...page.paragraphs],
    source: publisher ?? feed.source,
    ...(url ? { url } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(language ? { language } : {}),
    ...(author ? { author } : {}),
  };
}
