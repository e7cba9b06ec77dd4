// Writers on one store: dedupe is decided under the store's writer lock, so an article that two
// ingests bring at once is stored (and counted) exactly once; a writer that can't get the lock in
// time refuses with one line and writes nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createIngestor } from '../../src/articles/ingest.js';
import { fixedClock } from '../../src/clock.js';
import { createKeyvArticleStore } from '../../src/store/keyv-article-store.js';
import { createKeyvIngestJournal } from '../../src/store/keyv-ingest-journal.js';
import { createKeyvPeopleIndex } from '../../src/store/keyv-people-index.js';
import { openStore } from '../../src/store/open-store.js';
import { createSqliteWriterLock } from '../../src/store/sqlite-writer-lock.js';
import { StoreBusyError } from '../../src/store/writer-lock.port.js';
import { manyArticles } from '../support/many-articles.js';
import { createTestApp, input, TEST_NOW } from '../support/test-app.js';

const dirs: string[] = [];
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-writers-'));
  dirs.push(dir);
  return join(dir, 'store.sqlite');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const files = (from: number, count: number) => manyArticles(count, from).map((a) => input(a.name, a.text));
const statuses = (results: { status: string }[]) => results.map((r) => r.status);
const count = (results: { status: string }[], status: string) => results.filter((r) => r.status === status).length;

describe('ingest with more than one writer', () => {
  it('when one process ingests overlapping files twice at once then the overlap is stored once', async () => {
    const app = await createTestApp();
    const [a, b] = await Promise.all([app.ingestor.ingest(files(0, 40)), app.ingestor.ingest(files(20, 40))]);
    expect(count(a, 'stored') + count(b, 'stored')).toBe(60);
    expect(count(a, 'duplicate') + count(b, 'duplicate')).toBe(20);
    expect(await app.articles.count()).toBe(60);
    expect((await app.people.lookup('Lukashenko')).person?.articleCount).toBe(60);
    await app.close();
  });

  it('when two stores open the same sqlite file and ingest overlapping files at once then counts equal one clean run', async () => {
    const url = `sqlite://${tempDb()}`;
    const [first, second] = [await createTestApp({ storeUrl: url }), await createTestApp({ storeUrl: url })];
    // 300 each, 200 shared: each side has two batches, so they interleave batch by batch.
    const [a, b] = await Promise.all([first.ingestor.ingest(files(0, 300)), second.ingestor.ingest(files(100, 300))]);
    expect(count(a, 'stored') + count(b, 'stored')).toBe(400);
    expect(count(a, 'failed') + count(b, 'failed')).toBe(0);
    await Promise.all([first.close(), second.close()]);

    const reader = await createTestApp({ storeUrl: url });
    expect(await reader.articles.count()).toBe(400);
    expect(new Set(await reader.articles.idsIngestedSince(new Date(0))).size).toBe(400);
    expect((await reader.people.lookup('Lukashenko')).person?.articleCount).toBe(400);
    expect((await reader.people.lookup('Nauseda')).person?.articleCount).toBe(Math.ceil(400 / 3));
    await reader.close();
  });

  it('when another writer keeps the lock past the bound then ingest refuses in one line and stores nothing', async () => {
    const db = tempDb();
    const store = await openStore(`sqlite://${db}`);
    const ingestor = createIngestor({
      articles: createKeyvArticleStore(store.kv),
      people: createKeyvPeopleIndex(store.kv),
      journal: createKeyvIngestJournal(store.kv),
      lock: createSqliteWriterLock(db, { waitMs: 100, label: 'data/newsbrief.sqlite' }),
      clock: fixedClock(TEST_NOW),
      maxBytes: 1_000_000,
    });
    let release!: () => void;
    const other = createSqliteWriterLock(db);
    const held = new Promise<void>((resolve) => {
      void other.withLock(() => {
        resolve();
        return new Promise<void>((r) => (release = r));
      });
    });
    await held;
    const refused = await ingestor.ingest(files(0, 3)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StoreBusyError);
    expect((refused as Error).message).toMatch(/^another newsbrief process is writing to data\/newsbrief\.sqlite \(pid \d+\); try again later$/);
    expect(await createKeyvArticleStore(store.kv).count()).toBe(0);
    release();
    expect(statuses(await ingestor.ingest(files(0, 3)))).toEqual(['stored', 'stored', 'stored']);
    await Promise.all([other.close(), store.close()]);
  });
});
