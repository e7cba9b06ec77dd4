// Every kind of writer on one store at once: two `newsbrief ingest` processes, and one `newsbrief start` whose inbox
// scan and feed poller ingest too (each under the store's writer lease; the jobs under their job leases). The four
// inputs overlap (the same stories in both folders, the inbox and the feed) and name the same people. Once the inbox
// is drained and the feed taken, every answer the store gives must equal one clean sequential run on sqlite.
// The feed is the wire's own ("Wire Service", the files' outlet too): these numbered rounds are near-duplicates of
// one another, so a copy from another outlet would be merged into whichever round came first (order-dependent).
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromSourcesOf } from '../../src/articles/wire-merge.js';
import { testBackends } from '../support/backends.js';
import { started, startBotProcess, E2E_TOKEN } from '../support/bot-process.js';
import { ingestSummary, startCli, type CliProcess } from '../support/cli-process.js';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram.js';
import { manyArticles } from '../support/many-articles.js';
import { waitUntilIdle } from '../support/process-idle.js';
import { createTestApp } from '../support/test-app.js';

/** Articles 0..549 in all: folder A 0..299, folder B 200..499, the inbox 260..299 + 500..539, the feed 290..299 + 540..549. */
const UNIVERSE = 550;
const INBOX = [...manyArticles(40, 260), ...manyArticles(40, 500)];
const FEED = [...manyArticles(10, 290), ...manyArticles(10, 540)];
const scratch = mkdtempSync(join(tmpdir(), 'newsbrief-mixed-writers-'));

function folder(name: string, articles: readonly { name: string; text: string }[]): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  // Older than the inbox's settle time (2 s), so the first scan takes them.
  const past = new Date(Date.now() - 60_000);
  for (const a of articles) {
    writeFileSync(join(dir, a.name), a.text);
    utimesSync(join(dir, a.name), past, past);
  }
  return dir;
}

/** An RSS item carrying a many-articles story in full: the same title, date and paragraphs as its file. */
function rssItem(article: { name: string; text: string }, base: string): string {
  const [head = '', ...body] = article.text.split('\n\n');
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(head)?.[1] ?? '';
  const slug = article.name.replace(/\.txt$/, '');
  const html = body.map((p) => `<p>${p}</p>`).join('');
  return `<item><title>${field('Title')}</title><guid>${slug}</guid><link>${base}/story/${slug}</link>` +
    `<pubDate>${new Date(field('Published')).toUTCString()}</pubDate><content:encoded><![CDATA[${html}]]></content:encoded></item>`;
}

let feedBase = '';
const feedRequests: string[] = [];
const feedServer = createServer((req, res) => {
  feedRequests.push(req.url ?? '/');
  if (req.url !== '/wire.xml') return res.writeHead(404).end('not found');
  const items = FEED.map((a) => rssItem(a, feedBase)).join('');
  res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(
    `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire Service</title>${items}</channel></rss>`,
  );
});
const feedUrl = () => `${feedBase}/wire.xml`;
/** The operator's fetch settings, the same in the clean run and in the bot. */
const FETCH_ENV = { FETCH_ALLOW_PRIVATE: '1', FETCH_PAGES: '0' };

/** Every count a reader sees, read through the app's own adapters on that store and namespace. */
async function snapshot(storeUrl: string, namespace: string) {
  const app = await createTestApp({ storeUrl, env: { STORE_NAMESPACE: namespace } });
  try {
    const log = await app.articles.idsIngestedSince(new Date(0));
    const records = await app.articles.getMany(log);
    return {
      count: await app.articles.count(),
      // Interleaved writers publish in another order than one writer: the log is compared as a set.
      log: [...log].sort(),
      logLength: log.length,
      latest: (await app.articles.latest(100)).map((r) => r.id),
      hashKeys: await app.articles.idsForHashes(records.map((r) => r.contentHash).sort()),
      // Where each story came from (files, the feed or both), whichever copy arrived first.
      origins: Object.fromEntries(records.map((r): [string, string[]] => [r.id, [...fromSourcesOf(r)].sort()]).sort(([a], [b]) => a.localeCompare(b))),
      lukashenko: (await app.people.lookup('Lukashenko')).person?.articleCount,
      nauseda: (await app.people.lookup('Nauseda')).person?.articleCount,
    };
  } finally {
    await app.close();
  }
}

async function exitedOk(run: CliProcess): Promise<void> {
  const { code } = await run.exited;
  expect(code, [...run.stdout, ...run.stderr].join('\n')).toBe(0);
}

let folders: { a: string; b: string; inbox: string };
let tg: FakeTelegram;
let clean: Awaited<ReturnType<typeof snapshot>>;
beforeAll(async () => {
  await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
  feedBase = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
  tg = await startFakeTelegram({ token: E2E_TOKEN });
  folders = { a: folder('a', manyArticles(300, 0)), b: folder('b', manyArticles(300, 200)), inbox: folder('inbox-files', INBOX) };
  // The clean run: one writer after the other on a fresh sqlite store.
  const env = { STORE_URL: `sqlite://${join(scratch, 'clean.sqlite')}`, ...FETCH_ENV };
  const ingest = startCli(['ingest', folders.a, folders.b, folders.inbox], env, scratch);
  await exitedOk(ingest);
  expect(ingestSummary(ingest)).toEqual({ stored: 540, duplicates: 140, failed: 0 });
  await exitedOk(startCli(['sources', 'add', feedUrl()], env, scratch));
  const fetch = startCli(['fetch'], env, scratch);
  await exitedOk(fetch);
  expect(fetch.stdout.join('\n')).toMatch(/new 10\b/);
  clean = await snapshot(env.STORE_URL, 'nb');
}, 30_000);
/** The processes a case started: one that failed early must not leave them running. */
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await tg.close();
  await new Promise<void>((resolve) => feedServer.close(() => resolve()));
  rmSync(scratch, { recursive: true, force: true });
});

