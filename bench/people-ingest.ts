// Child of bench/people-bench.ts: ingests open-cast generated articles into a sqlite store through
// the real ingestor, printing one JSON line per batch on stdout ({ ingested, cpuMs, rssMb, ms }), so
// the parent can query /who from its own process while this one writes (two processes, one store).
// heapMb is V8's live heap after the batch: how much of the RSS is data kept, not allocator slack.
// Usage: tsx bench/people-ingest.ts STORE_FILE ARTICLES BATCH
import { performance } from 'node:perf_hooks';
import { openApp } from '../src/app.js';
import { systemClock } from '../src/clock.js';
import { parseConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { createArticleGenerator } from './generate-articles.js';

const [storeFile, articlesArg, batchArg] = process.argv.slice(2);
const articles = Number(articlesArg);
const batch = Number(batchArg);
if (!storeFile || !Number.isInteger(articles) || !Number.isInteger(batch) || batch < 1) {
  process.stderr.write('usage: people-ingest.ts STORE_FILE ARTICLES BATCH\n');
  process.exit(2);
}
const app = await openApp(parseConfig({ STORE_URL: `sqlite://${storeFile}` }), { logger: silentLogger, clock: systemClock });
const generator = createArticleGenerator({ cast: 'open' });
const encoder = new TextEncoder();
const started = performance.now();
let stored = 0;
for (let next = 0; next < articles; ) {
  const inputs = [];
  for (const end = Math.min(articles, next + batch); next < end; next++) {
    const { name, text } = generator.article(next);
    inputs.push({ name, bytes: encoder.encode(text) });
  }
  for (const r of await app.ingestor.ingest(inputs)) if (r.status === 'stored') stored++;
  const cpu = process.cpuUsage();
  const memory = process.memoryUsage();
  const line = { ingested: next, stored, cpuMs: (cpu.user + cpu.system) / 1000, rssMb: memory.rss / 1048576, heapMb: memory.heapUsed / 1048576, ms: performance.now() - started };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
await app.close();
