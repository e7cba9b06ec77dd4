// The operator's sources from the CLI: add (with autodiscovery), list, fetch, remove, OPML import/export,
// against a feed server started here. In-process with a real sqlite store; one run as a real child process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { UsageError } from '../../src/cli.js';
import { startCli } from '../support/cli-process.js';
import { runCliCaptured as run } from '../support/run-cli-captured.js';
import { createTestApp } from '../support/test-app.js';

const TOPICS = ['harbour', 'railway', 'orchard', 'museum', 'ferry'];
function item(n: number): string {
  const w = TOPICS[n % TOPICS.length]!;
  const text = `<p>The ${w} plan number ${n} was approved on Monday by the council of district ${n}, officials said.</p>` +
    `<p>Work on the ${w} in district ${n} starts next spring and should take ${n + 2} months, according to the plan.</p>`;
  return `<item><title>The ${w} plan ${n}</title><guid>g-${n}</guid><link>https://news.example.org/${w}/${n}</link>` +
    `<pubDate>Thu, 26 Nov 2026 0${n}:00:00 GMT</pubDate><description><![CDATA[${text}]]></description></item>`;
}
const rss = (items: number[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>District Herald</title>${items.map(item).join('')}</channel></rss>`;

const state = { feed: rss([1, 2, 3]), etag: '"a"', seen: [] as IncomingHttpHeaders[] };
let dir: string;
let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-sources-'));
  const server = createServer((req, res) => {
    if (req.url === '/feed.xml') {
      state.seen.push(req.headers);
      if (req.headers['if-none-match'] === state.etag) return res.writeHead(304).end();
      return res.writeHead(200, { 'content-type': 'application/rss+xml', etag: state.etag }).end(state.feed);
    }
    if (req.url === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><head><title>Herald</title><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body><p>Home</p></body></html>');
    if (req.url === '/plain') return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><head><title>No feed</title></head><body><p>Nothing here</p></body></html>');
    res.writeHead(503).end('down');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
});
afterAll(async () => {
  await close();
  rmSync(dir, { recursive: true, force: true });
});
let store: string;
beforeEach((context) => {
  store = `sqlite://${join(dir, `${context.task.id}.sqlite`)}`;
  // FETCH_PAGES=0: the items link to news.example.org, and this test is about the CLI, not page fetches (offline).
  Object.assign(process.env, { STORE_URL: store, LOG_LEVEL: 'silent', FETCH_ALLOW_PRIVATE: '1', FETCH_PAGES: '0' });
  Object.assign(state, { feed: rss([1, 2, 3]), etag: '"a"', seen: [] });
});

const ListEntry = z.strictObject({
  id: z.string(), url: z.string(), feedUrl: z.string(), title: z.string(), chat: z.number().optional(),
  lastFetchedAt: z.string().optional(), lastStatus: z.enum(['new', 'unchanged', 'failed']).optional(), error: z.string().optional(),
});
const FetchLine = z.strictObject({ source: z.string(), status: z.enum(['new', 'unchanged', 'failed']), new: z.number(), merged: z.number().int().positive().optional(), error: z.string().optional() });
const fetchLines = (stdout: string) => stdout.split('\n').filter((l) => l.trim() !== '').map((line) => FetchLine.parse(JSON.parse(line)));
const listed = async () => z.array(ListEntry).parse(JSON.parse((await run('sources', 'list', '--json')).stdout));

/** What the poll schedule would do after its interval: every source due again (the store written directly). */
async function makeAllDue(): Promise<void> {
  const app = await createTestApp({ storeUrl: store });
  for (const s of await app.sources.list()) await app.sources.update(s.id, (c) => ({ ...c, nextFetchAt: '2000-01-01T00:00:00.000Z' }));
  await app.close();
}

