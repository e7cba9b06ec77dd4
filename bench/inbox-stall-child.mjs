// Child of bench/inbox-stall.ts: scans one inbox with the compiled bot (dist/) while a 1 ms
// interval probe records the longest time the event loop was blocked. Prints {cold, worst, seconds, stored}.
// A warm-up scan comes first (its stall is the cold, once-per-process figure).
// Usage: node bench/inbox-stall-child.mjs WARM_INBOX INBOX STORE_FILE [OFF_THREAD_BYTES]
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const dist = new URL('../dist/src/', import.meta.url);
if (!existsSync(new URL('app.js', dist))) {
  process.stderr.write('dist/ is missing: run `npm run build` (npm ci does it) first.\n');
  process.exit(2);
}
const [warmInbox, inbox, storeFile, offThread] = process.argv.slice(2);
const { openApp } = await import(new URL('app.js', dist).href);
const { parseConfig } = await import(new URL('config.js', dist).href);
const { scanInbox } = await import(new URL('inbox/scan-inbox.js', dist).href);
const { silentLogger } = await import(new URL('logger.js', dist).href);

const app = await openApp(parseConfig({ STORE_URL: `sqlite://${storeFile}` }), { logger: silentLogger });
/** Scans one inbox while a 1 ms interval probe records the event loop's longest block. */
async function measuredScan(dir) {
  let worst = 0;
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 1);
  const start = performance.now();
  const report = await scanInbox(dir, {
    ingestor: app.ingestor,
    maxBytes: app.config.MAX_ARTICLE_BYTES,
    now: new Date(),
    logger: silentLogger,
    ...(offThread ? { offThreadBytes: Number(offThread) } : {}),
  });
  clearInterval(probe);
  return { worst: Math.round(worst), seconds: Math.round(((performance.now() - start) / 1000) * 100) / 100, stored: report.stored };
}
const cold = await measuredScan(warmInbox);
const measured = await measuredScan(inbox);
await app.close();
process.stdout.write(JSON.stringify({ cold: cold.worst, ...measured }));
