// The newcomer path as a separate process: `demo` and `console` through the real CLI entry.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/util/project-root.js';

const root = projectRoot();
// The tsx loader by absolute URL: the child runs in a temp dir where `tsx` would not resolve.
const tsxLoader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-demo-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, LOG_LEVEL: 'warn', ...options.env };
  delete env.TELEGRAM_BOT_TOKEN;
  delete env.OPENAI_API_KEY;
  if (!options.env?.STORE_URL) delete env.STORE_URL;
  return spawnSync(process.execPath, ['--import', tsxLoader, join(root, 'src', 'run-cli.ts'), ...args], {
    cwd: dir, // no .env here, and the default store would land in this temp dir
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('demo', () => {
  it('should ingest the samples into a fresh store and show /start, /latest, /who and /digest replies', () => {
    const result = cli(['demo']);
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(/Ingested \d+ of \d+ sample articles/);
    for (const command of ['/start', '/latest', '/who Lukashenko', '/digest']) expect(out).toContain(`you> ${command}`);
    expect(out).toContain('Alexander Lukashenko');
    expect(out).toMatch(/President \(AP News, 12 Sep 2025\)/);
    expect(out).toContain('Disclaimer:');
    expect(out).not.toContain('<b>');
  }, 90_000);
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
