// The worst event-loop stall during an inbox scan: an inbox of ordinary articles plus a few big
// ones (400 KB – 2 MB) is scanned into a fresh sqlite store while a 1 ms interval probe records
// how late it fires (after one warm-up scan). Run alone: `npx tsx bench/inbox-stall.ts`;
// `npm run bench` includes it. The same scan with every file built on the main thread is the baseline.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { openApp } from '../src/app.js';
import { systemClock } from '../src/clock.js';
import { parseConfig } from '../src/config.js';
import { scanInbox } from '../src/inbox/scan-inbox.js';
import { silentLogger } from '../src/logger.js';
import { createArticleGenerator } from './generate-articles.js';

export interface InboxStallFigures {
  files: { ordinary: number; big: number; bigKb: number[] };
  /** A first scan of 50 ordinary articles in this process (cold JIT), ms. */
  firstScanWorstStallMs: number;
  /** The longest time the event loop was blocked (the probe's worst lateness), ms. */
  worstStallMs: number;
  /** The same scan with every file built on the main thread, for comparison. */
  worstStallMainThreadMs: number;
  scanSeconds: number;
  stored: number;
}

/** A long article: the generator's paragraphs until the size is reached (prose, many people). */
export function bigArticle(kb: number, seed: number): string {
  const generator = createArticleGenerator({ seed });
  let text = `Long report number ${seed} on the region\n\n`;
  for (let i = 0; text.length < kb * 1024; i++) text += `${generator.article(i).text.split('\n\n').slice(1, -1).join('\n\n')}\n\n`;
  return text;
}

function writeInbox(dir: string, ordinary: number, bigKb: readonly number[]): void {
  mkdirSync(dir, { recursive: true });
  const generator = createArticleGenerator({ seed: 7 });
  const old = new Date(Date.now() - 60_000);
  const put = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    utimesSync(join(dir, name), old, old);
  };
  for (let i = 0; i < ordinary; i++) put(`a-${String(i).padStart(4, '0')}.txt`, generator.article(i).text);
  bigKb.forEach((kb, i) => put(`b-big-${i}.txt`, bigArticle(kb, 100 + i)));
}

async function scanOnce(offThreadBytes: number | undefined, ordinary: number, bigKb: readonly number[]) {
  const root = mkdtempSync(join(tmpdir(), 'newsbrief-stall-'));
  try {
    const inbox = join(root, 'inbox');
    writeInbox(inbox, ordinary, bigKb);
    const app = await openApp(parseConfig({ STORE_URL: `sqlite://${join(root, 'store.sqlite')}` }), { logger: silentLogger, clock: systemClock });
    let worst = 0;
    let last = performance.now();
    const probe = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }, 1);
    const start = performance.now();
    const report = await scanInbox(inbox, {
      ingestor: app.ingestor,
      maxBytes: app.config.MAX_ARTICLE_BYTES,
      now: new Date(),
      logger: silentLogger,
      ...(offThreadBytes === undefined ? {} : { offThreadBytes }),
    });
    const seconds = (performance.now() - start) / 1000;
    clearInterval(probe);
    await app.close();
    return { worst: Math.round(worst), seconds: Math.round(seconds * 100) / 100, stored: report.stored };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Scans 200 ordinary articles plus big ones of 400 KB, 1 MB and 2 MB (less with BENCH_QUICK=1). */
export async function benchInboxStall(options: { ordinary?: number; bigKb?: number[]; compareMainThread?: boolean } = {}): Promise<InboxStallFigures> {
  const ordinary = options.ordinary ?? 200;
  const bigKb = options.bigKb ?? [400, 1024, 2000];
  // The first scan in a process also JIT-compiles the cleaner, the tagger and the store code: its stall
  // (once per process, up to a few hundred ms) is reported apart from the steady state.
  const cold = await scanOnce(undefined, 50, []);
  const offThread = await scanOnce(undefined, ordinary, bigKb);
  const mainThread = options.compareMainThread === false ? undefined : await scanOnce(Number.POSITIVE_INFINITY, ordinary, bigKb);
  return {
    files: { ordinary, big: bigKb.length, bigKb },
    firstScanWorstStallMs: cold.worst,
    worstStallMs: offThread.worst,
    worstStallMainThreadMs: mainThread?.worst ?? Number.NaN,
    scanSeconds: offThread.seconds,
    stored: offThread.stored,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const quick = process.env.BENCH_QUICK === '1';
  const figures = await benchInboxStall(quick ? { ordinary: 50, bigKb: [400] } : {});
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}
