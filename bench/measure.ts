// Measuring helpers: percentiles of latency samples, a peak-RSS sampler, and a stage timer.
import { performance } from 'node:perf_hooks';

export interface LatencySummary {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile (p in 0..100) of an unsorted sample. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export function summarize(samples: readonly number[]): LatencySummary {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const mean = samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length);
  return {
    count: samples.length,
    p50: round(percentile(samples, 50)),
    p90: round(percentile(samples, 90)),
    p99: round(percentile(samples, 99)),
    max: round(percentile(samples, 100)),
    mean: round(mean),
  };
}

/** Times each call of `fn` (ms) over `items`, after `warmup` untimed calls. */
export async function timeEach<T>(items: readonly T[], warmup: number, fn: (item: T) => Promise<unknown>): Promise<number[]> {
  for (const item of items.slice(0, warmup)) await fn(item);
  const samples: number[] = [];
  for (const item of items.slice(warmup)) {
    const start = performance.now();
    await fn(item);
    samples.push(performance.now() - start);
  }
  return samples;
}

/** The spread of a few figures (pair ratios): min, quartiles, max. */
export interface Spread {
  min: number;
  q1: number;
  q3: number;
  max: number;
}

export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

/** Linear-interpolated quantile (q in 0..1) of an unsorted sample. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return s[lo]! + (s[hi]! - s[lo]!) * (at - lo);
}

export function spread(xs: readonly number[]): Spread {
  return { min: round2(Math.min(...xs)), q1: round2(quantile(xs, 0.25)), q3: round2(quantile(xs, 0.75)), max: round2(Math.max(...xs)) };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** A wall-and-CPU stopwatch: CPU is this process's (user + system), so a busy machine shows as wall ≫ CPU. */
export function stopwatch(): () => { ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  return () => {
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
  };
}

/** Like timeEach, with this process's CPU per call next to its wall time (ms). */
export async function timeEachWithCpu<T>(items: readonly T[], warmup: number, fn: (item: T) => Promise<unknown>): Promise<{ ms: number[]; cpuMs: number[] }> {
  for (const item of items.slice(0, warmup)) await fn(item);
  const ms: number[] = [];
  const cpuMs: number[] = [];
  for (const item of items.slice(warmup)) {
    const elapsed = stopwatch();
    await fn(item);
    const t = elapsed();
    ms.push(t.ms);
    cpuMs.push(t.cpuMs);
  }
  return { ms, cpuMs };
}

export interface RssSampler {
  /** Highest RSS seen so far in MB (sampled, and the kernel's maxRSS). */
  peakMb(): { sampled: number; maxRss: number };
  stop(): void;
}

export function startRssSampler(intervalMs = 100): RssSampler {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, intervalMs);
  timer.unref();
  const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
  return {
    peakMb: () => {
      peak = Math.max(peak, process.memoryUsage().rss);
      // resourceUsage().maxRSS is in kilobytes.
      return { sampled: mb(peak), maxRss: mb(process.resourceUsage().maxRSS * 1024) };
    },
    stop: () => clearInterval(timer),
  };
}

/** Accumulates wall time per named stage; `wrap` times an async method in place. */
export function createStageTimer() {
  const totals: Record<string, { ms: number; calls: number }> = {};
  const add = (stage: string, ms: number) => {
    const t = (totals[stage] ??= { ms: 0, calls: 0 });
    t.ms += ms;
    t.calls += 1;
  };
  return {
    add,
    totals: () => totals,
    wrap<O extends object, K extends keyof O>(target: O, key: K, stage: string): void {
      const original = target[key] as unknown as (...args: unknown[]) => Promise<unknown>;
      const timed = async (...args: unknown[]) => {
        const start = performance.now();
        try {
          return await original.apply(target, args);
        } finally {
          add(stage, performance.now() - start);
        }
      };
      (target as Record<K, unknown>)[key] = timed;
    },
  };
}
