// A command loads only what it uses: `who` and `latest` never pay for grammY, the scheduler's queue, the
// Redis or PostgreSQL clients, the fetcher or the feed and page parsers (their cold start is most of what
// a user waits for at the terminal). Traced in the real CLI process, by the imports it actually resolves.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedText } from '../support/articles.js';
import { startCli } from '../support/cli-process.js';
import { projectRoot } from '../../src/util/project-root.js';

const UNUSED_BY_QUERIES = ['grammy', '@grammyjs/runner', 'bullmq', 'ioredis', '@keyv/redis', '@keyv/postgres', 'pg', 'undici', 'feedsmith', 'linkedom', '@mozilla/readability', 'openai'];

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-lazy-'));
  writeFileSync(join(dir, 'seed.txt'), seedText());
  expect((await traced(['ingest', join(dir, 'seed.txt')])).code).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let runs = 0;
async function traced(args: string[]): Promise<{ code: number | null; packages: Set<string>; stdout: string }> {
  const trace = join(dir, `trace-${++runs}.txt`);
  writeFileSync(trace, '');
  const cli = startCli(args, {
    STORE_URL: `sqlite://${join(dir, 'store.sqlite')}`,
    PACKAGE_TRACE_FILE: trace,
    NODE_OPTIONS: `--import ${join(projectRoot(), 'test', 'support', 'package-trace.mjs')}`,
  }, dir);
  const { code } = await cli.exited;
  const packages = new Set(readFileSync(trace, 'utf8').split('\n').filter(Boolean));
  return { code, packages, stdout: cli.stdout.join('\n') };
}

describe('what a command loads', () => {
  it('when `who` answers from a sqlite store then none of the bot, queue, shared-store, fetching or parsing packages is loaded', async () => {
    const run = await traced(['who', 'Lukashenko']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Lukashenko');
    expect(run.packages).toContain('keyv');
    expect(UNUSED_BY_QUERIES.filter((p) => run.packages.has(p))).toEqual([]);
  }, 30_000);

  it('when `latest` answers then the same packages stay unloaded', async () => {
    const run = await traced(['latest']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Belarus');
    expect(UNUSED_BY_QUERIES.filter((p) => run.packages.has(p))).toEqual([]);
  }, 30_000);

  it('when `extract` reads a page then the page parsers are loaded, when they are needed', async () => {
    const page = join(dir, 'page.html');
    writeFileSync(page, `<html><head><title>A page</title></head><body><article><h1>A page</h1><p>${'A sentence about the harbour reopening after the storm. '.repeat(12)}</p></article></body></html>`);
    const run = await traced(['extract', page]);
    expect(run.packages).toContain('linkedom');
    expect(run.packages).not.toContain('grammy');
  }, 30_000);
});
