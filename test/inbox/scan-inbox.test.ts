import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanInbox } from '../../src/inbox/scan-inbox.js';
import { silentLogger } from '../../src/logger.js';
import { createTestApp, TEST_NOW } from '../support/test-app.js';
import { followUpText, seedText } from '../support/articles.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function inboxWith(files: Record<string, string | Buffer>, ageMs = 60_000): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-inbox-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), content);
    const at = new Date(TEST_NOW.getTime() - ageMs);
    utimesSync(join(dir, name), at, at);
  }
  return dir;
}

describe('inbox scan', () => {
  it('should ingest new files, move them to done/, and move rejects to failed/ with the reason', async () => {
    const app = await createTestApp();
    const dir = inboxWith({ 'a.txt': seedText(), 'b.txt': followUpText, 'empty.txt': '', 'dup.txt': seedText().replace(/\n/g, '\r\n') });
    const report = await scanInbox(dir, { ingestor: app.ingestor, maxBytes: 1_000_000, now: TEST_NOW, logger: silentLogger });
    expect(report).toEqual({ stored: 2, duplicates: 1, failed: 1 });
    expect(readdirSync(join(dir, 'done')).sort()).toEqual(['a.txt', 'b.txt', 'dup.txt']);
    expect(readdirSync(join(dir, 'failed')).sort()).toEqual(['empty.txt', 'empty.txt.error.txt']);
    expect(readFileSync(join(dir, 'failed', 'empty.txt.error.txt'), 'utf8')).toMatch(/^empty: /);
    expect(await app.articles.count()).toBe(2);
    // A second scan finds nothing left to do.
    expect(await scanInbox(dir, { ingestor: app.ingestor, maxBytes: 1_000_000, now: TEST_NOW, logger: silentLogger })).toEqual({ stored: 0, duplicates: 0, failed: 0 });
  });

  it('should leave files that are still being written (*.part, or modified just now) for the next tick', async () => {
    const app = await createTestApp();
    const dir = inboxWith({ 'c.txt.part': seedText() });
    writeFileSync(join(dir, 'fresh.txt'), followUpText); // mtime = now (real clock) > TEST_NOW: not settled
    const report = await scanInbox(dir, { ingestor: app.ingestor, maxBytes: 1_000_000, now: TEST_NOW, logger: silentLogger });
    expect(report.stored).toBe(0);
    expect(existsSync(join(dir, 'c.txt.part'))).toBe(true);
    expect(existsSync(join(dir, 'fresh.txt'))).toBe(true);
  });

  it('when a done/ file of the same name exists then the new one is kept beside it', async () => {
    const app = await createTestApp();
    const dir = inboxWith({ 'a.txt': seedText() });
    await scanInbox(dir, { ingestor: app.ingestor, maxBytes: 1_000_000, now: TEST_NOW, logger: silentLogger });
    writeFileSync(join(dir, 'a.txt'), followUpText);
    utimesSync(join(dir, 'a.txt'), new Date(0), new Date(0));
    await scanInbox(dir, { ingestor: app.ingestor, maxBytes: 1_000_000, now: TEST_NOW, logger: silentLogger });
    expect(readdirSync(join(dir, 'done')).sort()).toEqual(['a-2.txt', 'a.txt']);
    expect(await app.articles.count()).toBe(2);
  });

  it('when a JSON file does not parse and another lacks its text then each .error.txt names its own code', async () => {
    const app = await createTestApp();
    const dir = inboxWith({ 'broken.json': '{"title": "x", "text": ', 'bodiless.json': '{"title": "A title", "summary": "no body"}' });
    const report = await scanInbox(dir, { ingestor: app.ingestor, maxBytes: 1_000_000, now: TEST_NOW, logger: silentLogger });
    expect(report.failed).toBe(2);
    expect(readFileSync(join(dir, 'failed', 'broken.json.error.txt'), 'utf8')).toMatch(/^bad_json: The input looks like JSON but does not parse/);
    expect(readFileSync(join(dir, 'failed', 'bodiless.json.error.txt'), 'utf8')).toMatch(/^bad_metadata: The JSON article is not usable/);
  });
});
