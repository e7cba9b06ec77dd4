// Page metadata: JSON-LD (NewsArticle/Article, also inside @graph), OpenGraph and <meta>, <time datetime>,
// <link rel=canonical>, <html lang>, and alternate feed links. Earlier sources in each list win.
import { all, squash, type PageDocument } from './page-dom.js';
import { jsonLdArticle } from './page-jsonld.js';

export interface PageMetadata {
  title?: string;
  siteName?: string;
  canonical?: string;
  author?: string;
  published?: string;
  modified?: string;
  language?: string;
  feeds: string[];
}

const FEED_TYPES = /^application\/(?:rss\+xml|atom\+xml|feed\+json)$/i;

/** An absolute http(s) URL for `href` (resolved against `base`), or undefined. */
export function absoluteUrl(href: string | null | undefined, base: string | undefined): string | undefined {
  const value = href?.trim();
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Every <meta> value by its lower-cased property, name or itemprop (the first one wins): one pass, not a query per key. */
function metaTags(doc: PageDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of all(doc, 'meta[content]')) {
    const value = squash(meta.getAttribute('content'));
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && value && !tags.has(key)) tags.set(key, value);
    }
  }
  return tags;
}

const first = (...values: (string | undefined)[]) => values.find((v) => v !== undefined && v !== '');
/** article:author is often a profile URL, not a name. */
const nameOnly = (value: string | undefined) => (value && !/^https?:\/\//i.test(value) ? value : undefined);

/** Everything the page says about itself; `pageUrl` (where it was fetched) resolves relative links. */
export function pageMetadata(doc: PageDocument, pageUrl?: string): PageMetadata {
  const ld = jsonLdArticle(doc);
  const tags = metaTags(doc);
  const metaContent = (keys: readonly string[]) => first(...keys.map((k) => tags.get(k.toLowerCase())));
  const ogUrl = absoluteUrl(metaContent(['og:url']), pageUrl);
  const base = pageUrl ?? ogUrl;
  const canonical = first(absoluteUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), base), ogUrl, absoluteUrl(ld.url, base), pageUrl);
  const feeds = all(doc, 'link[rel~="alternate" i][href]')
    .filter((link) => FEED_TYPES.test(link.getAttribute('type')?.trim() ?? ''))
    .map((link) => absoluteUrl(link.getAttribute('href'), base))
    .filter((href): href is string => href !== undefined);
  const meta: PageMetadata = { feeds: [...new Set(feeds)] };
  const set = (key: Exclude<keyof PageMetadata, 'feeds'>, value: string | undefined) => {
    if (value) meta[key] = value;
  };
  set('title', first(ld.headline, metaContent(['og:title', 'twitter:title']), squash(doc.title)));
  set('siteName', first(metaContent(['og:site_name']), ld.publisher, metaContent(['application-name'])));
  set('canonical', canonical);
  set('author', first(ld.author, nameOnly(metaContent(['author', 'article:author', 'parsely-author', 'dc.creator', 'byl']))?.replace(/^by\s+/i, '')));
  set('published', first(ld.datePublished, metaContent(['article:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'parsely-pub-date', 'sailthru.date']), timeDatetime(doc)));
  set('modified', first(ld.dateModified, metaContent(['article:modified_time', 'og:updated_time', 'dateModified', 'last-modified'])));
  set('language', first(doc.documentElement?.getAttribute('lang')?.trim(), metaContent(['og:locale']), ld.inLanguage));
  return meta;
}

/** The first <time datetime> inside the article, else on the page. */
function timeDatetime(doc: PageDocument): string | undefined {
  const time = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  return squash(time?.getAttribute('datetime')) || undefined;
}
