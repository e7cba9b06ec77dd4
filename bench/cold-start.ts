// `newsbrief who X` as a user at a terminal runs it: a new process each time, through bin/newsbrief.mjs on the
// built code, against a sqlite store holding the samples. Reports wall time (process start to exit) and the
// CPU the child used, read from this process's children's CPU in /proc (Linux; absent elsewhere), so a busy
// machine shows as wall time over CPU rather than as a regression. Alone: npx tsx bench/cold-start.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../src/util/project-root.js';
import { percentile } from './measure.js';

export const COLD_START_TARGET_MS = 250;

export interface ColdStartFigures {
  command: string;
  runs: number;
  wallMs: { p50: number; p90: number };
  /** CPU (user + system) per run, averaged; undefined where /proc is absent. */
  cpuMsPerRun?: number;
  targets: { whoColdStartAtMost250ms: boolean };
}

const root = projectRoot();
const bin = join(root, 'bin', 'newsbrief.mjs');

/** CPU of the waited-for children of this process so far, ms (fields cutime and cstime, at 100 ticks/s). */
function childrenCpuMs(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

export function benchColdStart(options: { runs?: number } = {}): ColdStartFigures {
  const runs = options.runs ?? 20;
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-cold-'));
  const env = { PATH: process.env.PATH ?? '', STORE_URL: `sqlite://${join(dir, 'store.sqlite')}`, LOG_LEVEL: 'warn' };
  try {
    const samples = join(root, 'samples');
    const files = readdirSync(samples).filter((f) => /\.(txt|json)$/.test(f)).map((f) => join(samples, f));
    const ingest = spawnSync(process.execPath, [bin, 'ingest', ...files], { env, encoding: 'utf8' });
    if (ingest.status !== 0) throw new Error(`cold-start bench: ingest failed: ${ingest.stderr}`);
    const args = [bin, 'who', 'Lukashenko'];
    const once = () => {
      const started = performance.now();
      const run = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`cold-start bench: who exited ${run.status}: ${run.stderr}`);
      return performance.now() - started;
    };
    once(); // the first run reads the files from disk; a user's second run finds them in the page cache
    const cpuBefore = childrenCpuMs();
    const walls = Array.from({ length: runs }, once);
    const cpuAfter = childrenCpuMs();
    const p50 = Math.round(percentile(walls, 50));
    return {
      command: 'newsbrief who Lukashenko',
      runs,
      wallMs: { p50, p90: Math.round(percentile(walls, 90)) },
      ...(cpuBefore === undefined || cpuAfter === undefined ? {} : { cpuMsPerRun: Math.round((cpuAfter - cpuBefore) / runs) }),
      targets: { whoColdStartAtMost250ms: p50 <= COLD_START_TARGET_MS },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function coldStartLine(f: ColdStartFigures): string {
  const cpu = f.cpuMsPerRun === undefined ? '' : `, CPU ${f.cpuMsPerRun} ms per run`;
  return `cold start: \`${f.command}\` (a new process each time, built code, sqlite): wall p50 ${f.wallMs.p50} ms, p90 ${f.wallMs.p90} ms over ${f.runs} runs${cpu} (target p50 ≤ ${COLD_START_TARGET_MS} ms: ${f.targets.whoColdStartAtMost250ms ? 'ok' : 'MISSED'})`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = benchColdStart();
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  process.stderr.write(`${coldStartLine(figures)}\n`);
}
