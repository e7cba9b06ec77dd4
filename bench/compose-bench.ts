// Composing one digest over N stored articles: cold (no event index: every article placed, as after a restart),
// warm (the running index already holds them: the steady state, a digest looks its articles' events up), and an
// update (the index holds all but the newest `fresh`, which are placed). Records are built from the realistic-events
// corpus (realistic-events.ts: events of 2–30 articles from several outlets over 1–3 days, and singletons, 2,000
// articles a day, so 10k span five days) through the real cleaner and tagger, as ingest stores them, and each is
// stamped as ingested at its publication time. The events the index finds are scored against the generated ones
// (B³, cluster-quality.ts), so the figure is known to be of a real shape, not of one blob.
// Standalone: npx tsx bench/compose-bench.ts [N]   (COMPOSE_ARTICLES=10000; prints one JSON object)
import { performance } from 'node:perf_hooks';
import { composeBriefing, RECORD_INDEX_OPTIONS } from '../briefings/compose.js';
import { EventIndex } from '../briefings/event-index.js';
import { buildRecord } from '../src/articles/build-record.js';
import type { ArticleRecord } from '../src/articles/record.js';
import { createArticleGenerator } from './generate-articles.js';
import { b3, type ClusterQuality } from './cluster-quality.js';

export interface ComposeFigures {
  articles: number;
  /** Events in the digest (at most its cap, 20). */
  events: number;
  /** Events the index found over the whole window, and how they match the generated ones (when the truth is known). */
  eventsInWindow: number;
  quality?: ClusterQuality;
  /** No index: every article is placed (wall ms, and CPU ms of this process). */
  coldMs: number;
  coldCpuMs: number;
  /** The index holds every article: look-ups, ranking, summaries. */
  warmMs: number;
  warmCpuMs: number;
  /** The index holds all but the newest `fresh` articles. */
  fresh: number;
  updateMs: number;
  updateCpuMs: number;
}

/** Realistic-events records 0..count-1, each ingested when published, with its generated event (the truth). */
export function generatedRecords(count: number): { records: ArticleRecord[]; truth: number[] } {
  const generator = createArticleGenerator({ shape: 'events' });
  const records: ArticleRecord[] = [];
  const truth: number[] = [];
  for (let i = 0; records.length < count; i++) {
    const { text } = generator.article(i);
    const built = buildRecord(text, { now: new Date(generator.timeOf!(i)), maxBytes: 2 * 1024 * 1024 });
    if (!built.ok) continue;
    records.push(built.record);
    truth.push(generator.eventOf!(i));
  }
  return { records, truth };
}

/** Times composeBriefing over `records` cold, warm and with `fresh` new articles; scores the events against `truth`. */
export function benchCompose(records: readonly ArticleRecord[], truth?: readonly number[], fresh = 200): ComposeFigures {
  const window = { since: new Date(0), until: new Date(Date.UTC(2030, 0, 1)) };
  const timed = <T>(run: () => T): { value: T; ms: number; cpuMs: number } => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const value = run();
    const used = process.cpuUsage(cpu);
    return { value, ms: Math.round(performance.now() - started), cpuMs: Math.round((used.user + used.system) / 1000) };
  };
  const events = new EventIndex(RECORD_INDEX_OPTIONS);
  const cold = timed(() => composeBriefing(records, window, { events }));
  const warm = timed(() => composeBriefing(records, window, { events }));
  const older = new EventIndex(RECORD_INDEX_OPTIONS);
  composeBriefing(records.slice(0, Math.max(0, records.length - fresh)), window, { events: older });
  const update = timed(() => composeBriefing(records, window, { events: older }));
  const found = records.map((r) => events.eventOf(r.id) ?? -1);
  return {
    articles: records.length,
    events: cold.value.events.length,
    eventsInWindow: new Set(found).size,
    ...(truth ? { quality: b3(truth, found) } : {}),
    coldMs: cold.ms,
    coldCpuMs: cold.cpuMs,
    warmMs: warm.ms,
    warmCpuMs: warm.cpuMs,
    fresh,
    updateMs: update.ms,
    updateCpuMs: update.cpuMs,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? process.env['COMPOSE_ARTICLES'] ?? 10_000);
  process.stderr.write(`[compose-bench] building ${count} records\n`);
  const { records, truth } = generatedRecords(count);
  process.stderr.write(`[compose-bench] composing\n`);
  console.log(JSON.stringify(benchCompose(records, truth)));
}
