// The demo's local news site: samples/feeds and samples/pages with real validators, 304 for a matching
// conditional GET (If-None-Match first, If-Modified-Since only without it), and counts of what it answered.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoFeedServer, type DemoFeedServer } from '../../src/cli/demo-feed-server.js';
import { parseFeed } from '../../src/sources/feed-parse.js';
import { projectRoot } from '../../src/util/project-root.js';

let server: DemoFeedServer;
beforeAll(async () => {
  server = await startDemoFeedServer(join(projectRoot(), 'samples'));
});
afterAll(() => server.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.origin}${path}`, { headers });

describe('demo feed server', () => {
  it('should serve every sample feed with its media type, an ETag and Last-Modified, and each parses as a feed', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const types: Record<string, string> = { xml: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' };
    expect(server.feedUrls.map((u) => u.split('.').pop())).toEqual(['xml', 'json', 'atom']);
    for (const url of server.feedUrls) {
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain(types[url.split('.').pop()!]);
      expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{16}"$/);
      expect(Date.parse(res.headers.get('last-modified') ?? '')).not.toBeNaN();
      const feed = parseFeed(new Uint8Array(await res.arrayBuffer()), { url, now: new Date('2025-10-18T00:00:00Z') });
      expect(feed.ok && feed.items.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('when the request carries the ETag or a Last-Modified date not older than the file then it answers 304 without a body', async () => {
    const first = await get('/feeds/harbour-gazette.xml');
    await first.arrayBuffer();
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    const before = server.counts();

    const byTag = await get('/feeds/harbour-gazette.xml', { 'if-none-match': etag });
    expect(byTag.status).toBe(304);
    expect(await byTag.text()).toBe('');
    expect((await get('/feeds/harbour-gazette.xml', { 'if-modified-since': lastModified })).status).toBe(304);
    // If-None-Match decides when present: a stale tag gets the file even with a fresh date.
    const stale = await get('/feeds/harbour-gazette.xml', { 'if-none-match': '"other"', 'if-modified-since': lastModified });
    expect(stale.status).toBe(200);
    await stale.arrayBuffer();
    const older = await get('/feeds/harbour-gazette.xml', { 'if-modified-since': new Date(Date.parse(lastModified) - 60_000).toUTCString() });
    expect(older.status).toBe(200);
    await older.arrayBuffer();

    const after = server.counts();
    expect(after.notModified.feeds - before.notModified.feeds).toBe(2);
    expect(after.ok.feeds - before.ok.feeds).toBe(2);
    expect(after.conditional.feeds - before.conditional.feeds).toBe(4);
  });

  it('should serve the sample pages as HTML and answer 404 for anything else', async () => {
    const page = await get('/pages/harbour-ferry-timetable.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<article>');
    const before = server.counts().notFound;
    const missing = await get('/harbour-gazette/2025/10/herring-catch');
    expect(missing.status).toBe(404);
    await missing.text();
    expect((await get('/feeds/../package.json')).status).toBe(404);
    expect(server.counts().notFound).toBeGreaterThan(before);
  });
});
