import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { createServer, type IncomingHttpHeaders, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSafeFetch, type SafeFetch, type SafeFetchOptions } from '../../src/sources/safe-fetch.js';

const UA = 'newsbrief-test/1.0 (+https://example.test/bot)';
const FEED = ['application/rss+xml', 'application/xml', 'text/xml'];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

/** A local HTTP server on `host` that records each request's path and headers and counts connections. */
async function serve(handler: RequestListener, host = '127.0.0.1') {
  const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
  const stats = { connections: 0 };
  const server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    handler(req, res);
  });
  server.on('connection', () => (stats.connections += 1));
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  cleanups.push(() => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));
  return { origin: `http://${host}:${port}`, port, seen, stats };
}

function fetcher(overrides: Partial<SafeFetchOptions> = {}): SafeFetch {
  const safe = createSafeFetch({ allowPrivate: true, userAgent: UA, timeoutMs: 2000, maxBytes: 1 << 20, maxRedirects: 3, ...overrides });
  cleanups.push(() => safe.close());
  return safe;
}

/** Counts undici's connection attempts (published before any socket is opened). */
function countConnects(): { count: number } {
  const counter = { count: 0 };
  const listener = () => (counter.count += 1);
  subscribe('undici:client:beforeConnect', listener);
  cleanups.push(() => {
    unsubscribe('undici:client:beforeConnect', listener);
    return Promise.resolve();
  });
  return counter;
}

const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>';

describe('safe fetch: responses and conditional GET', () => {
  it('when a feed answers 200 then the body, type and validators come back and our User-Agent and Accept were sent', async () => {
    const { origin, seen } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"', 'last-modified': 'Tue, 01 Dec 2026 10:00:00 GMT' });
      res.end(rss);
    });
    const result = await fetcher().fetchUrl(`${origin}/feed.xml`, { accept: FEED });
    expect(result).toMatchObject({ ok: true, status: 200, url: `${origin}/feed.xml`, contentType: 'application/rss+xml; charset=utf-8', etag: '"v1"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT' });
    expect(result.ok && result.status === 200 && Buffer.from(result.body).toString()).toBe(rss);
    expect(seen[0]?.headers).toMatchObject({ 'user-agent': UA, accept: FEED.join(', ') });
    expect(seen[0]?.headers['if-none-match']).toBeUndefined();
  });

  it('when the validators are given and the server answers 304 then the result is notModified and both headers were sent', async () => {
    const { origin, seen } = await serve((req, res) => {
      const fresh = req.headers['if-none-match'] === '"v1"' || req.headers['if-modified-since'] === 'Tue, 01 Dec 2026 10:00:00 GMT';
      res.writeHead(fresh ? 304 : 200, { etag: '"v1"', 'content-type': 'application/rss+xml' });
      res.end(fresh ? undefined : rss);
    });
    const result = await fetcher().fetchUrl(`${origin}/feed.xml`, { accept: FEED, etag: '"v1"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT' });
    expect(result).toEqual({ ok: true, status: 304, notModified: true, url: `${origin}/feed.xml`, etag: '"v1"' });
    expect(seen[0]?.headers).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': 'Tue, 01 Dec 2026 10:00:00 GMT' });
  });

  it('when the server answers 429 or 503 then Retry-After is returned in ms, as seconds or as an HTTP date', async () => {
    const { origin } = await serve((req, res) => {
      if (req.url === '/busy') res.writeHead(429, { 'retry-after': '120' });
      else res.writeHead(503, { 'retry-after': 'Tue, 01 Dec 2026 10:05:00 GMT' });
      res.end();
    });
    const safe = fetcher({ now: () => new Date('2026-12-01T10:00:00Z') });
    expect(await safe.fetchUrl(`${origin}/busy`, { accept: FEED })).toMatchObject({ ok: false, code: 'FETCH_HTTP_STATUS', status: 429, retryAfterMs: 120_000 });
    const down = await safe.fetchUrl(`${origin}/down`, { accept: FEED });
    expect(down).toMatchObject({ ok: false, code: 'FETCH_HTTP_STATUS', status: 503, retryAfterMs: 300_000 });
    expect(!down.ok && down.message).toMatch(/HTTP 503; retry after 300 s/);
  });
});

