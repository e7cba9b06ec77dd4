// The issue's targets table: each figure with its measurement (wall and CPU where both mean something), its
// target and ✔/✘, or "not measured" with the reason. Pure: rows from the figures the sections return.

export interface TargetRow {
  figure: string;
  measured: string;
  target: string;
  /** null: not measured in this run (measured says why). */
  ok: boolean | null;
}

export interface TargetInputs {
  /** 'scale': `--articles N`; 'default': `npm run bench`. */
  mode: 'default' | 'scale';
  people?: {
    sizes: { articles: number; ingestCpuMsPerArticle: number; who: { p99: number }; whoCpuMs: { p99: number }; latest: { p99: number }; latestCpuMs: { p99: number } }[];
    cpuGrowth: number | null;
    peakRssMb: { ingestProcess: number };
    disk?: { bytesPerArticle: number; articles: number } | undefined;
    diskError?: string | undefined;
  };
  updates?: { ratio: number; ratioSpread: { min: number; max: number }; cpuRatio: number; cpuRatioSpread: { min: number; max: number }; pairs: unknown[] };
  fanout?: { cpuMsPerMessage: number; messagesPerSec: number };
  /** The fan-out with the 30/s lifted: the wall rate, and what our process's CPU per message allows on one core. */
  fanoutLifted?: { messagesPerSec: number; cpuMsPerMessage: number; oneCoreMessagesPerSec: number; coreShare: number; concurrency: number } | undefined;
  compose?: { articles: number; warmMs: number; warmCpuMs: number; coldMs: number; coldCpuMs: number; eventsInWindow: number; quality?: { trueEvents: number; f1: number } | undefined };
  coldStart?: { wallMs: { p50: number }; cpuMsPerRun?: number | undefined };
}

