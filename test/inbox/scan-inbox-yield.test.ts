// The inbox scan runs inside the bot: it must let the event loop run (updates, /healthz, timers)
// between files, and build a big file off the main thread.
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/articles/build-record.js';
import { scanInbox } from '../../src/inbox/scan-inbox.js';
import { silentLogger } from '../../src/logger.js';
import { followUpText } from '../support/articles.js';
import { createTestApp, TEST_NOW } from '../support/test-app.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function inboxWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-inbox-yield-'));
  dirs.push(dir);
  const at = new Date(TEST_NOW.getTime() - 60_000);
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), content);
    utimesSync(join(dir, name), at, at);
  }
  return dir;
}

const pending = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.txt')).length;

describe('inbox scan and the event loop', () => {
  it('when many files are scanned then a timer set at the start fires while files are still waiting', async () => {
    const files = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`f-${String(i).padStart(2, '0')}.txt`, `${followUpText}\n\nUpdate number ${i} came in.`]));
    const dir = inboxWith(files);
    const app = await createTestApp();
    const events: string[] = [];
    let waitingWhenTimerFired = -1;
    const scan = scanInbox(dir, { ingestor: app.ingestor, maxBytes: 1_000_000, now: TEST_NOW, logger: silentLogger }).then((r) => {
      events.push('scan done');
      return r;
    });
    setTimeout(() => {
      events.push('timer');
      waitingWhenTimerFired = pending(dir);
    }, 0);
    expect((await scan).stored).toBe(60);
    expect(events).toEqual(['timer', 'scan done']);
    expect(waitingWhenTimerFired).toBeGreaterThan(0);
  });

  it('when a big file is scanned then it is built off the main thread: the loop never stalls for half its build time', async () => {
    const para = 'The council met again on Monday and talked about the budget, the harbour and the schools for a long time, officials said. ';
    const big = `Council talks go on\n\n${Array.from({ length: 2000 }, (_, i) => `${para.repeat(4)}Item ${i}.`).join('\n\n')}`;
    // What building it on the main thread costs on this machine, now (the best of two runs).
    const mainThreadMs = Math.min(
      ...[1, 2].map(() => {
        const start = performance.now();
        expect(buildRecord(big, { now: TEST_NOW, maxBytes: 2_000_000 }).ok).toBe(true);
        return performance.now() - start;
      }),
    );
    const dir = inboxWith({ 'big.txt': big });
    const app = await createTestApp();
    // A first off-thread scan loads the worker's modules: under tsx that compiles them through the
    // loader, which blocks the main thread once (the compiled bot never pays it).
    await scanInbox(inboxWith({ 'warm.txt': big.slice(0, 40_000) }), { ingestor: app.ingestor, maxBytes: 2_000_000, now: TEST_NOW, logger: silentLogger });
    let worstGap = 0;
    let ticks = 0;
    let last = performance.now();
    const probe = setInterval(() => {
      const now = performance.now();
      worstGap = Math.max(worstGap, now - last);
      last = now;
      ticks++;
    }, 5);
    const report = await scanInbox(dir, { ingestor: app.ingestor, maxBytes: 2_000_000, now: TEST_NOW, logger: silentLogger });
    clearInterval(probe);
    expect(report.stored).toBe(1);
    expect(ticks).toBeGreaterThan(0);
    expect(worstGap).toBeLessThan(mainThreadMs / 2);
  });
});
