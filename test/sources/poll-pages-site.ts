// A local news site for the page-fetch tests: a feed of one-line summaries, article pages (og:site_name,
// JSON-LD NewsArticle, nav/footer junk), robots.txt, a cookie wall, a 404, a PDF, a page that never answers,
// redirects, and a page whose canonical URL names another site. It records every request path with its
// User-Agent and the most requests it had in flight at once; a shared Meter counts across several sites.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const SITE_NAME = 'The Harbour Gazette';
export const FEED_TITLE = 'Harbour Gazette: top stories';

const NOUNS = ['ferry', 'council', 'harbour', 'library', 'orchard', 'railway', 'bridge', 'clinic', 'museum', 'stadium', 'bakery', 'school', 'market', 'lighthouse', 'tram', 'reservoir', 'theatre', 'quarry', 'vineyard', 'airport'];
const VERBS = ['approved', 'delayed', 'reopened', 'inspected', 'funded', 'rebuilt', 'questioned', 'expanded', 'closed', 'praised', 'measured', 'renamed'];
const PEOPLE = ['the mayor', 'local traders', 'the engineers', 'two inspectors', 'the head teacher', 'several residents', 'the regional board', 'a spokeswoman', 'the fire brigade', 'volunteers'];
const WHEN = ['on Monday', 'last spring', 'after a long debate', 'before the storm', 'within a week', 'at dawn', 'this winter', 'in March'];

/** A deterministic pseudo-random stream per story, so every story's prose differs from every other's. */
function stream(seed: number) {
  let x = (seed * 2654435761) >>> 0 || 1;
  return <T>(list: readonly T[]): T => {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    return list[x % list.length]!;
  };
}

/** Five paragraphs of plain, sentence-ending prose for story `n` (about 1,000 characters). */
export function storyParagraphs(n: number): string[] {
  const pick = stream(n + 1);
  return Array.from({ length: 5 }, (_, p) => {
    const sentences = Array.from({ length: 2 }, () =>
      `${cap(pick(PEOPLE))} ${pick(VERBS)} the ${pick(NOUNS)} near the ${pick(NOUNS)} ${pick(WHEN)}, and ${pick(PEOPLE)} said the ${pick(NOUNS)} would be ${pick(VERBS)} again ${pick(WHEN)}.`);
    return `Story ${n}, part ${p + 1}: ${sentences.join(' ')}`;
  });
}
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export const storyTitle = (n: number) => `Story ${n}: the ${NOUNS[n % NOUNS.length]} plan moves on`;
export const storyAuthor = (n: number) => `Reporter Number${n}`;
/** The page's own date: a day after the feed's pubDate, so a test can tell which one was stored. */
export const pageDate = (n: number) => `2026-11-${String(2 + (n % 20)).padStart(2, '0')}T06:30:00.000Z`;
export const feedDate = (n: number) => new Date(`2026-11-${String(1 + (n % 20)).padStart(2, '0')}T08:00:00Z`);
export const summaryOf = (n: number) => `A one-line summary of story ${n} about the ${NOUNS[n % NOUNS.length]}, with more on the site.`;

/** The date an undated page's text gives (a dateline-style line), differing from both the feed's and pageDate. */
export const textDate = (n: number) => `2026-10-${String(1 + (n % 20)).padStart(2, '0')}`;

/** Where /elsewhere/ pages say their canonical copy is: another site (/homed/ pages name the site's front page). */
export const foreignCanonical = (n: number) => `https://aggregator.example/stories/${n}`;

