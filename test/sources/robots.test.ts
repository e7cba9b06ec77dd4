import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createRobots } from '../../src/sources/robots.js';
import { createSafeFetch } from '../../src/sources/safe-fetch.js';

const UA = 'newsbrief/0.1.0 (+https://example.test/bot)';
const HOUR = 60 * 60 * 1000;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

/** A local server whose robots.txt answer the test sets; counts robots.txt requests. */
async function site(robots: RequestListener) {
  const stats = { robots: 0, userAgents: [] as string[] };
  const server = createServer((req, res) => {
    if (req.url !== '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<p>page</p>');
    stats.robots += 1;
    stats.userAgents.push(req.headers['user-agent'] ?? '');
    robots(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stats };
}

function robotsFor(options: { timeoutMs?: number; ttlMs?: number } = {}) {
  const clock = { at: new Date('2026-12-01T10:00:00Z').getTime() };
  const safe = createSafeFetch({ allowPrivate: true, userAgent: UA, timeoutMs: options.timeoutMs ?? 2000, maxBytes: 512 * 1024, maxRedirects: 5 });
  cleanups.push(() => safe.close());
  const robots = createRobots({ fetchUrl: safe.fetchUrl, userAgent: UA, now: () => new Date(clock.at), ttlMs: options.ttlMs ?? 6 * HOUR });
  return { robots, clock };
}

const RULES = [
  'User-agent: otherbot', 'Disallow: /', '',
  'User-agent: newsbrief', 'Disallow: /private/', 'Allow: /private/press/', '',
  'User-agent: *', 'Disallow: /drafts/',
].join('\n');

describe('robots.txt', () => {
  it('when robots.txt has a group for our product token then its rules apply, and only that group', async () => {
    const { origin, stats } = await site((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(RULES));
    const { robots } = robotsFor();
    expect(await robots.allowed(`${origin}/private/memo.html`)).toBe(false);
    expect(await robots.allowed(`${origin}/private/press/release.html`)).toBe(true);
    expect(await robots.allowed(`${origin}/drafts/x.html`)).toBe(true); // our group replaces the * group
    expect(await robots.allowed(`${origin}/news/story.html`)).toBe(true);
    expect(stats).toEqual({ robots: 1, userAgents: [UA] });
  });

  it('when robots.txt was fetched then it is cached per origin for ttlMs (24 h at most), and parallel checks share one fetch', async () => {
    const { origin, stats } = await site((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /x/'));
    const { robots, clock } = robotsFor({ ttlMs: 48 * HOUR });
    await Promise.all([robots.allowed(`${origin}/a`), robots.allowed(`${origin}/b`), robots.allowed(`${origin}/x/c`)]);
    expect(stats.robots).toBe(1);
    clock.at += 23 * HOUR;
    await robots.allowed(`${origin}/a`);
    expect(stats.robots).toBe(1);
    clock.at += 2 * HOUR;
    expect(await robots.allowed(`${origin}/x/y`)).toBe(false);
    expect(stats.robots).toBe(2);
  });

  it('when robots.txt is missing (404) or forbidden (403) then everything is allowed (RFC 9309 "unavailable")', async () => {
    const missing = await site((_req, res) => res.writeHead(404).end());
    const forbidden = await site((_req, res) => res.writeHead(403).end());
    const { robots } = robotsFor();
    expect(await robots.allowed(`${missing.origin}/any/page`)).toBe(true);
    expect(await robots.allowed(`${forbidden.origin}/any/page`)).toBe(true);
  });

  it('when robots.txt answers 5xx or 429 then everything is disallowed, and it is asked again after 10 minutes', async () => {
    let status = 503;
    const { origin, stats } = await site((_req, res) => res.writeHead(status).end());
    const { robots, clock } = robotsFor();
    expect(await robots.allowed(`${origin}/story`)).toBe(false);
    clock.at += 9 * 60 * 1000;
    expect(await robots.allowed(`${origin}/story`)).toBe(false);
    expect(stats.robots).toBe(1);
    status = 429;
    clock.at += 2 * 60 * 1000;
    expect(await robots.allowed(`${origin}/story`)).toBe(false);
    expect(stats.robots).toBe(2);
    status = 404;
    clock.at += 11 * 60 * 1000;
    expect(await robots.allowed(`${origin}/story`)).toBe(true);
  });

  it('when robots.txt times out then everything is disallowed ("unreachable")', async () => {
    const { origin } = await site((_req, res) => {
      const timer = setTimeout(() => res.writeHead(200).end(''), 3000);
      res.on('close', () => clearTimeout(timer));
    });
    const { robots } = robotsFor({ timeoutMs: 200 });
    expect(await robots.allowed(`${origin}/story`)).toBe(false);
  });

  it('when the URL is not a URL then it is not allowed', async () => {
    const { robots } = robotsFor();
    expect(await robots.allowed('not a url')).toBe(false);
  });
});
