// Child of bench/cluster-bench.ts: one writer process. Ingests generated articles (pool cast, so writers share
// people) from each range FROM:COUNT in turn into STORE_URL under NAMESPACE through the real ingestor, then
// prints one JSON line: the outcome counts, the wall clock (Date.now, comparable across writers) and the CPU
// this process used while ingesting (a server's own CPU is not in it).
// Usage: tsx bench/cluster-ingest.ts STORE_URL NAMESPACE FROM:COUNT[,FROM:COUNT…]
import { openApp } from '../src/app.js';
import { systemClock } from '../src/clock.js';
import { parseConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { createArticleGenerator } from './generate-articles.js';

const BATCH = 256;
const [storeUrl, namespace, rangesArg = ''] = process.argv.slice(2);
const ranges = rangesArg.split(',').map((r) => r.split(':').map(Number) as [number, number]);
if (!storeUrl || !namespace || !ranges.every(([from, count]) => Number.isInteger(from) && Number.isInteger(count) && count > 0)) {
  process.stderr.write('usage: cluster-ingest.ts STORE_URL NAMESPACE FROM:COUNT[,FROM:COUNT…]\n');
  process.exit(2);
}
const app = await openApp(parseConfig({ STORE_URL: storeUrl, STORE_NAMESPACE: namespace }), { logger: silentLogger, clock: systemClock });
const generator = createArticleGenerator();
const encoder = new TextEncoder();
const counts = { stored: 0, duplicate: 0, failed: 0 };
const cpu = process.cpuUsage();
const startedAt = Date.now();
for (const [from, count] of ranges) {
  for (let next = from; next < from + count; ) {
    const inputs = [];
    for (const end = Math.min(from + count, next + BATCH); next < end; next++) {
      const { name, text } = generator.article(next);
      inputs.push({ name, bytes: encoder.encode(text) });
    }
    for (const r of await app.ingestor.ingest(inputs)) counts[r.status]++;
  }
}
const endedAt = Date.now();
const used = process.cpuUsage(cpu);
await app.close();
process.stdout.write(`${JSON.stringify({ inputs: ranges.reduce((n, [, count]) => n + count, 0), ...counts, startedAt, endedAt, cpuMs: (used.user + used.system) / 1000 })}\n`);
