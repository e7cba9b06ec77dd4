// `newsbrief extract` as a real child process: one page as text or JSON, stdin, the JSON-lines mode, and exit codes.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/util/project-root.js';

const root = projectRoot();
const fixture = (name: string) => join(root, 'test', 'fixtures', 'pages', name);
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-extract-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function extract(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const loader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const child = spawn(process.execPath, ['--import', loader, join(root, 'src', 'run-cli.ts'), 'extract', ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', STORE_URL: `sqlite://${join(dir, 's.sqlite')}` },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  child.stdin.end(stdin);
  const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((resolve) => child.once('close', (code) => (clearTimeout(guard), resolve({ code, stdout, stderr }))));
}

describe('newsbrief extract', () => {
  it('when given an article page with --json then it prints the record with page metadata and exits 0', async () => {
    const run = await extract([fixture('news-article.html'), '--json', '--url', 'https://gazette.example/news/x']);
    expect(run.code).toBe(0);
    const record = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(record).toMatchObject({ title: 'Harbour bridge reopens after two years of repairs', source: { name: 'The Tidewater Gazette' }, author: 'Mira Castell, Tom Ide' });
    expect(record['id']).toMatch(/^[0-9a-f]{16}$/);
    expect(record['feeds']).toHaveLength(2);
    expect(Array.isArray(record['entities'])).toBe(true);
  });

  it('when the page comes on stdin in text mode then the title, source and feeds lines come first', async () => {
    const run = await extract(['-'], readFileSync(fixture('graph-article.html'), 'utf8'));
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Nachtzüge kehren zurück');
    expect(lines[1]).toMatch(/^source: Bahnblatt/);
    expect(run.stdout).toMatch(/feeds: none found on this page/);
  });

  it('when the page is a cookie wall then it is refused with its reason and exits 1', async () => {
    const run = await extract([fixture('cookie-wall.html')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/refused .*cookie-wall\.html: consent_wall: /);
  });

  it('when given --jsonl then each line becomes a record line or an {id, error} line', async () => {
    const file = join(dir, 'pages.jsonl');
    const line = (id: string | number, name: string, url?: string) => JSON.stringify({ id, html: readFileSync(fixture(name), 'utf8'), ...(url ? { url } : {}) });
    writeFileSync(file, [line('a', 'news-article.html', 'https://gazette.example/n'), line(2, 'paywall-stub.html'), 'not json', ''].join('\n'));
    const run = await extract(['--jsonl', file]);
    expect(run.code).toBe(1);
    const [first, second, ...rest] = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first).toMatchObject({ id: 'a', title: 'Harbour bridge reopens after two years of repairs', source: 'The Tidewater Gazette', language: 'en', publishedAt: '2026-03-04T08:30:00.000Z', author: 'Mira Castell, Tom Ide' });
    expect(Object.keys(first ?? {}).sort()).toEqual(['author', 'id', 'language', 'paragraphs', 'publishedAt', 'source', 'title']);
    expect(second).toMatchObject({ id: 2, error: expect.stringMatching(/^paywall: /) as unknown });
    expect(rest).toEqual([]);
    expect(run.stderr).toMatch(/line 3: expected a JSON object/);
  });

  it('when no file is given or --url is not a URL then it is a usage error (exit 2)', async () => {
    expect((await extract([])).code).toBe(2);
    expect((await extract([fixture('news-article.html'), '--url', 'not a url'])).code).toBe(2);
  }, 30_000); // two CLI processes under tsx: about 2 s each alone, more on a loaded 2-core machine
});
