// addSource checks where the fetch ended up, not only what was typed: a feed reached by a redirect, or linked
// from a page, whose address is over the 2,048-character cap is refused with one line (NO_FEED), never thrown.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSource } from '../../src/sources/add-source.js';
import { discoverFeed } from '../../src/sources/poll-discover.js';
import { createSafeFetch, type SafeFetch } from '../../src/sources/safe-fetch.js';
import { createKeyvSourceStore } from '../../src/store/keyv-source-store.js';
import { openStore, type Store } from '../../src/store/open-store.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const LONG_PATH = `/feed/${'x'.repeat(2100)}.xml`;
const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>Long Herald</title><item><title>One</title><guid>g1</guid><link>https://news.example.org/1</link></item></channel></rss>';

let base: string;
let close: () => Promise<void>;
let fetcher: SafeFetch;
let store: Store;
beforeAll(async () => {
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path.startsWith('/feed/')) return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS);
    if (path === '/moved') return res.writeHead(301, { location: LONG_PATH }).end();
    if (path === '/page') {
      return res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html><head><title>Home</title><link rel="alternate" type="application/rss+xml" href="${LONG_PATH}"></head><body><p>Home</p></body></html>`);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  fetcher = createSafeFetch({ allowPrivate: true, userAgent: 'newsbrief-test', timeoutMs: 5_000, maxBytes: 1_000_000, maxRedirects: 3 });
  store = await openStore('memory://');
});
afterAll(async () => {
  await fetcher.close();
  await store.close();
  await close();
});

describe('addSource and the URL the fetch ends at', () => {
  it.each([['a redirect', '/moved'], ['a page’s feed link', '/page']])('when %s leads to a feed address over 2,048 characters then it is refused in one line and nothing is stored', async (_, path) => {
    const sources = createKeyvSourceStore(store.kv);
    const deps = { sources, discoverFeed: (url: string, now: Date) => discoverFeed(fetcher.fetchUrl, url, now) };
    const outcome = await addSource(deps, { url: `${base}${path}`, chatId: -100, now: NOW });
    expect(outcome).toEqual({
      ok: false,
      code: 'NO_FEED',
      message: `no usable feed at ${base}${path}: the feed address it leads to (by redirect or a feed link) can't be stored: that URL is over 2048 characters`,
    });
    expect(await sources.list()).toEqual([]);
  });

  it('when the feed’s own address is short then the same server’s feed is added (the refusal is about the length only)', async () => {
    const sources = createKeyvSourceStore(store.kv);
    const deps = { sources, discoverFeed: (url: string, now: Date) => discoverFeed(fetcher.fetchUrl, url, now) };
    const outcome = await addSource(deps, { url: `${base}/feed/short.xml`, chatId: -100, now: NOW });
    expect(outcome).toMatchObject({ ok: true, items: 1, source: { feedUrl: `${base}/feed/short.xml`, title: 'Long Herald' } });
  });
});
