// The worst event-loop stall during an inbox scan: an inbox of ordinary articles plus a few big
// ones (400 KB – 2 MB) is scanned into a fresh sqlite store while a 1 ms interval probe records
// how late it fires (after one warm-up scan), in a child running the compiled bot (dist/). Run alone: `npx tsx bench/inbox-stall.ts`;
// `npm run bench` includes it. The same scan with every file built on the main thread is the baseline.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../src/util/project-root.js';
import { createArticleGenerator } from './generate-articles.js';

export interface InboxStallFigures {
  files: { ordinary: number; big: number; bigKb: number[] };
  /** The warm-up scan of 50 ordinary articles in a new process (cold JIT), ms. */
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

function writeInbox(dir: string, ordinary: number, bigKb: readonly number[], firstArticle = 0): void {
  mkdirSync(dir, { recursive: true });
  const generator = createArticleGenerator({ seed: 7 });
  const old = new Date(Date.now() - 60_000);
  const put = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    utimesSync(join(dir, name), old, old);
  };
  for (let i = firstArticle; i < firstArticle + ordinary; i++) put(`a-${String(i).padStart(6, '0')}.txt`, generator.article(i).text);
  bigKb.forEach((kb, i) => put(`b-big-${i}.txt`, bigArticle(kb, 100 + i)));
}

/**
 * One scan of a freshly written inbox into a fresh sqlite store, in a child process running the
 * compiled bot (dist/, what `npm start` runs; `npm ci` builds it). Under tsx, starting the worker
 * thread blocks the main thread while the loader compiles its modules, which production never pays.
 */
function scanOnce(offThreadBytes: number | undefined, ordinary: number, bigKb: readonly number[]) {
  const root = mkdtempSync(join(tmpdir(), 'newsbrief-stall-'));
  try {
    const [warm, inbox] = [join(root, 'warm'), join(root, 'inbox')];
    writeInbox(warm, 50, [], 50_000);
    writeInbox(inbox, ordinary, bigKb);
    const args = [join(projectRoot(), 'bench', 'inbox-stall-child.mjs'), warm, inbox, join(root, 'store.sqlite'), String(offThreadBytes ?? '')];
    const child = spawnSync(process.execPath, args, {
      encoding: 'utf8',
      timeout: 300_000,
    });
    if (child.status !== 0) throw new Error(`inbox-stall child failed: ${child.stderr || child.error?.message}`);
    return JSON.parse(child.stdout) as { cold: number; worst: number; seconds: number; stored: number };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Scans 200 ordinary articles plus big ones of 400 KB, 1 MB and 2 MB (less with BENCH_QUICK=1). */
export function benchInboxStall(options: { ordinary?: number; bigKb?: number[]; compareMainThread?: boolean } = {}): InboxStallFigures {
  const ordinary = options.ordinary ?? 200;
  const bigKb = options.bigKb ?? [400, 1024, 2000];
  // The first scan in a process also JIT-compiles the cleaner, the tagger and the store code: its stall
  // (once per process, up to a few hundred ms) is reported apart from the steady state.
  const offThread = scanOnce(undefined, ordinary, bigKb);
  const mainThread = options.compareMainThread === false ? undefined : scanOnce(Number.POSITIVE_INFINITY, ordinary, bigKb);
  return {
    files: { ordinary, big: bigKb.length, bigKb },
    firstScanWorstStallMs: offThread.cold,
    worstStallMs: offThread.worst,
    worstStallMainThreadMs: mainThread?.worst ?? Number.NaN,
    scanSeconds: offThread.seconds,
    stored: offThread.stored,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const quick = process.env.BENCH_QUICK === '1';
  const figures = benchInboxStall(quick ? { ordinary: 50, bigKb: [400] } : {});
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}
