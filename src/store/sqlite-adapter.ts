// keyv's sqlite adapter, on better-sqlite3: one connection, statements prepared once, a batch in one transaction.
// Why not @keyv/sqlite (on the sqlite3 package): every call there prepares its statement anew and hops to libuv's
// thread pool and back, about 85 CPU µs even for `SELECT 1` (measured here, 2 cores). Here a read of one key is
// 2–4 µs, so the reads an update, a delivered message or an ingest batch pays stop being the cost of the bot.
// The price: better-sqlite3 is synchronous, so a statement holds the event loop while it runs. Every statement
// here reads or writes keys by primary key, so each is short; the one wait that is not is another process's write
// transaction on the same file (busy_timeout, 5 s at most). On one machine the ingest writer is one process
// (sqlite-writer-lock.ts) and its transactions last milliseconds, so that wait is milliseconds too.
// The table is the one @keyv/sqlite made (key VARCHAR(255) PRIMARY KEY, value TEXT): files written by either read alike.
import { EventEmitter } from 'node:events';
import Database from 'better-sqlite3';
import type { KeyvStoreAdapter, StoredData } from 'keyv';

const TABLE = 'keyv';
/** Keys per getMany statement: one JSON array parameter, so any count fits; chunks keep each statement short. */
const KEYS_PER_READ = 10_000;
/** Rows per page of iterator(): an open cursor would hold the connection while the caller awaits other reads. */
const ITERATE_PAGE = 256;

type Row = { key: string; value: string };

export interface SqliteAdapterOptions {
  /** How long a statement waits for another connection's write lock before SQLITE_BUSY. */
  busyTimeoutMs?: number;
}

/** A keyv store adapter over the sqlite file at `path` (':memory:' for a private in-memory database). */
export function createSqliteAdapter(path: string, options: SqliteAdapterOptions = {}): SqliteAdapter {
  const db = new Database(path, { timeout: options.busyTimeoutMs ?? 5000 });
  try {
    // WAL + synchronous=NORMAL: every committed write survives a process crash, and writes don't fsync one by
    // one (a power loss may drop the last transactions, never corrupts).
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(`CREATE TABLE IF NOT EXISTS ${TABLE}(key VARCHAR(255) PRIMARY KEY, value TEXT)`);
    return new SqliteAdapter(db, path);
  } catch (error) {
    db.close();
    throw error;
  }
}

export class SqliteAdapter extends EventEmitter implements KeyvStoreAdapter {
  /** keyv reads `dialect` to know the adapter can iterate. */
  readonly opts: { dialect: 'sqlite'; url: string; table: string };
  namespace?: string;
  private readonly select: Database.Statement<[string], Row>;
  private readonly selectMany: Database.Statement<[string], Row>;
  private readonly upsert: Database.Statement<[string, string]>;
  private readonly remove: Database.Statement<[string]>;
  private readonly removeMany: Database.Statement<[string]>;
  private readonly page: Database.Statement<[string, string, number], Row>;
  private readonly writeAll: (entries: readonly { key: string; value: unknown }[]) => void;

  constructor(
    private readonly db: Database.Database,
    path: string,
  ) {
    super();
    this.opts = { dialect: 'sqlite', url: `sqlite://${path}`, table: TABLE };
    this.select = db.prepare(`SELECT key, value FROM ${TABLE} WHERE key = ?`);
    this.selectMany = db.prepare(`SELECT key, value FROM ${TABLE} WHERE key IN (SELECT value FROM json_each(?))`);
    this.upsert = db.prepare(`INSERT INTO ${TABLE} (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`);
    this.remove = db.prepare(`DELETE FROM ${TABLE} WHERE key = ?`);
    this.removeMany = db.prepare(`DELETE FROM ${TABLE} WHERE key IN (SELECT value FROM json_each(?))`);
    this.page = db.prepare(`SELECT key, value FROM ${TABLE} WHERE key LIKE ? ESCAPE '\\' AND key > ? ORDER BY key LIMIT ?`);
    // One transaction per batch: atomic (a crash never leaves half a batch of index writes), and one commit.
    this.writeAll = db.transaction((entries: readonly { key: string; value: unknown }[]) => {
      for (const e of entries) this.upsert.run(e.key, text(e.value));
    });
  }

  get<Value>(key: string): Promise<StoredData<Value> | undefined> {
    return settle(() => this.select.get(key)?.value as StoredData<Value> | undefined);
  }

  getMany<Value>(keys: string[]): Promise<Array<StoredData<Value | undefined>>> {
    return settle(() => {
      const byKey = new Map<string, string>();
      for (let i = 0; i < keys.length; i += KEYS_PER_READ) {
        for (const row of this.selectMany.all(JSON.stringify(keys.slice(i, i + KEYS_PER_READ)))) byKey.set(row.key, row.value);
      }
      return keys.map((key) => byKey.get(key) as StoredData<Value | undefined>);
    });
  }

  has(key: string): Promise<boolean> {
    return settle(() => this.select.get(key) !== undefined);
  }

  set(key: string, value: unknown): Promise<void> {
    return settle(() => void this.upsert.run(key, text(value)));
  }

  setMany(entries: { key: string; value: unknown }[]): Promise<void> {
    return settle(() => (entries.length > 0 ? this.writeAll(entries) : undefined));
  }

  delete(key: string): Promise<boolean> {
    return settle(() => this.remove.run(key).changes > 0);
  }

  deleteMany(keys: string[]): Promise<boolean> {
    return settle(() => {
      let changes = 0;
      for (let i = 0; i < keys.length; i += KEYS_PER_READ) changes += this.removeMany.run(JSON.stringify(keys.slice(i, i + KEYS_PER_READ))).changes;
      return changes > 0;
    });
  }

  clear(): Promise<void> {
    return settle(() => void this.db.prepare(`DELETE FROM ${TABLE} WHERE key LIKE ? ESCAPE '\\'`).run(`${likePrefix(this.namespace)}%`));
  }

  async *iterator<Value>(namespace?: string): AsyncGenerator<Array<string | Awaited<Value> | undefined>, void> {
    const pattern = `${likePrefix(namespace)}%`;
    let after = '';
    for (;;) {
      const rows = await settle(() => this.page.all(pattern, after, ITERATE_PAGE));
      for (const row of rows) yield [row.key, row.value];
      if (rows.length < ITERATE_PAGE) return;
      after = rows[rows.length - 1]!.key;
    }
  }

  /** Any statement (PRAGMAs, tests reading the table): a reader's rows, or [] for a writer. */
  query(sql: string, ...parameters: unknown[]): Promise<Record<string, unknown>[]> {
    return settle(() => {
      const statement = this.db.prepare(sql);
      return statement.reader ? (statement.all(...parameters) as Record<string, unknown>[]) : (statement.run(...parameters), []);
    });
  }

  disconnect(): Promise<void> {
    return settle(() => (this.db.open ? void this.db.close() : undefined));
  }
}

/** The synchronous driver's result or throw as a promise: callers of a store always get a rejection, never a throw. */
export function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** keyv hands values over serialised; anything else is stored as its JSON. */
const text = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** "ns:" with LIKE's wildcards escaped, or "" for every key. */
const likePrefix = (namespace: string | undefined): string => (namespace ? `${namespace.replace(/[\\%_]/g, (c) => `\\${c}`)}:` : '');
