// A local web server for sources tests: numbered RSS feeds, a page that links feed 1 (autodiscovery), a page
// that links none, a switch that makes every feed answer 503, and feeds that answer once and then 503
// (/once/<n>.xml: added fine, failing from the first poll on). node:http on 127.0.0.1, port 0.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const TOPICS = ['harbour', 'railway', 'orchard', 'museum', 'ferry', 'library'];

function item(feed: number, n: number): string {
  const w = TOPICS[(feed + n) % TOPICS.length]!;
  const text = `<p>The ${w} plan ${feed}-${n} was approved on Monday by the council of district ${n}, officials said.</p>`;
  return `<item><title>The ${w} plan ${feed}-${n}</title><guid>f${feed}-${n}</guid><link>https://news.example.org/${feed}/${w}/${n}</link>` +
    `<pubDate>Thu, 26 Nov 2026 0${n}:00:00 GMT</pubDate><description><![CDATA[${text}]]></description></item>`;
}

/** Feed n's title; feed 7's has the characters Telegram HTML reserves, to check escaping. */
export const feedTitle = (n: number): string => (n === 7 ? 'Q&A: 1 < 2 > 0' : `District Herald ${n}`);
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const rss = (n: number) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${escapeXml(feedTitle(n))}</title>${[1, 2, 3].map((i) => item(n, i)).join('')}</channel></rss>`;

export interface FeedServer {
  base: string;
  /** `${base}/feed/${n}.xml` */
  feed(n: number): string;
  /** Paths requested so far, in order. */
  requests: string[];
  /** While true every feed answers 503. */
  down: boolean;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const state = { requests: [] as string[], down: false };
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    state.requests.push(path);
    const feed = /^\/(feed|once)\/(\d+)\.xml$/.exec(path);
    if (feed) {
      const once = feed[1] === 'once' && state.requests.filter((p) => p === path).length > 1;
      if (state.down || once) return res.writeHead(503).end('down for maintenance');
      return res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss(Number(feed[2])));
    }
    if (path === '/page') {
      return res.writeHead(200, { 'content-type': 'text/html' }).end(
        '<!doctype html><html><head><title>Herald home</title><link rel="alternate" type="application/rss+xml" href="/feed/1.xml"></head><body><p>Home</p></body></html>',
      );
    }
    if (path === '/plain') return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><head><title>No feed</title></head><body><p>Nothing here</p></body></html>');
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const served: FeedServer = Object.assign(state, {
    base,
    feed: (n: number) => `${base}/feed/${n}.xml`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  });
  return served;
}
