// `newsbrief entities` reads nothing uncapped: stdin stops at MAX_ARTICLE_BYTES, --jsonl wants a
// regular file (a FIFO or /dev/zero would block or never end), and each JSON line is capped on its own.
// Run as a real child process, the way an operator would, with a small MAX_ARTICLE_BYTES.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { tooLargeMessage } from '../../src/articles/decode.js';
import { projectRoot } from '../../src/util/project-root.js';

const CAP = 2000;
const TEXT = 'Lithuanian President Gitanas Nauseda met Donald Trump in Vilnius.';
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-entities-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string[];
  stderr: string;
}

/** Runs `newsbrief entities …`; `feed` writes to its stdin (and may keep writing until it exits). */
function entities(args: string[], feed: (stdin: NodeJS.WritableStream, exited: () => boolean) => void = (s) => s.end()): Promise<Run> {
  const root = projectRoot();
  const loader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const child = spawn(process.execPath, ['--import', loader, join(root, 'src', 'run-cli.ts'), 'entities', ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', MAX_ARTICLE_BYTES: String(CAP), STORE_URL: `sqlite://${join(dir, 's.sqlite')}` },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let done = false;
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  child.stdin.on('error', () => {}); // the CLI may stop reading (and exit) before we stop writing
  feed(child.stdin, () => done);
  // A CLI that blocks (the bug this guards against) is killed, so the test fails instead of leaving it behind.
  const guard = setTimeout(() => child.kill('SIGKILL'), 15_000);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      done = true;
      clearTimeout(guard);
      resolve({ code, stdout: out.split('\n').filter(Boolean), stderr: err });
    }),
  );
}

/** Writes to `stdin` without end, until the process has exited. */
function endless(stdin: NodeJS.WritableStream, exited: () => boolean): void {
  const chunk = Buffer.alloc(16 * 1024, 'a');
  const more = () => {
    while (!exited() && stdin.write(chunk));
    if (!exited()) stdin.once('drain', more);
  };
  more();
}

/** `entities --json` output, as far as these tests read it. */
const EntitiesJson = z.looseObject({ entities: z.array(z.unknown()) });

describe('newsbrief entities: capped reads', () => {
  it('when stdin never ends then `entities -` stops at the cap with the ingest size message', async () => {
    const run = await entities(['-'], endless);
    expect(run.code).toBe(1);
    expect(run.stdout).toEqual([]);
    expect(run.stderr).toMatch(/failed {2}-: .* is over the .* limit \(MAX_ARTICLE_BYTES=2000\); split the article or raise MAX_ARTICLE_BYTES\./);
  }, 20_000);

  it('when stdin is under the cap then `entities - --json` prints its entities', async () => {
    const run = await entities(['-', '--json'], (s) => s.end(TEXT));
    expect(run.code).toBe(0);
    expect(EntitiesJson.parse(JSON.parse(run.stdout[0]!)).entities).toContainEqual(expect.objectContaining({ text: 'Gitanas Nauseda', type: 'PERSON' }));
  }, 20_000);

  it.each([
    ['a FIFO', () => (execFileSync('mkfifo', [join(dir, 'pipe.jsonl')]), join(dir, 'pipe.jsonl')), /a FIFO \(named pipe\), not a regular file/],
    ['/dev/zero', () => '/dev/zero', /a character device, not a regular file/],
    ['a folder', () => dir, /a folder, not a file/],
  ])('when --jsonl names %s then it is refused without reading', async (_what, path, message) => {
    const file = path();
    const run = await entities(['--jsonl', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`failed  ${file}: `);
    expect(run.stderr).toMatch(message);
  }, 20_000);

  it('when one JSON line is over the cap then it gets {id, error} and the lines around it are answered', async () => {
    const file = join(dir, 'docs.jsonl');
    const long = JSON.stringify({ id: 'big', text: `${TEXT} `.repeat(100) });
    writeFileSync(file, [JSON.stringify({ id: 1, text: TEXT }), long, JSON.stringify({ id: 3, text: TEXT })].join('\r\n'));
    const run = await entities(['--jsonl', file]);
    const lines = run.stdout.map((l) => JSON.parse(l) as { id?: unknown; entities?: unknown[]; error?: string });
    expect(lines.map((l) => l.id)).toEqual([1, 'big', 3]);
    expect(lines[0]!.entities!.length).toBeGreaterThan(0);
    expect(lines[2]!.entities!.length).toBeGreaterThan(0);
    // The ingest's wording, with the line's real size (6.5 KB).
    expect(lines[1]!.error).toBe(tooLargeMessage(Buffer.byteLength(long), CAP));
    expect(lines[1]!.error).toMatch(/^6\.5 KB is over the 2 KB limit/);
    expect(run.stderr).toMatch(/line 2: .*over the/);
    expect(run.code).toBe(1);
  }, 20_000);
});
