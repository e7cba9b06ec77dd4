// The human-readable summary on stderr (stdout carries only the JSON). Wall time next to CPU time throughout.
import type { LiveFigures } from './live-queries.js';
import { median } from './measure.js';
import type { QueryFigures } from './query-bench.js';

interface Summary {
  ingest: {
    articlesPerSec: number;
    seconds: number;
    cpuSeconds: number;
    cpuMsPerArticle: number;
    clean2MB?: { cleanMs2MB: number; entitiesMs2MB: number; cleanCpuMs2MB: number; entitiesCpuMs2MB: number };
    segments: { from: number; to: number; articlesPerSec: number; cpuMsPerArticle: number; storeMsPerArticle: Record<string, number>; during: LiveFigures; after: LiveFigures }[];
  };
  queries: QueryFigures[];
  rss: { storeBenchPeakMb: number; overallPeakSampledMb: number; overallMaxRssMb: number };
  fanout?: { chats: number; messagesPerSec: number; rateOverLimit: number; http429: number; cpuMsPerMessage: number; seconds: number; bytesPerSubscription: number; bytesPerChatDay: number } | undefined;
  composeDigest?:
    | { articles: number; events: number; eventsInWindow: number; warmMs: number; warmCpuMs: number; coldMs: number; coldCpuMs: number; updateMs: number; updateCpuMs: number; quality?: { trueEvents: number; trueSingletons: number; foundSingletons: number; largestFound: number; largestTrue: number; precision: number; recall: number; f1: number } }
    | undefined;
  updates?:
    | { articles: number; updates: number; fullStackPerSec: number; bareGrammyPerSec: number; ratio: number; ratioSpread: { min: number; q1: number; q3: number; max: number }; cpuRatio: number; cpuRatioSpread: { min: number; max: number }; pairs: { bare: { cpuUsPerUpdate: number }; full: { cpuUsPerUpdate: number } }[] }
    | undefined;
  inboxStall?: { worstStallMs: number; firstScanWorstStallMs: number; worstStallMainThreadMs: number; files: { ordinary: number; bigKb: number[] } } | undefined;
  targets: Record<string, boolean | null>;
}

