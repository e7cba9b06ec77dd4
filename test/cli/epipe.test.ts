// `newsbrief latest --json | head`: the reader closes the pipe early. A real child process,
// piped into a real `head`: it must exit 0 without a word on stderr.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigArticle } from '../../bench/inbox-stall.js';
import { projectRoot } from '../../src/util/project-root.js';
import { createTestApp } from '../support/test-app.js';

let dir: string;
const root = projectRoot();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-epipe-'));
  const app = await createTestApp({ storeUrl: `sqlite://${join(dir, 'store.sqlite')}` });
  // 20 records of 10 KB of text (and their entities) each: far more than a pipe buffer (64 KB), so the
  // writer is still writing when the reader goes.
  const results = await app.ingestor.ingest(Array.from({ length: 20 }, (_, i) => ({ name: `a${i}.txt`, bytes: new TextEncoder().encode(bigArticle(10, 50 + i)) })));
  expect(results.filter((r) => r.status === 'stored')).toHaveLength(20);
  await app.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pipeIntoHead(args: string, head: string): { status: string; stderr: string } {
  const loader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const errFile = join(dir, 'stderr.txt');
  const script = `"${process.execPath}" --import "${loader}" "${join(root, 'src', 'run-cli.ts')}" ${args} 2>"${errFile}" | head ${head} >/dev/null; echo "\${PIPESTATUS[0]}"`;
  const status = execFileSync('bash', ['-c', script], {
    env: { PATH: process.env.PATH ?? '', STORE_URL: `sqlite://${join(dir, 'store.sqlite')}`, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  }).trim();
  return { status, stderr: readFileSync(errFile, 'utf8') };
}

describe('CLI output into a pipe that closes early', () => {
  it('when latest --json is piped into head -c 100 then it exits 0 and prints no stack trace', () => {
    const { status, stderr } = pipeIntoHead('latest --json --limit 20', '-c 100');
    expect(stderr).toBe('');
    expect(status).toBe('0');
  }, 30_000);
});