const NOT_IN_SCALE = 'not measured: only in the default run (`npm run bench`)';
const k = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${Math.round(n / 1000)}k` : String(n));

export function targetRows(x: TargetInputs): TargetRow[] {
  const rows: TargetRow[] = [];
  const sizes = x.people?.sizes ?? [];
  const [small, large] = [sizes[0], sizes[sizes.length - 1]];
  const scaleNote = x.mode === 'default' ? ' (default run: its largest size; the 1M figure is `--articles 1000000`)' : '';
  rows.push({
    figure: `ingest CPU per article at ${large ? k(large.articles) : '1M'} vs at ${small ? k(small.articles) : '10k'}${scaleNote}`,
    measured:
      small && large && sizes.length > 1 && x.people?.cpuGrowth != null
        ? `${x.people.cpuGrowth}× (${small.ingestCpuMsPerArticle} → ${large.ingestCpuMsPerArticle} CPU ms/article)`
        : 'not measured: needs two sizes',
    target: '≤ 1.3×',
    ok: x.people?.cpuGrowth == null || sizes.length < 2 ? null : x.people.cpuGrowth <= 1.3,
  });
  rows.push({
    figure: `/who p99 at ${large ? k(large.articles) : '?'} articles, open-ended cast, while ingesting`,
    measured: large ? `${large.who.p99} ms wall (CPU p99 ${large.whoCpuMs.p99} ms)` : 'not measured',
    target: '≤ 20 ms',
    ok: large ? large.who.p99 <= 20 : null,
  });
  rows.push({
    figure: `/latest p99 at ${large ? k(large.articles) : '?'} articles, while ingesting`,
    measured: large ? `${large.latest.p99} ms wall (CPU p99 ${large.latestCpuMs.p99} ms)` : 'not measured',
    target: '≤ 20 ms',
    ok: large ? large.latest.p99 <= 20 : null,
  });
  rows.push({
    figure: `RSS of the ingest process (built bot) up to ${large ? k(large.articles) : '?'}`,
    measured: x.people ? `${x.people.peakRssMb.ingestProcess} MB peak` : 'not measured',
    target: '≤ 500 MB',
    ok: x.people ? x.people.peakRssMb.ingestProcess <= 500 : null,
  });
  const disk = x.people?.disk;
  rows.push({
    figure: 'disk per article (.sqlite + -wal after a TRUNCATE checkpoint)',
    measured: disk ? `${(disk.bytesPerArticle / 1024).toFixed(2)} KB (${Math.round(disk.bytesPerArticle)} B, ${k(disk.articles)} articles)` : `not measured${x.people?.diskError ? `: ${x.people.diskError}` : ''}`,
    target: '≤ 3 KB (3,072 B)',
    ok: disk ? disk.bytesPerArticle <= 3072 : null,
  });
  const u = x.updates;
  rows.push({
    figure: 'full stack ÷ bare grammY, /latest updates (median of interleaved pair ratios)',
    measured: u
      ? `${u.ratio} wall (${u.ratioSpread.min}–${u.ratioSpread.max} over ${u.pairs.length} pairs); ${u.cpuRatio} by CPU (${u.cpuRatioSpread.min}–${u.cpuRatioSpread.max})`
      : x.mode === 'scale' ? NOT_IN_SCALE : 'not measured',
    target: '≥ 0.9',
    ok: u ? u.ratio >= 0.9 : null,
  });
  rows.push({
    figure: 'fan-out CPU per delivered message (30/s limit)',
    measured: x.fanout ? `${x.fanout.cpuMsPerMessage} CPU ms (${x.fanout.messagesPerSec} msg/s wall)` : x.mode === 'scale' ? NOT_IN_SCALE : 'not measured',
    target: '≤ 1.5 ms',
    ok: x.fanout ? x.fanout.cpuMsPerMessage <= 1.5 : null,
  });
  const lifted = x.fanoutLifted;
  rows.push({
    figure: "fan-out with Telegram's limit lifted, one core",
    measured: lifted
      ? `${lifted.messagesPerSec} msg/s wall at ${lifted.coreShare} of a core (concurrency ${lifted.concurrency}); ` +
        `${lifted.cpuMsPerMessage} CPU ms/message = ${lifted.oneCoreMessagesPerSec} msg/s per core of our process`
      : x.mode === 'scale' ? NOT_IN_SCALE : 'not measured',
    target: '≥ 1000 msg/s',
    ok: lifted ? lifted.messagesPerSec >= 1000 : null,
  });
  const c = x.compose;
  rows.push({
    figure: `compose of a ${c ? k(c.articles) : '10k'}-article window, realistic events (index warm)`,
    measured: c
      ? `${c.warmMs} ms wall, ${c.warmCpuMs} CPU ms; cold ${c.coldMs} ms (${c.coldCpuMs} CPU); ${c.eventsInWindow} events found` +
        (c.quality ? ` of ${c.quality.trueEvents} generated, B³ F1 ${c.quality.f1}` : '') +
        (c.articles < 10_000 ? ' (smoke size: the target is at 10k)' : '')
      : x.mode === 'scale' ? NOT_IN_SCALE : 'not measured',
    target: '≤ 1 s',
    ok: c && c.articles >= 10_000 ? c.warmMs <= 1000 : null,
  });
  const cs = x.coldStart;
  rows.push({
    figure: '`newsbrief who X` cold start, process included (p50)',
    measured: cs ? `${cs.wallMs.p50} ms wall${cs.cpuMsPerRun === undefined ? '' : `, ${cs.cpuMsPerRun} CPU ms per run`}` : x.mode === 'scale' ? NOT_IN_SCALE : 'not measured',
    target: '≤ 250 ms',
    ok: cs ? cs.wallMs.p50 <= 250 : null,
  });
  return rows;
}

export function formatTargets(rows: readonly TargetRow[], heading: string): string {
  const mark = (ok: boolean | null) => (ok === null ? '–' : ok ? '✔' : '✘');
  const w = Math.max(...rows.map((r) => r.figure.length));
  const m = Math.max(...rows.map((r) => r.measured.length));
  const out = ['', heading, `  ${'figure'.padEnd(w)} | ${'measured'.padEnd(m)} | target`];
  for (const r of rows) out.push(`${mark(r.ok)} ${r.figure.padEnd(w)} | ${r.measured.padEnd(m)} | ${r.target}`);
  return `${out.join('\n')}\n`;
}