describe('safe fetch: redirects', () => {
  it('when a URL redirects twice (relative, then absolute) then the final body and URL come back', async () => {
    const { origin, seen } = await serve((req, res) => {
      if (req.url === '/old') res.writeHead(301, { location: '/moved' }).end();
      else if (req.url === '/moved') res.writeHead(302, { location: `${origin}/feed` }).end();
      else res.writeHead(200, { 'content-type': 'text/xml' }).end(rss);
    });
    const result = await fetcher().fetchUrl(`${origin}/old`, { accept: FEED });
    expect(result).toMatchObject({ ok: true, status: 200, url: `${origin}/feed` });
    expect(seen.map((s) => s.url)).toEqual(['/old', '/moved', '/feed']);
    expect(seen.every((s) => s.headers['user-agent'] === UA)).toBe(true);
  });

  it('when redirects loop then it stops after maxRedirects hops with a one-line reason', async () => {
    const { origin, seen } = await serve((_req, res) => res.writeHead(302, { location: '/again' }).end());
    const result = await fetcher({ maxRedirects: 3 }).fetchUrl(`${origin}/start`, { accept: FEED });
    expect(result).toMatchObject({ ok: false, code: 'FETCH_TOO_MANY_REDIRECTS' });
    expect(!result.ok && result.message).toMatch(/more than 3 times.*FETCH_MAX_REDIRECTS/);
    expect(seen).toHaveLength(4);
  });

  it('when a redirect has no Location or a broken one then it fails with FETCH_BAD_REDIRECT', async () => {
    const { origin } = await serve((req, res) => res.writeHead(302, req.url === '/none' ? {} : { location: 'http://[oops/' }).end());
    expect(await fetcher().fetchUrl(`${origin}/none`, { accept: FEED })).toMatchObject({ ok: false, code: 'FETCH_BAD_REDIRECT', status: 302 });
    expect(await fetcher().fetchUrl(`${origin}/broken`, { accept: FEED })).toMatchObject({ ok: false, code: 'FETCH_BAD_REDIRECT' });
  });

  it('when a "public" server redirects to 127.0.0.1 then the hop is refused before connecting, with the way to lift it', async () => {
    const inner = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/xml' }).end(rss));
    const outer = await serve((_req, res) => res.writeHead(302, { location: `${inner.origin}/secret` }).end(), '127.0.0.2');
    // Only 127.0.0.2 counts as public here, so the real guard decides about the 127.0.0.1 hop.
    const safe = fetcher({ allowPrivate: false, allowedPorts: [outer.port, inner.port], isPublicAddress: (a) => a === '127.0.0.2' });
    const result = await safe.fetchUrl(`${outer.origin}/feed`, { accept: FEED });
    expect(result).toMatchObject({ ok: false, code: 'FETCH_ADDRESS_REFUSED', url: `${inner.origin}/secret` });
    expect(!result.ok && result.message).toMatch(/127\.0\.0\.1 is a loopback address.*set FETCH_ALLOW_PRIVATE=1 for intranet feeds/);
    expect(outer.seen).toHaveLength(1);
    expect(inner.stats.connections).toBe(0);
  });

  it('when a redirect goes to a port that is not allowed then the hop is refused', async () => {
    const inner = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/xml' }).end(rss), '127.0.0.2');
    const outer = await serve((_req, res) => res.writeHead(301, { location: `${inner.origin}/feed` }).end(), '127.0.0.2');
    const safe = fetcher({ allowPrivate: false, allowedPorts: [outer.port], isPublicAddress: (a) => a === '127.0.0.2' });
    expect(await safe.fetchUrl(`${outer.origin}/`, { accept: FEED })).toMatchObject({ ok: false, code: 'FETCH_PORT', url: `${inner.origin}/feed` });
    expect(inner.stats.connections).toBe(0);
  });

  it('when a redirect names a host that resolves to 127.0.0.1 then the connect-time check refuses it', async () => {
    const inner = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/xml' }).end(rss));
    const outer = await serve((_req, res) => res.writeHead(307, { location: `http://localhost:${inner.port}/x` }).end(), '127.0.0.2');
    const safe = fetcher({ allowPrivate: false, allowedPorts: [outer.port, inner.port], isPublicAddress: (a) => a === '127.0.0.2' });
    const result = await safe.fetchUrl(`${outer.origin}/`, { accept: FEED });
    expect(result).toMatchObject({ ok: false, code: 'FETCH_ADDRESS_REFUSED' });
    expect(!result.ok && result.message).toMatch(/localhost resolves to (127\.0\.0\.1|::1).*FETCH_ALLOW_PRIVATE=1/);
    expect(inner.stats.connections).toBe(0);
  });
});

