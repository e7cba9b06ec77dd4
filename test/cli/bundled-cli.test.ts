// The CLI users run is the bundle in dist/cli (scripts/bundle-cli.mjs, made by `npm run build`, which `npm ci`
// runs): it must answer as the source does, still load only what a command uses, and carry the
// record-building worker where the bundled code looks for it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedText } from '../support/articles.js';
import { startCli } from '../support/cli-process.js';
import { projectRoot } from '../../src/util/project-root.js';

const root = projectRoot();
const bundleDir = join(root, 'dist', 'cli');
const NOT_FOR_QUERIES = ['grammy', '@grammyjs/runner', 'bullmq', 'ioredis', 'pg', 'undici', 'feedsmith', 'linkedom', 'openai'];

let dir: string;
let env: Record<string, string>;
beforeAll(async () => {
  const bundle = join(bundleDir, 'run-cli.js');
  if (!existsSync(bundle) || statSync(bundle).mtimeMs < statSync(join(root, 'dist', 'src', 'run-cli.js')).mtimeMs) {
    throw new Error('dist/cli is missing or older than dist/src: run `npm run build`');
  }
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-bundle-'));
  writeFileSync(join(dir, 'seed.txt'), seedText());
  env = { STORE_URL: `sqlite://${join(dir, 'store.sqlite')}` };
  expect((await startCli(['ingest', join(dir, 'seed.txt')], env, dir).exited).code).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `node bin/newsbrief.mjs <args>`, as an operator runs it, with the imports it resolves traced. */
function shipped(args: string[]): Promise<{ code: number | null; stdout: string; packages: Set<string> }> {
  const trace = join(dir, `trace-${args.join('-')}.txt`);
  writeFileSync(trace, '');
  const child = spawn(process.execPath, [join(root, 'bin', 'newsbrief.mjs'), ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env, PACKAGE_TRACE_FILE: trace, NODE_OPTIONS: `--import ${join(root, 'test', 'support', 'package-trace.mjs')}` },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  return new Promise((resolve) =>
    child.once('close', (code) => resolve({ code, stdout, packages: new Set(readFileSync(trace, 'utf8').split('\n').filter(Boolean)) })),
  );
}

describe('the bundled CLI', () => {
  it('when `who` runs from the bundle then it answers exactly as the source does, without loading the bot or the parsers', async () => {
    const source = startCli(['who', 'Lukashenko'], env, dir);
    const sourceExit = await source.exited;
    const run = await shipped(['who', 'Lukashenko']);
    expect(run.code).toBe(sourceExit.code);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd()).toBe(source.stdout.join('\n').trimEnd());
    expect(run.stdout).toContain('Lukashenko');
    // zod is inlined into the bundle: a run of tsc's dist/src would import it as a package.
    expect(run.packages).not.toContain('zod');
    expect(run.packages).toContain('keyv');
    expect(NOT_FOR_QUERIES.filter((p) => run.packages.has(p))).toEqual([]);
  }, 60_000);

  it('when the bundled code starts the record-building worker then the worker sits next to it and builds a record', async () => {
    const chunk = readdirSync(bundleDir).find((f) => f.endsWith('.js') && readFileSync(join(bundleDir, f), 'utf8').includes('record-building worker failed'));
    expect(chunk).toBeDefined();
    expect(readFileSync(join(bundleDir, chunk!), 'utf8')).toContain('new URL("./build-worker.js", import.meta.url)');
    const worker = new Worker(join(bundleDir, 'build-worker.js'));
    try {
      const reply = await new Promise<unknown>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ id: 7, bytes: new TextEncoder().encode(seedText()), now: Date.UTC(2025, 8, 12), maxBytes: 2 * 1024 * 1024, fileName: 'seed.txt' });
      });
      const { id, json } = reply as { id: number; json: string };
      expect(id).toBe(7);
      const outcome = JSON.parse(json) as { ok: boolean; record?: { title: string } };
      expect(outcome.ok).toBe(true);
      expect(outcome.record?.title).toMatch(/Lukashenko|Belarus/);
    } finally {
      await worker.terminate();
    }
  }, 30_000);
});