describe('newsbrief sources and fetch', () => {
  it('when a page linking a feed is added and fetched twice then its items are stored once and the second fetch is a 304', async () => {
    const added = await run('sources', 'add', `${base}/`);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain(`${base}/feed.xml`);
    const [entry] = await listed();
    expect(entry).toMatchObject({ url: `${base}/`, feedUrl: `${base}/feed.xml`, title: 'District Herald' });
    expect(entry!.lastFetchedAt).toBeUndefined();

    const first = await run('fetch', '--json');
    expect(first.code).toBe(0);
    expect(fetchLines(first.stdout)).toEqual([{ source: entry!.id, status: 'new', new: 3 }]);
    const latest = (await run('latest', '--json')).stdout.trim().split('\n').map((l) => JSON.parse(l) as { title: string });
    expect(latest.map((r) => r.title).sort()).toEqual(['The museum plan 3', 'The orchard plan 2', 'The railway plan 1']);

    expect(fetchLines((await run('fetch', '--json')).stdout)).toEqual([]); // not due yet
    await makeAllDue();
    const second = await run('fetch');
    expect(second.stdout.trim()).toMatch(/ {2}unchanged$/);
    expect(state.seen.at(-1)?.['if-none-match']).toBe('"a"');
    expect((await listed())[0]).toMatchObject({ lastStatus: 'unchanged' });
  });

  it('when the feed republishes and reorders its items then the next fetch stores only the new one', async () => {
    await run('sources', 'add', `${base}/feed.xml`);
    await run('fetch');
    Object.assign(state, { feed: rss([4, 3, 2, 1]), etag: '"b"' });
    await makeAllDue();
    expect(fetchLines((await run('fetch', '--json')).stdout)).toMatchObject([{ status: 'new', new: 1 }]);
    expect((await run('latest', '--json', '--limit', '20')).stdout.trim().split('\n')).toHaveLength(4);
  });

  it('when a source fails then fetch says why, exits 1, and list shows the error', async () => {
    writeFileSync(join(dir, 'down.opml'), `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body><outline text="Down" xmlUrl="${base}/down.xml"/></body></opml>`);
    expect((await run('sources', 'import', join(dir, 'down.opml'))).code).toBe(0);
    const failed = await run('fetch');
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/Down {2}failed: .*503/);
    expect((await listed())[0]).toMatchObject({ lastStatus: 'failed', error: expect.stringMatching(/503/) as unknown });
  });

  it('when sources are exported and imported into a fresh store then the same feeds come back', async () => {
    await run('sources', 'add', `${base}/feed.xml`);
    const exported = await run('sources', 'export');
    expect(exported.stdout).toContain(`xmlUrl="${base}/feed.xml"`);
    writeFileSync(join(dir, 'out.opml'), exported.stdout);
    process.env.STORE_URL = `sqlite://${join(dir, 'fresh.sqlite')}`;
    expect((await run('sources', 'import', join(dir, 'out.opml'))).stdout).toContain('imported 1 sources, 0 already present');
    expect(await listed()).toMatchObject([{ feedUrl: `${base}/feed.xml`, title: 'District Herald' }]);
    expect((await run('sources', 'import', join(dir, 'out.opml'))).stdout).toContain('imported 0 sources, 1 already present');
  });

  it('when a page links no feed, or a source is removed, or the command is wrong then the CLI says so with its exit codes', async () => {
    const none = await run('sources', 'add', `${base}/plain`);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no feed found at .*links no RSS, Atom or JSON feed/);
    await run('sources', 'add', `${base}/feed.xml`);
    const [entry] = await listed();
    expect((await run('sources', 'remove', entry!.id)).code).toBe(0);
    expect(await listed()).toEqual([]);
    expect((await run('sources', 'remove', `${base}/feed.xml`)).code).toBe(1);
    await expect(run('sources', 'frobnicate')).rejects.toThrow(UsageError);
    await expect(run('sources', 'add')).rejects.toThrow(/sources add needs a URL/);
  });

  it('when FETCH_ALLOW_PRIVATE is off then adding a 127.0.0.1 feed is refused with how to lift it', async () => {
    const cli = startCli(['sources', 'add', `${base}/feed.xml`], { STORE_URL: store, FETCH_ALLOW_PRIVATE: '0' }, dir);
    const { code } = await cli.exited;
    expect(code).toBe(1);
    expect(cli.stderr.join('\n')).toMatch(/FETCH_ALLOW_PRIVATE=1/);
    expect(state.seen).toHaveLength(0);
  }, 20_000);
});