describe('safe fetch: address and scheme rules', () => {
  it('when the URL is an IP literal in any notation then it is refused without any connection attempt', async () => {
    const { port, stats } = await serve((_req, res) => res.end(rss));
    const connects = countConnects();
    const safe = fetcher({ allowPrivate: false, allowedPorts: [80, port] });
    const literals = [
      `http://0x7f000001:${port}/`, `http://2130706433:${port}/`, `http://0177.0.0.1:${port}/`, `http://127.1:${port}/`,
      `http://[::ffff:127.0.0.1]:${port}/`, `http://[::1]:${port}/`, 'http://169.254.169.254/latest/meta-data/',
      'http://0.0.0.0/', 'http://10.0.0.1/', 'http://192.168.1.1/', 'http://100.64.0.1/', 'http://[fd00::1]/', 'http://[::ffff:a9fe:a9fe]/',
    ];
    for (const url of literals) {
      const result = await safe.fetchUrl(url, { accept: FEED });
      expect(result, url).toMatchObject({ ok: false, code: 'FETCH_ADDRESS_REFUSED' });
      expect(!result.ok && result.message, url).toMatch(/not a public one: refused; set FETCH_ALLOW_PRIVATE=1 for intranet feeds$/);
    }
    expect(connects.count).toBe(0);
    expect(stats.connections).toBe(0);
  });

  it('when the host name resolves to loopback then it is refused at connect time, after DNS', async () => {
    const { port, stats } = await serve((_req, res) => res.end(rss));
    const connects = countConnects();
    const result = await fetcher({ allowPrivate: false, allowedPorts: [port] }).fetchUrl(`http://localhost:${port}/feed`, { accept: FEED });
    expect(result).toMatchObject({ ok: false, code: 'FETCH_ADDRESS_REFUSED' });
    expect(!result.ok && result.message).toMatch(/^localhost resolves to .* not a public address: refused; set FETCH_ALLOW_PRIVATE=1/);
    expect(connects.count).toBeGreaterThan(0);
    expect(stats.connections).toBe(0);
  });

  it('when the scheme is not http(s), the port is not allowed or the URL has credentials then it is refused up front', async () => {
    const safe = fetcher({ allowPrivate: false });
    expect(await safe.fetchUrl('file:///etc/passwd', { accept: FEED })).toMatchObject({ ok: false, code: 'FETCH_SCHEME' });
    expect(await safe.fetchUrl('gopher://example.com/', { accept: FEED })).toMatchObject({ ok: false, code: 'FETCH_SCHEME' });
    const port = await safe.fetchUrl('http://example.com:6379/', { accept: FEED });
    expect(port).toMatchObject({ ok: false, code: 'FETCH_PORT' });
    expect(!port.ok && port.message).toMatch(/port 6379 is not allowed \(only 80, 443\); set FETCH_ALLOW_PRIVATE=1/);
    expect(await safe.fetchUrl('https://user:pw@example.com/', { accept: FEED })).toMatchObject({ ok: false, code: 'FETCH_BAD_URL' });
    expect(await safe.fetchUrl('not a url', { accept: FEED })).toMatchObject({ ok: false, code: 'FETCH_BAD_URL' });
  });

  it('when allowPrivate is on then loopback on any port is fetched (tests, demo, intranet)', async () => {
    const { port } = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/xml' }).end(rss));
    expect(await fetcher({ allowPrivate: true }).fetchUrl(`http://localhost:${port}/`, { accept: FEED })).toMatchObject({ ok: true, status: 200 });
  });
});
