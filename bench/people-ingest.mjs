// Child of bench/people-bench.ts: ingests the articles bench/people-generate.ts pipes in on stdin ({name, text}
// lines) into a sqlite store through the compiled bot (dist/), the way `newsbrief start` runs it, printing one JSON
// line per batch on stdout ({ ingested, stored, cpuMs, rssMb, heapMb, ms }), so the parent can ask /who from its own
// process while this one writes (two processes, one store). heapMb is V8's live heap after the batch: how much
// of the RSS is data kept, not allocator slack.
// Usage: node bench/people-ingest.mjs STORE_FILE BATCH < lines
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { TextEncoder } from 'node:util';

const dist = new URL('../dist/src/', import.meta.url);
if (!existsSync(new URL('app.js', dist))) {
  process.stderr.write('dist/ is missing: run `npm run build` (npm ci does it) first.\n');
  process.exit(2);
}
const [storeFile, batchArg] = process.argv.slice(2);
const batch = Number(batchArg);
if (!storeFile || !Number.isInteger(batch) || batch < 1) {
  process.stderr.write('usage: people-ingest.mjs STORE_FILE BATCH < lines\n');
  process.exit(2);
}
const { openApp } = await import(new URL('app.js', dist).href);
const { parseConfig } = await import(new URL('config.js', dist).href);
const { silentLogger } = await import(new URL('logger.js', dist).href);
const { systemClock } = await import(new URL('clock.js', dist).href);

const app = await openApp(parseConfig({ STORE_URL: `sqlite://${storeFile}` }), { logger: silentLogger, clock: systemClock });
const encoder = new TextEncoder();
const started = performance.now();
let ingested = 0;
let stored = 0;
let inputs = [];
async function flush() {
  for (const r of await app.ingestor.ingest(inputs)) if (r.status === 'stored') stored++;
  ingested += inputs.length;
  inputs = [];
  const cpu = process.cpuUsage();
  const memory = process.memoryUsage();
  const line = { ingested, stored, cpuMs: (cpu.user + cpu.system) / 1000, rssMb: memory.rss / 1048576, heapMb: memory.heapUsed / 1048576, ms: performance.now() - started };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
for await (const line of createInterface({ input: process.stdin })) {
  const { name, text } = JSON.parse(line);
  inputs.push({ name, bytes: encoder.encode(text) });
  if (inputs.length >= batch) await flush();
}
if (inputs.length > 0) await flush();
await app.close();
