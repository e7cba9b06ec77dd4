// The newcomer path as a separate process: `demo` and `console` through the real CLI entry.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/util/project-root.js';

const root = projectRoot();
// The tsx loader by absolute URL: the child runs in a temp dir where `tsx` would not resolve.
const tsxLoader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-demo-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], options: { input?: string; env?: Record<string, string>; cwd?: string } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, LOG_LEVEL: 'warn', ...options.env };
  delete env.TELEGRAM_BOT_TOKEN;
  delete env.OPENAI_API_KEY;
  if (!options.env?.STORE_URL) delete env.STORE_URL;
  return spawnSync(process.execPath, ['--import', tsxLoader, join(root, 'src', 'run-cli.ts'), ...args], {
    cwd: options.cwd ?? dir, // no .env here, and the default store would land in this temp dir
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

/** The lines of the demo's output after `heading` up to the next `$ ` command or blank line. */
function section(out: string, heading: RegExp): string[] {
  const lines = out.split('\n');
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && (line.startsWith('$ ') || line.trim() === ''));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

describe('demo', () => {
  // One run of the demo, looked at by both tests (each run takes seconds: the host gate spaces the fetches).
  let result: ReturnType<typeof cli>;
  beforeAll(() => {
    result = cli(['demo']);
  }, 90_000);

  it('should ingest the samples into a fresh store and show /start, /latest, /who and /digest replies', () => {
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(/Ingested \d+ of \d+ sample articles/);
    for (const command of ['/start', '/latest', '/who Lukashenko', '/who Ellingsen', '/digest']) expect(out).toContain(`you> ${command}`);
    expect(out).toContain('Alexander Lukashenko');
    expect(out).toContain('• President · AP News · 12 Sep 2025');
    expect(out).toContain('Disclaimer:');
    expect(out).not.toContain('<b>');
  }, 90_000);

  it('should add the sample feeds from its local server, fetch them, and get 304s when it fetches again at once', () => {
    expect(result.status).toBe(0);
    const out = result.stdout;
    const origin = /Serving samples\/feeds and samples\/pages at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
    expect(origin).toBeDefined();
    for (const feed of ['harbour-gazette.xml', 'northfield-daily.json', 'valley-courier.atom']) {
      expect(out).toContain(`$ newsbrief sources add ${origin}/feeds/${feed}`);
    }
    for (const outlet of ['Harbour Gazette', 'Northfield Daily', 'Valley Courier']) expect(out).toMatch(new RegExp(`added [0-9a-f]{10}  ${outlet}  `));

    const first = section(out, /^\$ newsbrief fetch$/);
    const stored = first.flatMap((line) => / {2}new (\d+)(?: \(\+\d+ joined a story already stored, as another outlet\))?$/.exec(line)?.[1] ?? []).map(Number);
    expect(stored).toHaveLength(3);
    // 10 items in three feeds, one of them the wire story two feeds carry: 9 stored, 1 joined as another outlet.
    expect(stored.reduce((a, b) => a + b, 0)).toBe(9);
    expect(first.filter((line) => line.includes('(+1 joined a story already stored, as another outlet)'))).toHaveLength(1);
    expect(first.join('\n')).toContain('the server answered the feeds 3 × 200 and 0 × 304');

    const second = section(out, /^\$ newsbrief fetch +\(again/);
    expect(second.filter((line) => line.endsWith('  unchanged'))).toHaveLength(3);
    expect(second.join('\n')).toContain('the server answered the feeds 0 × 200 and 3 × 304, to 3 conditional GET(s)');

    // The fetched articles reach the bot: /latest and /who answer from them, with links on the local server.
    expect(out).toContain('Marta Ellingsen');
    // /latest: the headline carries the article's link, its source line (outlet · day) follows on its own line.
    expect(out).toMatch(/ \(http:\/\/127\.0\.0\.1:\d+\/northfield-daily\/[^)\s]*\)\n {5}Northfield Daily · \d+ Oct 2025\n/);
    // The digest's source line and its detail (per-outlet dates) name the fetched outlets.
    expect(out).toMatch(/\n {5}Valley Courier · \d{1,2} [A-Z][a-z]{2} \d{4}\n/);
    expect(result.stderr).not.toMatch(/SOURCE_FAILING|FETCH_BLOCKED/);
  }, 90_000);

  it('when two sample feeds carry the same wire story then the digest shows it once, naming both outlets', () => {
    const digest = result.stdout.slice(result.stdout.indexOf('you> /digest'));
    expect(digest.split('The regional rail operator Coastlink said on Friday')).toHaveLength(2);
    const links = digest.split('\n').filter((line) => line.includes('/coastlink-battery-trains') || line.includes('/battery-trains-valley-line'));
    // The headline links to one outlet's copy; the compact source line names both, each with its link.
    expect(links[0]).toMatch(/^ {5}Battery trains .* \(http:\/\/127\.0\.0\.1:\d+\/(valley-courier|harbour-gazette)\//);
    expect(links[1]).toMatch(/^ {5}(Harbour Gazette \(http[^)]+\) · Valley Courier|Valley Courier \(http[^)]+\) · Harbour Gazette) \(http[^)]+\)$/);
  });
});

describe('console', () => {
  it('should answer typed lines as the bot would, from the store named by STORE_URL', () => {
    const storeUrl = `sqlite://${join(dir, 'console.sqlite')}`;
    const ingest = cli(['ingest', join(root, 'samples')], { env: { STORE_URL: storeUrl } });
    expect(ingest.status).toBe(0);
    const result = cli(['console'], { input: '/who nausėda\n/latest 1\n/quit\n/help\n', env: { STORE_URL: storeUrl } });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Gitanas Naus[eė]da/);
    expect(result.stdout).toContain('Lithuanian President');
    expect(result.stdout).toContain('Latest 1 story');
    expect(result.stdout).not.toContain('Commands'); // /quit stopped the session before /help
  }, 90_000);
});

describe('console and demo never touch the bot\'s own store', () => {
  it('when console runs without STORE_URL then it answers from a fresh store with the samples and writes no default store', () => {
    const cwd = join(dir, 'plain');
    mkdirSync(cwd);
    const result = cli(['console'], { input: '/subscribe 07:30\n/latest 1\n', cwd });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Subscribed');
    expect(result.stdout).toContain('Latest 1 story');
    expect(result.stderr).toContain('fresh temporary');
    expect(existsSync(join(cwd, 'data', 'newsbrief.sqlite'))).toBe(false);
  }, 90_000);

  it('when STORE_URL comes only from .env (the bot\'s config) then console and demo still use a fresh store', () => {
    const cwd = join(dir, 'with-env');
    mkdirSync(cwd);
    writeFileSync(join(cwd, '.env'), 'STORE_URL=sqlite://prod/bot.sqlite\n');
    const consoleRun = cli(['console'], { input: '/subscribe\n', cwd });
    expect(consoleRun.status).toBe(0);
    expect(consoleRun.stdout).toContain('Subscribed');
    const demoRun = cli(['demo'], { cwd });
    expect(demoRun.status).toBe(0);
    expect(demoRun.stdout).toContain('Store: a fresh temporary one');
    expect(existsSync(join(cwd, 'prod', 'bot.sqlite'))).toBe(false);
  }, 90_000);
});
