// Bad entries in the inbox (dangling symlink, symlink loop, FIFO) are moved to failed/ once with
// their reason; the good files beside them are ingested, and later scans are quiet.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { scanInbox } from '../../src/inbox/scan-inbox.js';
import { followUpText, seedText } from '../support/articles.js';
import { createTestApp } from '../support/test-app.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}

describe('inbox scan with bad entries', () => {
  it('when the inbox holds a dangling symlink, a symlink loop and a FIFO then they go to failed/ once and the articles are ingested', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-inbox-bad-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'a.txt'), seedText());
    writeFileSync(join(dir, 'z.txt'), followUpText);
    symlinkSync(join(dir, 'missing.txt'), join(dir, 'b-dangling.txt'));
    symlinkSync(join(dir, 'c-loop'), join(dir, 'c-loop'));
    execFileSync('mkfifo', [join(dir, 'd-pipe.txt')]);
    const old = new Date(Date.now() - 60_000);
    for (const name of ['a.txt', 'z.txt', 'd-pipe.txt']) utimesSync(join(dir, name), old, old);
    // Scans happen "later" than the entries' mtimes, so all of them are settled.
    const now = new Date(Date.now() + 60_000);
    const app = await createTestApp({ now });
    const { logger, lines } = capturingLogger();
    const scan = () => scanInbox(dir, { ingestor: app.ingestor, maxBytes: 1_000_000, now, logger });

    expect(await scan()).toEqual({ stored: 2, duplicates: 0, failed: 3 });
    expect(readdirSync(join(dir, 'done')).sort()).toEqual(['a.txt', 'z.txt']);
    const failed = readdirSync(join(dir, 'failed')).sort();
    expect(failed).toEqual(['b-dangling.txt', 'b-dangling.txt.error.txt', 'c-loop', 'c-loop.error.txt', 'd-pipe.txt', 'd-pipe.txt.error.txt']);
    // The link itself was moved, not its (missing) target; the FIFO is still a FIFO.
    expect(lstatSync(join(dir, 'failed', 'b-dangling.txt')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, 'failed', 'd-pipe.txt')).isFIFO()).toBe(true);
    expect(readFileSync(join(dir, 'failed', 'b-dangling.txt.error.txt'), 'utf8')).toMatch(/^bad_link: a dangling symlink/);
    expect(readFileSync(join(dir, 'failed', 'c-loop.error.txt'), 'utf8')).toMatch(/^bad_link: a symlink loop/);
    expect(readFileSync(join(dir, 'failed', 'd-pipe.txt.error.txt'), 'utf8')).toMatch(/^not_regular: a FIFO/);
    expect(await app.articles.count()).toBe(2);
    const rejected = lines.filter((l) => l.msg === 'inbox file rejected');
    expect(rejected.map((l) => l.file).sort()).toEqual(['b-dangling.txt', 'c-loop', 'd-pipe.txt']);

    // Nothing is retried: the next scans find nothing and say nothing about those entries.
    lines.length = 0;
    expect(await scan()).toEqual({ stored: 0, duplicates: 0, failed: 0 });
    expect(await scan()).toEqual({ stored: 0, duplicates: 0, failed: 0 });
    expect(lines.filter((l) => (l.level as number) >= 40)).toEqual([]);
    expect(existsSync(join(dir, 'b-dangling.txt'))).toBe(false);
  });

  it('when a symlink was just made then it is left for a later scan, like a file still being written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-inbox-bad-'));
    dirs.push(dir);
    symlinkSync(join(dir, 'not-yet.txt'), join(dir, 'fresh-link.txt'));
    const app = await createTestApp();
    const { logger } = capturingLogger();
    const report = await scanInbox(dir, { ingestor: app.ingestor, maxBytes: 1_000_000, now: new Date(Date.now() - 1000), logger });
    expect(report.failed).toBe(0);
    expect(lstatSync(join(dir, 'fresh-link.txt')).isSymbolicLink()).toBe(true);
  });
});
