// The store's layout marker and `newsbrief migrate`: a store the release before wrote (test/fixtures/store-v2.sqlite,
// made with that release's `newsbrief ingest samples/`; store-v2.records.jsonl is its `latest --json`) opens and
// reads exactly as it did; migrate packs it and rewrites the sqlite file; a newer or unreadable layout is refused.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createArticleGenerator } from '../../bench/generate-articles.js';
import { buildRecord } from '../../src/articles/build-record.js';
import type { ArticleRecord } from '../../src/articles/record.js';
import { createKeyvArticleStore } from '../../src/store/keyv-article-store.js';
import { createKeyvPeopleIndex } from '../../src/store/keyv-people-index.js';
import { migrateStore, packArticleRecords } from '../../src/store/migrate-store.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { ensureLayout, LAYOUT_KEY, StoreLayoutError } from '../../src/store/store-layout.js';
import { SQLITE_PAGE_SIZE, SqliteInUseError } from '../../src/store/store-layout-sqlite.js';
import { testBackends } from '../support/backends.js';
import { startCli } from '../support/cli-process.js';
import { crashingKeyv, InjectedCrash } from '../support/crashing-keyv.js';
import { runCliCaptured } from '../support/run-cli-captured.js';
import { TEST_NOW } from '../support/test-app.js';

const FIXTURE = join('test', 'fixtures', 'store-v2.sqlite');
const printed = readFileSync(join('test', 'fixtures', 'store-v2.records.jsonl'), 'utf8').trim().split('\n');

const dirs: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-layout-'));
  dirs.push(dir);
  return dir;
};
/** A copy of the fixture (opening it stamps it, so never the fixture itself). */
const oldStoreFile = () => {
  const path = join(scratch(), 'store.sqlite');
  copyFileSync(FIXTURE, path);
  return path;
};

/** The raw rows of a sqlite store, read beside keyv. */
async function sqliteRows(path: string, sql: string): Promise<Record<string, unknown>[]> {
  const db = new sqlite3.Database(path);
  try {
    return await new Promise((resolve, reject) => db.all(sql, (e: Error | null, rows: Record<string, unknown>[]) => (e ? reject(e) : resolve(rows))));
  } finally {
    await new Promise((resolve) => db.close(resolve));
  }
}
// keyv holds each value as { value } (plus expires, unused here).
const envelopeVersions = async (path: string) =>
  (await sqliteRows(path, "SELECT value FROM keyv WHERE key LIKE 'nb:article:%'")).map((r) => (JSON.parse(String(r.value)) as { value: { v: number } }).value.v);
const pageSize = async (path: string) => Number((await sqliteRows(path, 'PRAGMA page_size'))[0]?.page_size);

const latestJson = async (store: Store) => (await createKeyvArticleStore(store.kv).latest(20)).map((r) => JSON.stringify(r));

