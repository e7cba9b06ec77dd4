// The sources section of `npm run bench`: polling (bench/sources-poll.ts, in its own process so its CPU and
// peak RSS are its own, not the store benchmark's) and page extraction speed on the extraction benchmark
// pages, as eval/extraction.ts measures it (its loader and timing, run as that script: nothing duplicated).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { projectRoot } from '../src/util/project-root.js';

const round = z.object({ seconds: z.number(), cpuMs: z.number(), stored: z.number(), itemsPerSec: z.number(), cpuMsPerItem: z.number().nullable(), results: z.record(z.string(), z.number()) });
const pollFigures = z.object({
  feeds: z.number(),
  itemsPerFeed: z.number(),
  bytesPerFeed: z.number(),
  hosts: z.number(),
  serverProcess: z.string(),
  cpu: z.string(),
  first: round,
  newItems: round,
  unchanged: z.object({ seconds: z.number(), cpuMsPerRound: z.number(), cpuMsPerFeed: z.number(), cpuMsRounds: z.array(z.number()), results: z.record(z.string(), z.number()), percentOfOneCoreAt30Min: z.number() }),
  server: z.object({ ok: z.number(), notModified: z.number(), other: z.number(), notModifiedInUnchangedRounds: z.number() }),
  articlesInStore: z.number(),
  rss: z.object({ peakSampledMb: z.number(), maxRssMb: z.number() }),
});
export type PollFigures = z.infer<typeof pollFigures>;

const extractionLine = z.object({ eval: z.literal('extraction'), pages: z.number(), f1: z.number(), p50_ms: z.number(), p99_ms: z.number(), pages_per_cpu_s: z.number() });
export type ExtractionFigures = z.infer<typeof extractionLine>;

const loader = (root: string) => pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/** Polls `feeds` × `items` in a child process; throws with its stderr tail when it fails. */
export function benchPolling(feeds: number, items: number): PollFigures {
  const root = projectRoot();
  const run = spawnSync(process.execPath, ['--import', loader(root), join(root, 'bench', 'sources-poll.ts'), String(feeds), String(items)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
  });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !last.startsWith('{')) throw new Error(`bench/sources-poll.ts failed (exit ${run.status})`);
  return pollFigures.parse(JSON.parse(last));
}

/** eval/extraction.ts's speed line (p50/p99 ms per page, pages per CPU second), or undefined without the eval data. */
export function benchExtraction(): ExtractionFigures | undefined {
  const root = projectRoot();
  const evalDir = resolve(process.env.EVAL_DATA ?? join(root, '..', 'shared', 'eval'));
  if (!existsSync(join(evalDir, 'extraction', 'ground-truth.json')) || !existsSync(join(evalDir, 'score.mjs'))) return undefined;
  const run = spawnSync(process.execPath, ['--import', loader(root), join(root, 'eval', 'extraction.ts')], {
    encoding: 'utf8',
    env: { ...process.env, EVAL_DATA: evalDir },
    maxBuffer: 1 << 24,
  });
  const line = run.stdout.split('\n').find((l) => l.startsWith('{"eval":"extraction"'));
  return line ? extractionLine.parse(JSON.parse(line)) : undefined;
}

export interface SourcesFigures {
  polling: PollFigures;
  extraction: ExtractionFigures | null;
  targets: { extractionAtLeast200PagesPerCpuSec: boolean | null; unchangedPollingUnder5PercentCore: boolean };
}

export function benchSources(options: { feeds: number; items: number }): SourcesFigures {
  const polling = benchPolling(options.feeds, options.items);
  const extraction = benchExtraction() ?? null;
  return {
    polling,
    extraction,
    targets: {
      extractionAtLeast200PagesPerCpuSec: extraction ? extraction.pages_per_cpu_s >= 200 : null,
      unchangedPollingUnder5PercentCore: polling.unchanged.percentOfOneCoreAt30Min < 5,
    },
  };
}

/** The sources lines of the human-readable summary (stderr). */
export function printSourcesTable(s: SourcesFigures): void {
  const p = s.polling;
  const line = (name: string, r: PollFigures['first']) =>
    `  ${name.padEnd(22)} ${String(r.stored).padStart(6)} items stored in ${r.seconds} s: ${r.itemsPerSec} items/s, ${r.cpuMsPerItem} CPU ms/item`;
  const out = [
    '',
    `polling ${p.feeds} feeds × ${p.itemsPerFeed} items (${Math.round(p.bytesPerFeed / 1024)} KB each), one 127.0.x.y host per feed, server in a child process:`,
    line('first fetch (cap 20)', p.first),
    line(`${p.itemsPerFeed} new items per feed`, p.newItems),
    `  unchanged round (304s)  ${p.unchanged.cpuMsPerRound} CPU ms per round of ${p.feeds} (${p.unchanged.cpuMsPerFeed} ms/feed) = ${p.unchanged.percentOfOneCoreAt30Min}% of one core every 30 min (target < 5%)`,
    `  server answered ${p.server.ok} × 200, ${p.server.notModified} × 304; peak RSS ${p.rss.maxRssMb} MB`,
    s.extraction
      ? `extraction (${s.extraction.pages} benchmark pages, eval/extraction.ts): p50 ${s.extraction.p50_ms} ms, p99 ${s.extraction.p99_ms} ms, ${s.extraction.pages_per_cpu_s} pages per CPU second (target ≥ 200)`
      : 'extraction: no benchmark pages (set EVAL_DATA to the eval folder)',
    '',
  ];
  process.stderr.write(out.join('\n'));
}
