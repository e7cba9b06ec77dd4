// The store `demo` and `console` use: a fresh temporary one with the samples, unless STORE_URL was
// given explicitly (in the environment, not by .env). They must never share the bot's own store:
// the console's fake chat would get real deliveries from `npm start` on it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type App } from '../app.js';
import type { Config } from '../config.js';
import { readInputs } from '../io/read-inputs.js';
import { createLogger } from '../logger.js';
import { projectRoot } from '../util/project-root.js';
import { deliverDemoDigest } from './demo-delivery.js';

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
  /** The UTC day the console chat's digest is archived under: `/digest <day>` in the console shows it. */
  archivedDay: string;
  /** False when the console chat already had a digest that day and it was kept (an explicit store's is never replaced). */
  archived: boolean;
}

/**
 * Ingests samples/ and delivers today's digest to the console chat (through the scheduler's
 * production wiring, offline: see demo-delivery.ts), so `/digest YYYY-MM-DD` (the example /help
 * gives) has a digest to show. A digest the console chat already has for that day stays as it was.
 */
export async function seedSamples(app: App): Promise<SeedReport> {
  const { inputs } = readInputs([join(projectRoot(), 'samples')], app.config.MAX_ARTICLE_BYTES);
  const results = await app.ingestor.ingest(inputs);
  const { day, delivered } = await deliverDemoDigest(app);
  return {
    stored: results.filter((r) => r.status === 'stored').length,
    total: inputs.length,
    skipped: results.flatMap((r) => (r.status === 'failed' ? [{ name: r.name, message: r.error.message }] : [])),
    archivedDay: day,
    archived: delivered,
  };
}