describe('a store of the layout before markers', () => {
  it('when the release before wrote it then it opens, reads as that release printed it, and is stamped layout 3', async () => {
    const path = oldStoreFile();
    expect(await envelopeVersions(path)).toEqual(Array(7).fill(2));
    const store = await openStore(`sqlite://${path}`);
    expect(store.layoutFound).toBe(1);
    expect(await latestJson(store)).toEqual(printed);
    expect((await createKeyvPeopleIndex(store.kv).lookup('Lukashenko')).person?.name).toBe('Alexander Lukashenko');
    expect(await store.kv.get(LAYOUT_KEY)).toEqual({ version: 3 });
    await store.close();
  });

  it('when newsbrief migrate runs on it then its records are packed and its pages 16 KB, it reads the same, and a re-run changes nothing', async () => {
    const path = oldStoreFile();
    expect(await pageSize(path)).toBe(4096);
    vi.stubEnv('STORE_URL', `sqlite://${path}`);
    const first = await runCliCaptured('migrate');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('store layout 1 → 3');
    expect(first.stdout).toContain('article records: 7 packed, 0 already packed');
    expect(first.stdout).toMatch(/in 4096-byte pages → .* in 16384-byte pages/);
    expect(await envelopeVersions(path)).toEqual(Array(7).fill(3));
    expect(await pageSize(path)).toBe(SQLITE_PAGE_SIZE);
    expect((await sqliteRows(path, 'PRAGMA journal_mode'))[0]?.journal_mode).toBe('wal');

    const again = await runCliCaptured('migrate', '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ layoutFound: 3, records: { packed: 0, current: 7, skipped: 0 } });
    const latest = await runCliCaptured('latest', '--limit', '20', '--json');
    expect(latest.stdout.trim().split('\n')).toEqual(printed);
  });
});

describe('layouts this code does not read', () => {
  for (const backend of testBackends()) {
    it(`when the store on ${backend.name} says a newer layout then opening it is refused with one line, and it is left as it is`, async () => {
      const store = await backend.open();
      try {
        await store.kv.set(LAYOUT_KEY, { version: 4 });
        const error: unknown = await backend.open().then(() => undefined, (e: unknown) => e);
        expect(error).toBeInstanceOf(StoreLayoutError);
        expect((error as StoreLayoutError).message).toMatch(/written by a newer newsbrief \(store layout 4; this one reads up to 3\): upgrade newsbrief/);
        expect((error as StoreLayoutError).message).not.toContain('\n');
        expect(await store.kv.get(LAYOUT_KEY)).toEqual({ version: 4 });
        // An unreadable marker is refused too, never taken for an old store.
        await store.kv.set(LAYOUT_KEY, 'two');
        await expect(backend.open()).rejects.toThrow(/has an unreadable layout marker \(meta:layout\); it was not opened/);
      } finally {
        // Back to this layout, so the cleanup (which opens the store) can run.
        await store.kv.set(LAYOUT_KEY, { version: 3 });
        await store.close();
        await backend.cleanup();
      }
    });
  }

  it('when the CLI opens a store of a newer layout then it exits 1 with that line and writes nothing', async () => {
    const dir = scratch();
    const path = join(dir, 'store.sqlite');
    const store = await openStore(`sqlite://${path}`);
    await store.kv.set(LAYOUT_KEY, { version: 7 });
    await store.close();
    const cli = startCli(['latest'], { STORE_URL: `sqlite://${path}` }, dir);
    expect(await cli.exited).toEqual({ code: 1, signal: null });
    expect(cli.stderr).toEqual([`newsbrief: The store at ${path} was written by a newer newsbrief (store layout 7; this one reads up to 3): upgrade newsbrief to open it.`]);
    vi.stubEnv('STORE_URL', `sqlite://${path}`);
    await expect(runCliCaptured('migrate')).rejects.toThrow(/newer newsbrief/);
    expect((await sqliteRows(path, `SELECT value FROM keyv WHERE key = 'nb:${LAYOUT_KEY}'`))[0]?.value).toBe('{"value":{"version":7}}');
  });

  it('when a layout is older than this code opens as it is then the refusal names newsbrief migrate, and no marker is written', async () => {
    const store = await openStore('memory://');
    await store.kv.delete(LAYOUT_KEY);
    await expect(ensureLayout(store.kv, 'data/x.sqlite', { current: 3, openedFrom: 2 })).rejects.toThrow(
      'The store at data/x.sqlite has the old store layout 1: run `newsbrief migrate` to convert it (back it up first).',
    );
    expect(await store.kv.get(LAYOUT_KEY)).toBeUndefined();
    await store.close();
  });
});

describe('new sqlite stores', () => {
  it('when a sqlite store is created then its pages are 16 KB, it is in WAL mode and it is marked layout 3', async () => {
    const path = join(scratch(), 'sub', 'new.sqlite');
    const store = await openStore(`sqlite://${path}`);
    expect(store.layoutFound).toBe(1);
    await createKeyvArticleStore(store.kv).putMany([built(0)]);
    await store.close();
    expect(await pageSize(path)).toBe(SQLITE_PAGE_SIZE);
    expect((await sqliteRows(path, 'PRAGMA journal_mode'))[0]?.journal_mode).toBe('wal');
    const reopened = await openStore(`sqlite://${path}`);
    expect(reopened.layoutFound).toBe(3);
    await reopened.close();
  });
});

const generator = createArticleGenerator({ seed: 7 });
function built(i: number): ArticleRecord {
  const out = buildRecord(generator.article(i).text, { now: TEST_NOW, maxBytes: 1_000_000 });
  if (!out.ok) throw new Error(out.error.message);
  return out.record;
}

/** A store as the release before left it: records published as ingest does, then held whole (v2), and no marker. */
async function asReleaseBefore(store: Store, records: readonly ArticleRecord[]): Promise<void> {
  await createKeyvArticleStore(store.kv).putMany(records);
  await store.kv.setMany(records.map((r) => ({ key: `article:${r.id}`, value: { v: 2, value: r } })));
  await store.kv.delete(LAYOUT_KEY);
}

describe('migrate', () => {
  const records = Array.from({ length: 1100 }, (_, i) => built(i));

  it('when migrate is interrupted mid-way through the records then the store reads the same, and a re-run finishes', async () => {
    const store = await openStore('memory://');
    await asReleaseBefore(store, records);
    const before = await createKeyvArticleStore(store.kv).getMany(records.map((r) => r.id));
    // The second write (the second batch of 500) fails as if the process had died there.
    const crashing = crashingKeyv(store.kv, 2);
    await expect(packArticleRecords({ kv: crashing.kv, writerLock: store.writerLock })).rejects.toBeInstanceOf(InjectedCrash);
    const versions = await Promise.all(records.map(async (r) => ((await store.kv.get(`article:${r.id}`)) as { v: number }).v));
    expect(versions.filter((v) => v === 3)).toHaveLength(500);
    expect(await createKeyvArticleStore(store.kv).getMany(records.map((r) => r.id))).toEqual(before);
    expect(await packArticleRecords(store)).toEqual({ packed: 600, current: 500, skipped: 0 });
    expect(await createKeyvArticleStore(store.kv).getMany(records.map((r) => r.id))).toEqual(before);
    await store.close();
  });

  it('when another process has the sqlite file open then migrate packs the records but refuses to rewrite the file, naming what to do', async () => {
    const url = `sqlite://${join(scratch(), 'busy.sqlite')}`;
    const other = await openStore(url);
    await asReleaseBefore(other, records.slice(0, 20));
    const error: unknown = await migrateStore(url, (u) => openStore(u)).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(SqliteInUseError);
    expect((error as Error).message).toMatch(/Another process has .*busy\.sqlite open: stop every newsbrief process using this store, then run `newsbrief migrate` again\./);
    expect(await createKeyvArticleStore(other.kv).getMany(records.slice(0, 20).map((r) => r.id))).toEqual(records.slice(0, 20));
    await other.close();
    const done = await migrateStore(url, (u) => openStore(u));
    expect(done).toMatchObject({ layoutFound: 3, records: { packed: 0, current: 20 }, file: { after: { pageSize: SQLITE_PAGE_SIZE } } });
  });

  for (const backend of testBackends()) {
    it(`when migrate runs on ${backend.name} then the records are packed, the marker written, and every record reads the same`, async () => {
      try {
        const store = await backend.open();
        await asReleaseBefore(store, records.slice(0, 30));
        await store.close();
        const figures = await migrateStore(backend.url, () => backend.open());
        expect(figures.layoutFound).toBe(1);
        expect(figures.records).toEqual({ packed: 30, current: 0, skipped: 0 });
        expect(figures.file !== undefined).toBe(backend.name === 'sqlite');
        const after = await backend.open();
        expect(after.layoutFound).toBe(3);
        expect(await after.kv.get(`article:${records[0]!.id}`)).toMatchObject({ v: 3 });
        expect(await createKeyvArticleStore(after.kv).getMany(records.slice(0, 30).map((r) => r.id))).toEqual(records.slice(0, 30));
        await after.close();
      } finally {
        await backend.cleanup();
      }
    });
  }
});
