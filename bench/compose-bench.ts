// Composing one digest over N stored articles: cold (no event index: every article placed, as after a restart),
// warm (the running index already holds them: the steady state, a digest looks its articles' events up), and an
// update (the index holds all but the newest `fresh`, which are placed). Records are built from the bench's
// generated articles through the real cleaner and tagger, as ingest stores them.
// Standalone: npx tsx bench/compose-bench.ts [N]   (COMPOSE_ARTICLES=10000; prints one JSON object)
import { performance } from 'node:perf_hooks';
import { composeBriefing, RECORD_INDEX_OPTIONS } from '../briefings/compose.js';
import { EventIndex } from '../briefings/event-index.js';
import { buildRecord } from '../src/articles/build-record.js';
import type { ArticleRecord } from '../src/articles/record.js';
import { createArticleGenerator } from './generate-articles.js';

export interface ComposeFigures {
  articles: number;
  events: number;
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

/** Generated records, numbered from `first`, stamped as ingested across one day. */
export function generatedRecords(count: number, first = 0): ArticleRecord[] {
  const generator = createArticleGenerator();
  const start = Date.UTC(2025, 8, 12);
  const out: ArticleRecord[] = [];
  for (let i = first; out.length < count; i++) {
    const { text } = generator.article(i);
    const built = buildRecord(text, { now: new Date(start + Math.floor((i - first) * (86_400_000 / count))), maxBytes: 2 * 1024 * 1024 });
    if (built.ok) out.push(built.record);
  }
  return out;
}

/** Times composeBriefing over `records` cold, warm and with `fresh` new articles. */
export function benchCompose(records: readonly ArticleRecord[], fresh = 200): ComposeFigures {
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
  return {
    articles: records.length,
    events: cold.value.events.length,
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
  const records = generatedRecords(count);
  process.stderr.write(`[compose-bench] composing\n`);
  console.log(JSON.stringify(benchCompose(records)));
}
