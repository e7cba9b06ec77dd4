// The poller with page fetching, on a memory store, against the local site (poll-pages-site.ts): one site
// (pageRig) or several, each its own host, sharing one meter (sitesRig).
import { openApp, type App } from '../../src/app.js';
import type { IngestInput, Ingestor } from '../../src/articles/ingest.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createHostGate } from '../../src/sources/host-gate.js';
import { createSourcePoller, type PagePolicy, type SourcePoller, type SourcePollerDeps } from '../../src/sources/poll-source.js';
import { newSource, type Source } from '../../src/sources/source.js';
import { newMeter, serveSite, type Meter, type Site, type SiteItem } from './poll-pages-site.js';

export const START = new Date('2026-11-27T09:00:00.000Z');
export const UA = 'newsbrief-test/1.0';

export interface PageRigOptions {
  env?: Record<string, string>;
  pages?: Partial<PagePolicy>;
  minGapMs?: number;
  pageDelayMs?: number;
  feedDelayMs?: number;
  /** Poller deps to override (chatFetchUrl, sourcesInFlight, alerts…). */
  poller?: Partial<SourcePollerDeps>;
}

export interface PageRig { app: App; site: Site; poller: SourcePoller; source: Source; logs: string[]; inputs: IngestInput[] }
export interface SitesRig { app: App; sites: Site[]; poller: SourcePoller; sources: Source[]; logs: string[]; meter: Meter }

/** The app on a memory store, the site, and a poller with page fetching; the ingestor is the app's, watched. */
export async function pageRig(cleanups: (() => Promise<void>)[], items: SiteItem[], options: PageRigOptions = {}): Promise<PageRig> {
  const { app, sites, poller, sources, logs, inputs } = await rigFor(cleanups, 1, () => items, options);
  return { app, site: sites[0]!, poller, source: sources[0]!, logs, inputs };
}

/** `count` sites (one host each: their own port), one pool source per site, one poller over them all. */
export async function sitesRig(cleanups: (() => Promise<void>)[], count: number, items: (k: number) => SiteItem[], options: PageRigOptions = {}): Promise<SitesRig> {
  const { inputs: _inputs, ...rig } = await rigFor(cleanups, count, items, options);
  return rig;
}

async function rigFor(cleanups: (() => Promise<void>)[], count: number, items: (k: number) => SiteItem[], options: PageRigOptions) {
  const meter = newMeter();
  const sites: Site[] = [];
  for (let k = 0; k < count; k++) {
    const site = await serveSite({ pageDelayMs: options.pageDelayMs ?? 0, feedDelayMs: options.feedDelayMs ?? 0, meter });
    cleanups.push(() => site.close());
    site.items = items(k);
    sites.push(site);
  }
  const logs: string[] = [];
  const logger = createLogger('debug', { destination: { write: (line) => void logs.push(line) } });
  const clock = { now: () => START };
  const app = await openApp(parseConfig({ STORE_URL: 'memory://', FETCH_ALLOW_PRIVATE: '1', ...options.env }), { logger, clock });
  cleanups.push(() => app.close());
  const inputs: IngestInput[] = [];
  const ingestor: Ingestor = { ingest: (batch, o) => (inputs.push(...batch), app.ingestor.ingest(batch, o)), recover: () => app.ingestor.recover() };
  const poller = createSourcePoller({
    sources: app.sources, fetchUrl: app.fetcher.fetchUrl, ingestor, gate: createHostGate({ minGapMs: options.minGapMs ?? 0 }), clock, logger,
    policy: { baseMinutes: 30, failingAfter: 5 }, pages: { userAgent: UA, ...options.pages },
    knownLinks: async (links, scope) => (await app.articles.idsForUrls(links, scope)).map((id) => id !== undefined),
    ...options.poller,
  });
  const sources: Source[] = [];
  for (const site of sites) {
    const source = newSource({ url: site.feedUrl, feedUrl: site.feedUrl, kind: 'feed' }, START);
    await app.sources.add(source);
    sources.push(source);
  }
  return { app, sites, poller, sources, logs, inputs, meter };
}