/** An article page; `undated`: no date in its metadata, only a "Published …" line in its text. */
export function articlePage(n: number, origin: string, undated = false, canonical = `${origin}/articles/${n}-story`): string {
  const ld = {
    '@context': 'https://schema.org', '@type': 'NewsArticle', headline: storyTitle(n), ...(undated ? {} : { datePublished: pageDate(n) }),
    author: { '@type': 'Person', name: storyAuthor(n) }, publisher: { '@type': 'Organization', name: SITE_NAME },
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${storyTitle(n)} | ${SITE_NAME}</title>
<meta property="og:site_name" content="${SITE_NAME}"><meta property="og:title" content="${storyTitle(n)}">
<link rel="canonical" href="${canonical}">
<script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>
<main><article><h1>${storyTitle(n)}</h1><p class="byline">By ${storyAuthor(n)}</p>${undated ? `<p>Published ${textDate(n)}</p>` : ''}
${storyParagraphs(n).map((p) => `<p>${p}</p>`).join('\n')}
</article><aside><h3>Most read</h3><ul><li><a href="/a">Ten things about trams</a></li><li><a href="/b">The quarry quiz</a></li></ul></aside></main>
<footer><p>Follow us on social media. Sign up for our newsletter.</p><p>© 2026 ${SITE_NAME}. All rights reserved.</p></footer></body></html>`;
}

const COOKIE_WALL = `<!doctype html><html lang="en"><head><title>Before you continue</title></head><body>
<div class="consent"><h1>We value your privacy</h1><p>We and our partners use cookies to store and access information on your device.</p>
<p><button>Accept all</button> <button>Reject all</button> <a href="/privacy">Manage your privacy choices</a></p></div></body></html>`;

/** A feed item: its link names the page path (e.g. `/news/3.html`, `/private/3.html`, `/gone/3.html`). */
export interface SiteItem { n: number; path: string; contentEncoded?: string }

export function rss(origin: string, items: readonly SiteItem[]): string {
  const xml = items.map(({ n, path, contentEncoded }) =>
    `<item><title>${storyTitle(n)}</title><guid isPermaLink="false">story-${n}</guid><link>${origin}${path}?utm_source=rss</link>` +
    `<pubDate>${feedDate(n).toUTCString()}</pubDate><description><![CDATA[<p>${summaryOf(n)}</p>]]></description>` +
    (contentEncoded ? `<content:encoded><![CDATA[${contentEncoded}]]></content:encoded>` : '') + '</item>').join('');
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${FEED_TITLE}</title>${xml}</channel></rss>`;
}

/** Requests in flight now and the most at once, for one kind of request; shared by several sites when given. */
export interface Gauge { now: number; most: number }
export interface Meter { feeds: Gauge; pages: Gauge }
export const newMeter = (): Meter => ({ feeds: { now: 0, most: 0 }, pages: { now: 0, most: 0 } });

export interface Site {
  origin: string;
  feedUrl: string;
  /** Every request path, in arrival order (query strings dropped). */
  paths: string[];
  /** Every request's path and User-Agent, in arrival order. */
  requests: { path: string; agent: string }[];
  /** Path → absolute Location: answered with a 301. */
  redirects: Record<string, string>;
  /** While true, robots.txt sends headers and then nothing. */
  robotsHang: boolean;
  /** The most requests in flight at once (feed, robots.txt and pages alike). */
  maxInFlight: () => number;
  /** Start times (ms) of page requests. */
  pageStarts: number[];
  items: SiteItem[];
  feedEtag: string;
  robots: string;
  close(): Promise<void>;
}

/** Counts one request on `gauge` until its response closes. */
function track(gauge: Gauge, res: ServerResponse) {
  gauge.now += 1;
  gauge.most = Math.max(gauge.most, gauge.now);
  res.on('close', () => { gauge.now -= 1; });
}

/**
 * Serves the site; `pageDelayMs` / `feedDelayMs` hold each page / feed response back so overlapping requests
 * show; `meter` counts feed and page requests in flight across every site given the same one.
 */
export async function serveSite(options: { pageDelayMs?: number; feedDelayMs?: number; meter?: Meter } = {}): Promise<Site> {
  let inFlight = 0;
  let most = 0;
  const meter = options.meter ?? newMeter();
  const site = {
    paths: [] as string[], requests: [] as { path: string; agent: string }[], pageStarts: [] as number[], items: [] as SiteItem[],
    feedEtag: '"v1"', robots: 'User-agent: *\nDisallow: /private/\n', redirects: {} as Record<string, string>, robotsHang: false,
  };
  const story = (path: string) => Number(/(\d+)/.exec(path)?.[1] ?? 0);
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    site.paths.push(path);
    site.requests.push({ path, agent: req.headers['user-agent'] ?? '' });
    inFlight += 1;
    most = Math.max(most, inFlight);
    res.on('close', () => { inFlight -= 1; });
    const html = (body: string, status = 200) => void res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    const later = (fn: () => void) => setTimeout(fn, options.pageDelayMs ?? 0);
    if (path === '/feed.xml') {
      track(meter.feeds, res);
      return void setTimeout(() => res.writeHead(200, { 'content-type': 'application/rss+xml', etag: site.feedEtag }).end(rss(origin, site.items)), options.feedDelayMs ?? 0);
    }
    if (path === '/robots.txt') return site.robotsHang ? hang(res, 'text/plain') : void res.writeHead(200, { 'content-type': 'text/plain' }).end(site.robots);
    const location = site.redirects[path];
    if (location) return void res.writeHead(301, { location }).end();
    track(meter.pages, res);
    site.pageStarts.push(Date.now());
    if (path.startsWith('/news/') || path.startsWith('/private/')) return later(() => html(articlePage(story(path), origin)));
    if (path.startsWith('/elsewhere/')) return later(() => html(articlePage(story(path), origin, false, foreignCanonical(story(path)))));
    if (path.startsWith('/homed/')) return later(() => html(articlePage(story(path), origin, false, `${origin}/`)));
    if (path.startsWith('/undated/')) return later(() => html(articlePage(story(path), origin, true)));
    if (path.startsWith('/consent/')) return later(() => html(COOKIE_WALL));
    if (path.startsWith('/slow/')) return hang(res);
    if (path.startsWith('/files/')) return void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
    return later(() => html('<!doctype html><html><body><h1>Not found</h1></body></html>', 404));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(site, {
    origin,
    feedUrl: `${origin}/feed.xml`,
    maxInFlight: () => most,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  });
}

/** Headers, then nothing: the fetcher's deadline has to end it. */
function hang(res: ServerResponse, contentType = 'text/html') {
  res.writeHead(200, { 'content-type': contentType });
  res.write(contentType === 'text/html' ? '<!doctype html><html><body><p>' : 'User-agent: *\n');
}
