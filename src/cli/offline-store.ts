// The store `demo` and `console` use: a fresh temporary one with the samples, unless STORE_URL was
// given explicitly (in the environment, not by .env). They must never share the bot's own store:
// the console's fake chat would get real deliveries from `npm start` on it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type App } from '../app.js';
import type { Config } from '../config.js';
import { localDay } from '../delivery/local-time.js';
import { readInputs } from '../io/read-inputs.js';
import { createLogger } from '../logger.js';
import { projectRoot } from '../util/project-root.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface OfflineApp {
  app: App;
  /** Where the store is, for the first line the user sees. */
  label: string;
  /** True for a fresh temporary store (deleted on close). */
  scratch: boolean;
  close(): Promise<void>;
}

export async function openOfflineApp(config: Config, prefix: string): Promise<OfflineApp> {
  const dir = config.storeUrlFromEnv ? undefined : mkdtempSync(join(tmpdir(), `newsbrief-${prefix}-`));
  const storeUrl = dir ? `sqlite://${join(dir, `${prefix}.sqlite`)}` : config.STORE_URL;
  const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const app = await openApp({ ...config, STORE_URL: storeUrl }, { logger });
  return {
    app,
    label: dir ? 'a fresh temporary one (set STORE_URL in the environment to use another)' : storeUrl,
    scratch: dir !== undefined,
    close: async () => {
      await app.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface SeedReport {
  stored: number;
  total: number;
  skipped: { name: string; message: string }[];
  /** The UTC day today's digest is archived under: `/digest <day>` shows it. */
  archivedDay: string;
  /** False when that day already had an archived digest and it was kept (an explicit store's is never replaced). */
  archived: boolean;
}

/**
 * Ingests samples/ and archives today's digest under today's UTC day, as the scheduler does when
 * it composes a delivery, so `/digest YYYY-MM-DD` (the example /help gives) has a digest to show.
 * With `keepArchived` (a store the user named, not a scratch one) a digest already archived for that
 * day is what was delivered and stays: a samples-only digest must not replace it.
 */
export async function seedSamples(app: App, options: { keepArchived?: boolean } = {}): Promise<SeedReport> {
  const { inputs } = readInputs([join(projectRoot(), 'samples')], app.config.MAX_ARTICLE_BYTES);
  const results = await app.ingestor.ingest(inputs);
  const now = app.clock.now();
  const archivedDay = localDay(now, 'UTC');
  const archived = !(options.keepArchived && (await app.archive.get(archivedDay)));
  if (archived) await app.archive.put(archivedDay, await app.briefings.build({ since: new Date(now.getTime() - DAY_MS), until: now }));
  return {
    stored: results.filter((r) => r.status === 'stored').length,
    total: inputs.length,
    skipped: results.flatMap((r) => (r.status === 'failed' ? [{ name: r.name, message: r.error.message }] : [])),
    archivedDay,
    archived,
  };
}