describe('one clean sequential run on sqlite (the figure every store must equal)', () => {
  it('when the folders, the inbox files and the feed are taken one after the other then each story and person counts once', () => {
    expect(clean.count).toBe(UNIVERSE);
    expect(clean.logLength).toBe(UNIVERSE);
    expect(clean.latest).toHaveLength(100);
    expect(clean.lukashenko).toBe(UNIVERSE);
    expect(clean.nauseda).toBe(Math.ceil(UNIVERSE / 3));
    // The ten stories in both the files and the feed came from both; the feed's own ten from the feed alone.
    const fromFeed = Object.values(clean.origins).filter((o) => o.some((s) => s !== 'file'));
    expect(fromFeed).toHaveLength(20);
    expect(fromFeed.filter((o) => o.includes('file'))).toHaveLength(10);
  });
});

/** The total of one numeric field over some log lines. */
const sum = (lines: readonly Record<string, unknown>[], field: string) => lines.reduce((n, l) => n + Number(l[field] ?? 0), 0);

/** The pid in a holder name ("host pid 123"). */
const pidOf = (holder: string | undefined) => Number(/pid (\d+)/.exec(holder ?? '')?.[1] ?? Number.NaN);

describe.each(testBackends())('two ingest processes, the inbox and the feed poller at once on one $name store', (backend) => {
  const env = { STORE_URL: backend.url, STORE_NAMESPACE: backend.namespace };
  afterAll(() => backend.cleanup());

  it('when they all ingest overlapping stories at once then every count equals the clean sequential run', async () => {
    await exitedOk(startCli(['sources', 'add', feedUrl()], { ...env, ...FETCH_ENV }, scratch));
    const polledBefore = feedRequests.length;
    const gate = await backend.open();
    const inboxDir = join(scratch, `inbox-${backend.name}`);
    const { bot, runs } = await gate.writerLock.withLock(async () => {
      // The test holds the writer lock until every writer waits on it: the bot's inbox scan and feed poll (every
      // second), and both ingest processes with their first batch built. Then all four contend from the start.
      const bot = startBotProcess({
        ...env,
        ...FETCH_ENV,
        TELEGRAM_API_ROOT: tg.apiRoot,
        INBOX_DIR: folder(`inbox-${backend.name}`, INBOX),
        INBOX_SCHEDULE: '* * * * * *', // every second
        SOURCES_SCHEDULE: '* * * * * *',
      });
      children.push(bot.child);
      await bot.waitForLog(started, 15_000);
      const runs = [folders.a, folders.b].map((f) => startCli(['ingest', f], env, scratch));
      children.push(...runs.map((r) => r.child));
      await waitUntilIdle(runs.map((r) => r.child.pid));
      expect(feedRequests.length, 'the feed poll started').toBeGreaterThan(polledBefore);
      return { bot, runs };
    });
    const writers = new Set<number>();
    const drained = () => readdirSync(inboxDir).filter((f) => f.endsWith('.txt')).length === 0;
    const fed = () => bot.logs.some((l) => l.msg === 'sources polled');
    const ingests = Promise.all(runs.map((r) => r.exited));
    let ingestsDone = false;
    void ingests.then(() => (ingestsDone = true));
    const deadline = Date.now() + 20_000;
    while (!(ingestsDone && drained() && fed()) && Date.now() < deadline) {
      // sqlite's writer lock is a file lock with no holder name; the shared stores' lease names its process.
      if (backend.name !== 'sqlite') writers.add(pidOf(await gate.leases.holder('writer')));
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await gate.close();
    for (const run of runs) await exitedOk(run);
    expect(drained(), 'the inbox was drained').toBe(true);
    expect(fed(), 'the feed was polled').toBe(true);
    expect(await bot.stop('SIGTERM')).toBe(0);
    expect(readdirSync(join(inboxDir, 'done'))).toHaveLength(INBOX.length);
    expect(readdirSync(join(inboxDir, 'failed'))).toEqual([]);
    // Each writer reports what it stored; together every story exactly once, whichever writer got there first.
    const summaries = runs.map((r) => ingestSummary(r));
    expect(summaries.every((s) => s && s.failed === 0 && s.stored + s.duplicates === 300)).toBe(true);
    const scans = bot.logs.filter((l) => l.msg === 'inbox scanned');
    expect(sum(scans, 'failed')).toBe(0);
    expect(sum(scans, 'stored') + sum(scans, 'duplicates')).toBe(INBOX.length);
    const fromFeed = sum(bot.logs.filter((l) => l.msg === 'sources polled'), 'new');
    expect(summaries.reduce((n, s) => n + (s?.stored ?? 0), 0) + sum(scans, 'stored') + fromFeed).toBe(UNIVERSE);
    expect(await snapshot(backend.url, backend.namespace)).toEqual(clean);
    if (backend.name !== 'sqlite') {
      for (const pid of [bot.child.pid, ...runs.map((r) => r.child.pid)]) expect(writers, 'every process took the writer lease').toContain(pid);
    }
  }, 30_000);
});
