// `demo` on a store named by STORE_URL: the samples go in, but a digest the console chat already got
// there today is kept, never replaced by a samples-only one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openApp } from '../../src/app.js';
import { deliverDemoDigest } from '../../src/cli/demo-delivery.js';
import { CONSOLE_USER } from '../../src/cli/fake-updates.js';
import { parseConfig } from '../../src/config.js';
import { localDay } from '../../src/delivery/local-time.js';
import { silentLogger } from '../../src/logger.js';
import { projectRoot } from '../../src/util/project-root.js';
import { followUpText } from '../support/articles.js';
import { input } from '../support/test-app.js';

const root = projectRoot();
const tsxLoader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-demo-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function demo(storeUrl: string) {
  const env: Record<string, string | undefined> = { ...process.env, LOG_LEVEL: 'warn', STORE_URL: storeUrl };
  delete env.TELEGRAM_BOT_TOKEN;
  delete env.OPENAI_API_KEY;
  return spawnSync(process.execPath, ['--import', tsxLoader, join(root, 'src', 'run-cli.ts'), 'demo'], {
    cwd: dir,
    input: '',
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

/** Opens the store (the system clock, like the CLI), runs `fn`, closes it. */
async function withStore<T>(storeUrl: string, fn: (app: Awaited<ReturnType<typeof openApp>>) => Promise<T>): Promise<T> {
  const app = await openApp(parseConfig({ STORE_URL: storeUrl }), { logger: silentLogger });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

describe('demo with an explicit STORE_URL', () => {
  it('when the console chat already got a digest today then demo keeps it as it was', async () => {
    const storeUrl = `sqlite://${join(dir, 'bot.sqlite')}`;
    const today = localDay(new Date(), 'UTC');
    const delivered = await withStore(storeUrl, async (app) => {
      await app.ingestor.ingest([input('follow.txt', followUpText)]);
      expect(await deliverDemoDigest(app)).toEqual({ day: today, delivered: true });
      return app.digests.sent(CONSOLE_USER.id, today);
    });
    expect(delivered).toMatchObject({ kind: 'sent', messages: expect.arrayContaining([expect.stringContaining('News digest')]) });

    const run = demo(storeUrl);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`this store already has a digest archived for ${today}; it is kept as it was`);
    const after = await withStore(storeUrl, (app) => app.digests.sent(CONSOLE_USER.id, today));
    expect(after).toEqual(delivered);
  }, 90_000);

  it('when the console chat has no digest today then demo delivers it one from its articles, and leaves no live subscription', async () => {
    const storeUrl = `sqlite://${join(dir, 'empty.sqlite')}`;
    const today = localDay(new Date(), 'UTC');
    const run = demo(storeUrl);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`today's digest is archived as /digest ${today}`);
    const [archived, subscription, sources] = await withStore(storeUrl, (app) =>
      Promise.all([app.digests.sent(CONSOLE_USER.id, today), app.subscriptions.get(CONSOLE_USER.id), app.sources.list()]),
    );
    expect(archived).toMatchObject({ kind: 'sent', messages: expect.arrayContaining([expect.stringContaining('Lukashenk')]) });
    // The fetched feeds' articles are in the digest; their sources (on the demo's stopped server) are not left for `npm start` to poll.
    expect(archived).toMatchObject({ kind: 'sent', messages: expect.arrayContaining([expect.stringContaining('Northfield Daily')]) });
    expect(run.stdout).toMatch(/added [0-9a-f]{10} {2}Harbour Gazette/);
    expect(sources).toEqual([]);
    expect(subscription?.status).toBe('unsubscribed');
  }, 90_000);
});
