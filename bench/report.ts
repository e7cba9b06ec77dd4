// The human-readable summary on stderr (stdout carries only the JSON).
import type { QueryFigures } from './query-bench.js';

interface Summary {
  ingest: { articlesPerSec: number; seconds: number; clean2MB?: { cleanMs2MB: number; entitiesMs2MB: number }; segments: { from: number; to: number; articlesPerSec: number; storeMsPerArticle: Record<string, number> }[] };
  queries: QueryFigures[];
  rss: { storeBenchPeakMb: number; overallPeakSampledMb: number; overallMaxRssMb: number };
  fanout?: { chats: number; messagesPerSec: number; rateOverLimit: number; http429: number; cpuMsPerMessage: number; seconds: number; bytesPerSubscription: number; bytesPerChatDay: number } | undefined;
  composeDigest?: { articles: number; events: number; ms: number; coldMs?: number; updateMs?: number } | undefined;
  updates?: { articles: number; updates: number; fullStackPerSec: number; bareGrammyPerSec: number; ratio: number } | undefined;
  inboxStall?: { worstStallMs: number; firstScanWorstStallMs: number; worstStallMainThreadMs: number; files: { ordinary: number; bigKb: number[] } } | undefined;
  targets: Record<string, boolean | null>;
}

export function printTable(s: Summary): void {
  const out: string[] = [];
  const pad = (v: unknown, n: number) => String(v).padStart(n);
  out.push('', `ingest: ${s.ingest.articlesPerSec} articles/s overall (${s.ingest.seconds} s)`);
  for (const seg of s.ingest.segments) {
    const stages = Object.entries(seg.storeMsPerArticle).map(([k, v]) => `${k} ${v}`).join(', ');
    out.push(`  ${pad(seg.from, 7)} → ${pad(seg.to, 7)}: ${seg.articlesPerSec} articles/s (ms/article: ${stages})`);
  }
  out.push('', `${pad('articles', 9)} | ${pad('who p50', 8)} ${pad('who p99', 8)} | ${pad('known p99', 9)} ${pad('variant p99', 11)} ${pad('unknown p99', 11)} | ${pad('latest p50', 10)} ${pad('latest p99', 10)} | ${pad('dir rows', 8)} ${pad('db MB', 7)}`);
  for (const q of s.queries) {
    out.push(
      `${pad(q.articles, 9)} | ${pad(q.who.p50, 8)} ${pad(q.who.p99, 8)} | ${pad(q.who.byKind.known.p99, 9)} ${pad(q.who.byKind.variant.p99, 11)} ${pad(q.who.byKind.unknown.p99, 11)} | ${pad(q.latest.p50, 10)} ${pad(q.latest.p99, 10)} | ${pad(q.peopleDirectoryRows, 8)} ${pad(q.dbMb, 7)}`,
    );
  }
  if (s.updates) {
    const u = s.updates;
    out.push('', `updates (/latest at ${u.articles} articles): full stack ${u.fullStackPerSec}/s, bare grammY ${u.bareGrammyPerSec}/s, ratio ${u.ratio}`);
  }
  if (s.fanout) {
    const f = s.fanout;
    out.push(`fan-out: ${f.chats} chats in ${f.seconds} s, ${f.messagesPerSec} messages/s = ${f.rateOverLimit} of 30/s, ${f.http429} × 429, ${f.cpuMsPerMessage} CPU ms/message; stored per chat ${f.bytesPerSubscription} B + ${f.bytesPerChatDay} B per delivered day`);
  }
  if (s.ingest.clean2MB) out.push(`2 MB article (slowest generated layout): clean ${s.ingest.clean2MB.cleanMs2MB} ms, entities ${s.ingest.clean2MB.entitiesMs2MB} ms (target: clean < 1000 ms)`);
  if (s.inboxStall) {
    const st = s.inboxStall;
    out.push(
      `inbox scan (${st.files.ordinary} articles + ${st.files.bigKb.join('/')} KB): worst event-loop stall ${st.worstStallMs} ms (target ≤ 100), ` +
        `first cold scan ${st.firstScanWorstStallMs} ms, all on the main thread ${st.worstStallMainThreadMs} ms`,
    );
  }
  if (s.composeDigest) out.push(`compose: one digest over ${s.composeDigest.articles} articles in ${s.composeDigest.ms} ms warm, ${s.composeDigest.updateMs ?? '?'} ms with 200 new, ${s.composeDigest.coldMs ?? '?'} ms cold (${s.composeDigest.events} events)`);
  out.push('', `peak RSS: ${s.rss.storeBenchPeakMb} MB through the store benchmark; ${s.rss.overallMaxRssMb} MB with compose and fan-out (latencies in ms)`);
  out.push(`targets: ${Object.entries(s.targets).map(([k, v]) => `${k}=${v === null ? 'n/a' : v ? 'ok' : 'MISSED'}`).join(' ')}`, '');
  process.stderr.write(out.join('\n'));
}