export function printTable(s: Summary): void {
  const out: string[] = [];
  const pad = (v: unknown, n: number) => String(v).padStart(n);
  out.push('', `ingest: ${s.ingest.articlesPerSec} articles/s overall (${s.ingest.seconds} s wall, ${s.ingest.cpuSeconds} s CPU, ${s.ingest.cpuMsPerArticle} CPU ms/article)`);
  for (const seg of s.ingest.segments) {
    const stages = Object.entries(seg.storeMsPerArticle).map(([k, v]) => `${k} ${v}`).join(', ');
    out.push(`  ${pad(seg.from, 7)} → ${pad(seg.to, 7)}: ${seg.articlesPerSec} articles/s, ${seg.cpuMsPerArticle} CPU ms/article (wall ms/article: ${stages})`);
  }
  out.push('', `${pad('articles', 9)} | ${pad('who p50', 8)} ${pad('who p99', 8)} | ${pad('known p99', 9)} ${pad('variant p99', 11)} ${pad('unknown p99', 11)} | ${pad('latest p50', 10)} ${pad('latest p99', 10)} | ${pad('CPU who p99', 11)} ${pad('latest p99', 10)} | ${pad('dir rows', 8)} ${pad('db MB', 7)}   (after ingest, wall ms; CPU ms)`);
  for (const q of s.queries) {
    out.push(
      `${pad(q.articles, 9)} | ${pad(q.who.p50, 8)} ${pad(q.who.p99, 8)} | ${pad(q.who.byKind.known.p99, 9)} ${pad(q.who.byKind.variant.p99, 11)} ${pad(q.who.byKind.unknown.p99, 11)} | ${pad(q.latest.p50, 10)} ${pad(q.latest.p99, 10)} | ${pad(q.whoCpuMs.p99, 11)} ${pad(q.latestCpuMs.p99, 10)} | ${pad(q.peopleDirectoryRows, 8)} ${pad(q.dbMb, 7)}`,
    );
  }
  out.push('', 'queries asked after every ingest batch (while ingesting) and back to back once the size is reached (after): p50 / p99 ms, wall (CPU)');
  for (const seg of s.ingest.segments) {
    const cell = (f: LiveFigures[keyof LiveFigures]) => `${f.wall.p50}/${f.wall.p99} (${f.cpu.p50}/${f.cpu.p99})`;
    for (const [label, live] of [['while', seg.during], ['after', seg.after]] as const) {
      out.push(`  ${pad(seg.to, 7)} ${label}: who ${cell(live.who)} | latest ${cell(live.latest)} | ask ${cell(live.ask)} | search ${cell(live.search)}   [${live.who.wall.count} each]`);
    }
  }
  if (s.updates) {
    const u = s.updates;
    out.push(
      '',
      `updates (/latest at ${u.articles} articles, ${u.pairs.length} interleaved pairs × ${u.updates}): full stack ${u.fullStackPerSec}/s, bare grammY ${u.bareGrammyPerSec}/s (medians); ` +
        `ratio ${u.ratio} (min–max ${u.ratioSpread.min}–${u.ratioSpread.max}, IQR ${u.ratioSpread.q1}–${u.ratioSpread.q3}); ` +
        `CPU µs/update full ${median(u.pairs.map((p) => p.full.cpuUsPerUpdate))}, bare ${median(u.pairs.map((p) => p.bare.cpuUsPerUpdate))}, CPU ratio ${u.cpuRatio} (${u.cpuRatioSpread.min}–${u.cpuRatioSpread.max})`,
    );
  }
  if (s.fanout) {
    const f = s.fanout;
    out.push(`fan-out: ${f.chats} chats in ${f.seconds} s wall, ${f.messagesPerSec} messages/s = ${f.rateOverLimit} of 30/s, ${f.http429} × 429, ${f.cpuMsPerMessage} CPU ms/message; stored per chat ${f.bytesPerSubscription} B + ${f.bytesPerChatDay} B per delivered day`);
  }
  if (s.ingest.clean2MB) {
    out.push(
      `2 MB article (slowest generated layout): clean ${s.ingest.clean2MB.cleanMs2MB} ms wall (${s.ingest.clean2MB.cleanCpuMs2MB} CPU ms), ` +
        `entities ${s.ingest.clean2MB.entitiesMs2MB} ms (${s.ingest.clean2MB.entitiesCpuMs2MB} CPU ms) (target: clean < 1000 ms)`,
    );
  }
  if (s.inboxStall) {
    const st = s.inboxStall;
    out.push(
      `inbox scan (${st.files.ordinary} articles + ${st.files.bigKb.join('/')} KB): worst event-loop stall ${st.worstStallMs} ms (target ≤ 100), ` +
        `first cold scan ${st.firstScanWorstStallMs} ms, all on the main thread ${st.worstStallMainThreadMs} ms`,
    );
  }
  const c = s.composeDigest;
  if (c) {
    out.push(
      `compose (realistic events): one digest over ${c.articles} articles: warm ${c.warmMs} ms wall (${c.warmCpuMs} CPU ms), with 200 new ${c.updateMs} ms (${c.updateCpuMs} CPU), ` +
        `cold ${c.coldMs} ms (${c.coldCpuMs} CPU); ${c.events} events in the digest, ${c.eventsInWindow} found in the window`,
    );
    if (c.quality) {
      const q = c.quality;
      out.push(
        `  against the generated events: ${q.trueEvents} generated (${q.trueSingletons} singletons, largest ${q.largestTrue}); found ${c.eventsInWindow} (${q.foundSingletons} singletons, largest ${q.largestFound}); ` +
          `B³ precision ${q.precision}, recall ${q.recall}, F1 ${q.f1}`,
      );
    }
  }
  out.push('', `peak RSS of this (tsx) process: ${s.rss.storeBenchPeakMb} MB through the store section; ${s.rss.overallMaxRssMb} MB with compose and fan-out`);
  out.push(`checks: ${Object.entries(s.targets).map(([k, v]) => `${k}=${v === null ? 'n/a' : v ? 'ok' : 'MISSED'}`).join(' ')}`, '');
  process.stderr.write(out.join('\n'));
}
