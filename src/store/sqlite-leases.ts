// Leases on a sqlite store: an open write transaction (BEGIN IMMEDIATE) on a small lock database beside the
// store, <db>.<name>.lock, as the writer lock does (sqlite-writer-lock.ts). sqlite's file locking makes it
// exclusive across the processes of one machine, and the OS drops it when its holder dies, so ttlMs is not
// needed. An attempt never waits: a busy lock database means someone else holds the lease.
// Each name keeps its connection open until close(), with BEGIN IMMEDIATE and COMMIT prepared on it: opening a
// connection per lease cost about 4 ms of CPU, which every shared-list write paid. Between leases the
// connection holds no lock at all, and a holder that dies still loses its lease with its file descriptors.
import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import sqlite3 from 'sqlite3';
import { z } from 'zod';
import { holderName, type Lease, type LeaseProvider } from './lease.port.js';

/** A connection to a lock database: begin() takes its write lock (false when another connection has it). */
export interface LockDatabase {
  begin(): Promise<boolean>;
  /** Ends the transaction; a failed COMMIT closes the connection, which ends it too. */
  commit(): Promise<void>;
  close(): Promise<void>;
}

const holderSchema = z.object({ holder: z.string() });

export function createSqliteLeases(dbPath: string): LeaseProvider {
  const me = holderName(hostname(), process.pid);
  const mine = JSON.stringify({ holder: me });
  const held = new Map<string, Lease>();
  // Names being acquired or held: a second attempt in this process must not run BEGIN on the same connection.
  const taken = new Set<string>();
  const connections = new Map<string, Promise<LockDatabase>>();
  const attempts = new Set<Promise<unknown>>();
  let closed = false;
  const files = (name: string) => {
    const safe = name.replace(/[^a-z0-9_-]+/gi, '-');
    return { lock: `${dbPath}.${safe}.lock`, holder: `${dbPath}.${safe}.json` };
  };

  const connection = (name: string): Promise<LockDatabase> => {
    let db = connections.get(name);
    if (!db) {
      db = openLockDatabase(files(name).lock);
      connections.set(name, db);
      db.catch(() => connections.delete(name));
    }
    return db;
  };
  const drop = async (name: string) => {
    const db = connections.get(name);
    connections.delete(name);
    await db?.then((open) => open.close()).catch(() => undefined);
  };

  const attempt = async (name: string): Promise<Lease | undefined> => {
    const db = await connection(name);
    let began: boolean;
    try {
      began = await db.begin();
    } catch (error) {
      await drop(name);
      throw error;
    }
    if (!began) return undefined;
    writeHolderOnce(files(name).holder, mine);
    let released = false;
    const lease: Lease = {
      name,
      held: () => !released,
      async release() {
        if (released) return;
        released = true;
        held.delete(name);
        await db.commit().catch(() => drop(name));
        taken.delete(name);
        // After close() each lease closes what it opened.
        if (closed && !taken.has(name)) await drop(name);
      },
    };
    held.set(name, lease);
    return lease;
  };

  return {
    async tryAcquire(name) {
      if (taken.has(name)) return undefined;
      taken.add(name);
      const pending = attempt(name);
      attempts.add(pending);
      try {
        const lease = await pending;
        if (!lease) taken.delete(name);
        return lease;
      } catch (error) {
        taken.delete(name);
        throw error;
      } finally {
        attempts.delete(pending);
      }
    },
    holder: (name) => Promise.resolve(readHolder(files(name).holder)),
    async close() {
      closed = true;
      await Promise.allSettled([...attempts]);
      await Promise.all([...held.values()].map((lease) => lease.release()));
      await Promise.all([...connections.keys()].map(drop));
    },
  };
}

/** Opens <path> for BEGIN IMMEDIATE / COMMIT, both prepared once. */
export async function openLockDatabase(path: string): Promise<LockDatabase> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened: sqlite3.Database = new sqlite3.Database(path, (error) => (error ? reject(error) : resolve(opened)));
  });
  const run = (sql: string) => new Promise<void>((resolve, reject) => db.run(sql, (error) => (error ? reject(error) : resolve())));
  const prepare = (sql: string) =>
    new Promise<sqlite3.Statement>((resolve, reject) => {
      const statement: sqlite3.Statement = db.prepare(sql, (error) => (error ? reject(error) : resolve(statement)));
    });
  const step = (statement: sqlite3.Statement) =>
    new Promise<void>((resolve, reject) => statement.run((error: Error | null) => (error ? reject(error) : resolve())));
  const statements: sqlite3.Statement[] = [];
  const close = async () => {
    await Promise.all(statements.splice(0).map((statement) => new Promise<void>((resolve) => statement.finalize(() => resolve()))));
    await new Promise<void>((resolve) => db.close(() => resolve()));
  };
  try {
    // A busy timeout only while opening (another process may be creating the file); begin() never waits.
    // The table older versions create on every open: made here once, they only ever read it.
    db.configure('busyTimeout', 2000);
    await run('CREATE TABLE IF NOT EXISTS keyv(key VARCHAR(255) PRIMARY KEY, value TEXT)');
    db.configure('busyTimeout', 0);
    const begin = await prepare('BEGIN IMMEDIATE');
    statements.push(begin);
    const commit = await prepare('COMMIT');
    statements.push(commit);
    return {
      begin: () =>
        step(begin).then(
          () => true,
          (error: unknown) => {
            if (isBusy(error)) return false;
            throw error;
          },
        ),
      commit: async () => {
        try {
          await step(commit);
        } catch (error) {
          await close();
          throw error;
        }
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

// The file names this process only while it holds the lease, and only another holder overwrites it: reading it
// back is cheaper than rewriting it on every lease, which kept the disk busy for nothing.
function writeHolderOnce(path: string, content: string): void {
  try {
    if (readFileSync(path, 'utf8') === content) return;
  } catch {
    // Not there yet: written below.
  }
  try {
    writeFileSync(path, content);
  } catch {
    // Only holder() reads it; the lease itself is the transaction.
  }
}

function readHolder(path: string): string | undefined {
  try {
    const parsed = holderSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data.holder : undefined;
  } catch {
    return undefined;
  }
}

export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}
