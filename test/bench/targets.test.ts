import { describe, expect, it } from 'vitest';
import { formatTargets, targetRows, type TargetInputs } from '../../bench/targets.js';

const size = (articles: number, cpu: number, who: number) => ({
  articles,
  ingestCpuMsPerArticle: cpu,
  who: { p99: who },
  whoCpuMs: { p99: who / 2 },
  latest: { p99: 3 },
  latestCpuMs: { p99: 1 },
});
const people: NonNullable<TargetInputs['people']> = {
  sizes: [size(10_000, 2, 5), size(1_000_000, 2.8, 25)],
  cpuGrowth: 1.4,
  peakRssMb: { ingestProcess: 480 },
  disk: { bytesPerArticle: 2900, articles: 1_000_000 },
};

describe('targets table', () => {
  it('when the scale run measured its figures then each row says ✔ or ✘ against the issue target', () => {
    const rows = targetRows({ mode: 'scale', people });
    const row = (start: string) => rows.find((r) => r.figure.startsWith(start))!;
    expect(row('ingest CPU per article at 1M vs at 10k')).toMatchObject({ ok: false, target: '≤ 1.3×' });
    expect(row('ingest CPU').measured).toContain('1.4×');
    expect(row('/who p99 at 1M')).toMatchObject({ ok: false });
    expect(row('/latest p99 at 1M')).toMatchObject({ ok: true });
    expect(row('RSS')).toMatchObject({ ok: true });
    expect(row('disk per article')).toMatchObject({ ok: true });
    // What the scale run does not measure is said, not guessed.
    for (const r of rows.slice(5)) expect(r).toMatchObject({ ok: null, measured: expect.stringContaining('only in the default run') });
  });

  it('when a figure is missing or below its size then the row says not measured instead of passing', () => {
    const rows = targetRows({
      mode: 'default',
      compose: { articles: 2000, warmMs: 10, warmCpuMs: 9, coldMs: 50, coldCpuMs: 40, eventsInWindow: 900 },
      updates: { ratio: 0.93, ratioSpread: { min: 0.8, max: 1.01 }, cpuRatio: 0.9, cpuRatioSpread: { min: 0.85, max: 0.95 }, pairs: [1, 2, 3] },
    });
    const row = (start: string) => rows.find((r) => r.figure.startsWith(start))!;
    expect(row('compose')).toMatchObject({ ok: null });
    expect(row('full stack')).toMatchObject({ ok: true });
    expect(row('full stack').measured).toContain('0.8–1.01 over 3 pairs');
    expect(row("fan-out with Telegram's limit lifted")).toMatchObject({ ok: null, measured: expect.stringContaining('not measured') });
    expect(row('disk per article')).toMatchObject({ ok: null });
    expect(formatTargets(rows, 'targets:')).toContain('– compose');
  });

  it('when the lifted fan-out is measured then its row judges the wall rate and shows the one-core capacity beside it', () => {
    const fanoutLifted = { messagesPerSec: 640, cpuMsPerMessage: 0.8, oneCoreMessagesPerSec: 1250, coreShare: 0.51, concurrency: 4 };
    const row = targetRows({ mode: 'default', fanoutLifted }).find((r) => r.figure.startsWith("fan-out with Telegram's limit lifted"))!;
    expect(row.ok).toBe(false);
    expect(row.measured).toContain('640 msg/s wall');
    expect(row.measured).toContain('1250 msg/s per core');
    expect(targetRows({ mode: 'default', fanoutLifted: { ...fanoutLifted, messagesPerSec: 1010 } }).find((r) => r.figure.startsWith('fan-out with'))!.ok).toBe(true);
  });
});
