// The writer lock of a sqlite store: an open write transaction (BEGIN IMMEDIATE) on a small lock
// database beside the store, <db>.writer.lock. sqlite's file locking makes it exclusive across
// processes, and the OS drops it when its holder dies (SIGKILL included), so there is never a
// stale lock to detect or break. The holder writes who it is to <db>.writer.json, which is read
// only to name it in the refusal message.
import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import KeyvSqlite from '@keyv/sqlite';
import { z } from 'zod';
import { createProcessMutex } from './process-mutex.js';
import { StoreBusyError, type WriterLock } from './writer-lock.port.js';

export interface SqliteWriterLockOptions {
  /** How long to wait for another process's batch before refusing (default 30 s). */
  waitMs?: number;
  /** The pause between attempts while another process holds the lock. */
  pollMs?: number;
  /** How the store is named in the refusal message (default: the path). */
  label?: string;
}

const holderSchema = z.object({ pid: z.number().int(), host: z.string() });

export function createSqliteWriterLock(dbPath: string, options: SqliteWriterLockOptions = {}): WriterLock {
  const { waitMs = 30_000, pollMs = 25, label = dbPath } = options;
  const lockPath = `${dbPath}.writer.lock`;
  const holderPath = `${dbPath}.writer.json`;
  const mutex = createProcessMutex();
  let connection: KeyvSqlite | undefined;

  const open = async (): Promise<KeyvSqlite> => {
    if (connection) return connection;
    // A busy timeout only while opening (another process may be creating the file). Taking the
    // lock itself never blocks a thread: an attempt fails at once and is retried below.
    const adapter = new KeyvSqlite({ uri: `sqlite://${lockPath}`, busyTimeout: 2000 });
    adapter.on('error', () => undefined);
    try {
      await adapter.query('PRAGMA busy_timeout = 0');
    } catch (error) {
      await adapter.disconnect().catch(() => undefined);
      throw error;
    }
    return (connection = adapter);
  };
  const drop = async () => {
    const adapter = connection;
    connection = undefined;
    await adapter?.disconnect().catch(() => undefined);
  };

  const acquire = async (): Promise<KeyvSqlite> => {
    const deadline = Date.now() + waitMs;
    for (;;) {
      try {
        const db = await open();
        await db.query('BEGIN IMMEDIATE');
        return db;
      } catch (error) {
        if (!isBusy(error)) throw error;
        if (Date.now() >= deadline) throw new StoreBusyError(label, holderOf(holderPath), { cause: error });
      }
      await sleep(pollMs);
    }
  };

  return {
    withLock: (work) =>
      mutex.run(async () => {
        const db = await acquire();
        writeHolder(holderPath);
        try {
          return await work();
        } finally {
          // A failed COMMIT could leave the transaction open: closing the connection ends it.
          await db.query('COMMIT').catch(drop);
        }
      }),
    close: () => mutex.run(drop),
  };
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

function writeHolder(path: string): void {
  try {
    writeFileSync(path, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
  } catch {
    // Only the refusal message reads it; the lock itself is the transaction.
  }
}

function holderOf(path: string): number | undefined {
  try {
    const parsed = holderSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success && parsed.data.host === hostname() ? parsed.data.pid : undefined;
  } catch {
    return undefined;
  }
}
