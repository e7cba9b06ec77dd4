// The sqlite file's physical layout: its page size and keyv's table. A new file is created here before
// the store's adapter opens it (its first CREATE TABLE would fix the page at sqlite's 4 KB default); an existing file
// is rebuilt to this layout only by `newsbrief migrate` (compactSqliteFile), which needs the file to itself.
//
// Pages of 16 KB: a packed article record is ~1.5 KB and its wire entry 0.8 KB, and with 4 KB pages a fifth to a
// third of every page stayed empty (a record, then no room for the next). Past 16 KB the gain is under 1%, while
// each read of one key (/who, /latest) reads a page twice the size. Bytes on disk per article, 20k generated
// articles through the ingestor (npx tsx bench/disk-usage.ts; unused share of the pages in brackets):
//   records whole (v2):     4 KB 6,174 (31%) · 8 KB 5,001 (15%) · 16 KB 4,678 (10%) · 32 KB 4,566 (7%)
//   records packed (v3):    4 KB 4,126 (22%) · 8 KB 3,674 (12%) · 16 KB 3,526 (9%)  · 32 KB 3,505 (8%)
//   packed, WITHOUT ROWID:  4 KB 6,919 (56%) · 8 KB 4,486 (32%) · 16 KB 4,234 (28%) · 32 KB 3,585 (15%)
//   packed, wire tuples:    16 KB 3,477 at 20k articles, 3,039 at 100k (the people index's share shrinks)
// So keyv's rowid table stays: clustering on the key drops the key index (180 B per article) but splits pages
// half-empty under random keys, and spills records over 1/4 of a page to overflow pages.
// The table is keyv's own (key VARCHAR(255) PRIMARY KEY, value TEXT), as @keyv/sqlite made it, which earlier versions used.
import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { settle } from './sqlite-adapter.js';

export const SQLITE_PAGE_SIZE = 16_384;
const TABLE = 'keyv';
const createTable = (name: string) => `CREATE TABLE IF NOT EXISTS ${name}(key VARCHAR(255) PRIMARY KEY, value TEXT)`;

type Row = Record<string, unknown>;
interface Connection {
  all(sql: string): Promise<Row[]>;
  close(): Promise<void>;
}

/** The same sqlite library as the store's adapter (sqlite-adapter.ts): two copies of sqlite in one process don't
 * see each other's locks on a file, so the "another connection has it open" check below would pass wrongly. */
function connect(path: string): Promise<Connection> {
  return settle(() => {
    const db = new Database(path, { timeout: 5000 });
    return {
      all: (sql) =>
        settle(() => {
          const statement = db.prepare(sql);
          return statement.reader ? (statement.all() as Row[]) : (statement.run(), []);
        }),
      close: () => settle(() => void db.close()),
    };
  });
}

/** Creates the file at `path` with this layout's page size and table, unless a database is there already. */
export async function createSqliteFile(path: string): Promise<void> {
  if (path === ':memory:' || (existsSync(path) && statSync(path).size > 0)) return;
  const db = await connect(path);
  try {
    // The page size holds from the first table on (a no-op if another process created the file meanwhile).
    await db.all(`PRAGMA page_size=${SQLITE_PAGE_SIZE}`);
    await db.all(createTable(TABLE));
  } finally {
    await db.close();
  }
}

export interface SqliteLayout {
  pageSize: number;
  fileBytes: number;
}

export class SqliteInUseError extends Error {
  readonly code = 'STORE_IN_USE';
  constructor(path: string) {
    super(`Another process has ${path} open: stop every newsbrief process using this store, then run \`newsbrief migrate\` again.`);
    this.name = 'SqliteInUseError';
  }
}

/**
 * Rewrites the whole file at SQLITE_PAGE_SIZE (VACUUM, which leaves out every unused page too). The page size of a
 * WAL file can't change, so the file goes to a rollback journal for the VACUUM and back to WAL after: a crash
 * mid-way leaves the old file, restored from that journal on the next open. Needs the file to itself
 * (SqliteInUseError otherwise) and free disk of about its size. Safe to re-run.
 */
export async function compactSqliteFile(path: string): Promise<{ before: SqliteLayout; after: SqliteLayout }> {
  const db = await connect(path);
  try {
    const layout = async (): Promise<SqliteLayout> => ({ pageSize: Number((await db.all('PRAGMA page_size'))[0]?.page_size), fileBytes: fileBytes(path) });
    await db.all('PRAGMA wal_checkpoint(TRUNCATE)');
    const before = await layout();
    const mode = await db.all('PRAGMA journal_mode=DELETE').catch(() => [{ journal_mode: 'busy' }]);
    if (mode[0]?.journal_mode !== 'delete') throw new SqliteInUseError(path);
    try {
      await db.all(`PRAGMA page_size=${SQLITE_PAGE_SIZE}`);
      await db.all('VACUUM');
    } finally {
      await db.all('PRAGMA journal_mode=WAL');
    }
    const after = await layout();
    // Another process switched the file back to WAL between our switch and the VACUUM: nothing is lost, the
    // page size just didn't change.
    if (after.pageSize !== SQLITE_PAGE_SIZE) throw new SqliteInUseError(path);
    return { before, after };
  } finally {
    await db.close();
  }
}

const fileBytes = (path: string) => [path, `${path}-wal`].reduce((sum, p) => sum + (existsSync(p) ? statSync(p).size : 0), 0);
