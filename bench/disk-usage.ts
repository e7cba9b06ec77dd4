// Disk per article of a sqlite store, and where the bytes go: the .sqlite file plus its -wal after a
// checkpoint (TRUNCATE), divided by the articles; the live bytes (key + value) per key family; and the
// pages sqlite holds but leaves empty (dbstat), which is what the page size decides.
// Alone: npx tsx bench/disk-usage.ts [--articles 20000] [--page-sizes 4096,8192,16384,32768] [--cast open] [--without-rowid]
// Each page size gets a fresh store, created at that size before the first table (as openStore creates one).
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import sqlite3 from 'sqlite3';
import { openApp } from '../src/app.js';
import { systemClock } from '../src/clock.js';
import { parseConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { createArticleGenerator } from './generate-articles.js';

export interface DiskFigures {
  articles: number;
  pageSize: number;
  /** .sqlite + -wal after a TRUNCATE checkpoint. */
  fileBytes: number;
  bytesPerArticle: number;
  /** Live key + value bytes per article, by key family (the part of the key after the namespace, up to its first ':'). */
  liveBytesPerArticle: Record<string, number>;
  liveTotalPerArticle: number;
  /** Share of the file's page bytes not holding data (dbstat: unused bytes in used pages, plus free pages). */
  unusedShare: number;
  /** Page bytes per article of each b-tree (dbstat): the table, and the index sqlite keeps on its key. */
  treeBytesPerArticle: Record<string, number>;
}

type Row = Record<string, number | string | null>;
const all = (db: sqlite3.Database, sql: string): Promise<Row[]> =>
  new Promise((resolve, reject) => db.all(sql, (error: Error | null, rows: Row[]) => (error ? reject(error) : resolve(rows))));
const close = (db: sqlite3.Database): Promise<void> => new Promise((resolve, reject) => db.close((e) => (e ? reject(e) : resolve())));
const size = (path: string) => (existsSync(path) ? statSync(path).size : 0);
const round = (n: number, places = 0) => Math.round(n * 10 ** places) / 10 ** places;

/** Disk per article of the (closed) store at dbPath holding `articles` articles. */
export async function diskPerArticle(dbPath: string, articles: number): Promise<DiskFigures> {
  const db = new sqlite3.Database(dbPath);
  try {
    await all(db, 'PRAGMA wal_checkpoint(TRUNCATE)');
    const fileBytes = size(dbPath) + size(`${dbPath}-wal`);
    const [page] = await all(db, 'PRAGMA page_size');
    const pageSize = Number(page?.page_size);
    const families = await all(
      db,
      `SELECT CASE WHEN rest LIKE 'people:%:%' THEN 'people:' || substr(substr(rest, 8), 1, instr(substr(rest, 8), ':') - 1)
                   WHEN instr(rest, ':') > 0 THEN substr(rest, 1, instr(rest, ':') - 1) ELSE rest END AS family,
              sum(length(CAST(key AS BLOB)) + length(CAST(value AS BLOB))) AS bytes
       FROM (SELECT key, value, substr(key, instr(key, ':') + 1) AS rest FROM keyv) GROUP BY family ORDER BY bytes DESC`,
    );
    const liveBytesPerArticle = Object.fromEntries(families.map((f) => [String(f.family), round(Number(f.bytes) / articles)]));
    const [stat] = await all(db, `SELECT sum(unused) AS unused, count(*) AS pages FROM dbstat`);
    const trees = await all(db, `SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC`);
    const treeBytesPerArticle = Object.fromEntries(trees.map((t) => [String(t.name), round(Number(t.bytes) / articles)]));
    const [free] = await all(db, 'PRAGMA freelist_count');
    const pageBytes = (Number(stat?.pages) + Number(free?.freelist_count)) * pageSize;
    const unusedBytes = Number(stat?.unused) + Number(free?.freelist_count) * pageSize;
    return {
      articles,
      pageSize,
      fileBytes,
      bytesPerArticle: round(fileBytes / articles),
      liveBytesPerArticle,
      liveTotalPerArticle: round(Object.values(liveBytesPerArticle).reduce((a, b) => a + b, 0)),
      unusedShare: round(unusedBytes / pageBytes, 3),
      treeBytesPerArticle,
    };
  } finally {
    await close(db);
  }
}

/** An empty database file whose pages are `pageSize` bytes: the size is fixed once the first table exists. */
async function createAtPageSize(dbPath: string, pageSize: number, withoutRowid: boolean): Promise<void> {
  const db = new sqlite3.Database(dbPath);
  await all(db, `PRAGMA page_size=${pageSize}`);
  // keyv's own table (@keyv/sqlite creates it if missing), here optionally clustered on its key.
  await all(db, `CREATE TABLE keyv(key VARCHAR(255) PRIMARY KEY, value TEXT)${withoutRowid ? ' WITHOUT ROWID' : ''}`);
  await close(db);
}

/** Ingests `articles` generated articles through the real ingestor into a fresh store at each page size. */
export async function measurePageSizes(options: { articles: number; pageSizes: readonly number[]; cast?: 'pool' | 'open'; withoutRowid?: boolean }) {
  const results: (DiskFigures & { ingestSeconds: number; ingestCpuSeconds: number })[] = [];
  const generator = createArticleGenerator({ cast: options.cast ?? 'pool' });
  for (const pageSize of options.pageSizes) {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-disk-'));
    const dbPath = join(dir, 'disk.sqlite');
    try {
      if (pageSize > 0) await createAtPageSize(dbPath, pageSize, options.withoutRowid === true);
      const app = await openApp(parseConfig({ STORE_URL: `sqlite://${dbPath}` }), { logger: silentLogger, clock: systemClock });
      const [wall, cpu] = [performance.now(), process.cpuUsage()];
      let stored = 0;
      for (let next = 0; next < options.articles; ) {
        const inputs = [];
        for (const end = Math.min(options.articles, next + 256); next < end; next++) {
          const { name, text } = generator.article(next);
          inputs.push({ name, bytes: new TextEncoder().encode(text) });
        }
        for (const r of await app.ingestor.ingest(inputs)) if (r.status === 'stored') stored++;
      }
      const used = process.cpuUsage(cpu);
      const ingestSeconds = round((performance.now() - wall) / 1000, 1);
      await app.close();
      const figures = await diskPerArticle(dbPath, stored);
      results.push({ ...figures, ingestSeconds, ingestCpuSeconds: round((used.user + used.system) / 1e6, 1) });
      process.stderr.write(`[disk] ${JSON.stringify(results.at(-1))}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const articles = Number(arg('articles') ?? 20_000);
  // 0: whatever page size openStore picks for a new file.
  const pageSizes = (arg('page-sizes') ?? '4096,8192,16384,32768').split(',').map(Number);
  const withoutRowid = process.argv.includes('--without-rowid');
  const results = await measurePageSizes({ articles, pageSizes, cast: arg('cast') === 'open' ? 'open' : 'pool', withoutRowid });
  process.stdout.write(`${JSON.stringify(results, null, 1)}\n`);
}
