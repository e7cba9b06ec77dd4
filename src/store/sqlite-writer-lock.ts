// The writer lock of a sqlite store: an open write transaction (BEGIN IMMEDIATE) on a small lock
// database beside the store, <db>.writer.lock. sqlite's file locking makes it exclusive across
// processes, and the OS drops it when its holder dies (SIGKILL included), so there is never a
// stale lock to detect or break. The holder writes who it is to <db>.writer.json, which is read
// only to name it in the refusal message; a process that holds the lock batch after batch writes it
// once (a synchronous write blocked the thread for milliseconds), so `since` is the first of them.
import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { createProcessMutex } from './process-mutex.js';
import { isBusy, openLockDatabase, type LockDatabase } from './sqlite-leases.js';
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
  let connection: LockDatabase | undefined;

  // Taking the lock never blocks a thread: an attempt fails at once and is retried below.
  const open = async (): Promise<LockDatabase> => (connection ??= await openLockDatabase(lockPath));
  const drop = async () => {
    const db = connection;
    connection = undefined;
    await db?.close().catch(() => undefined);
  };

  const acquire = async (): Promise<LockDatabase> => {
    const deadline = Date.now() + waitMs;
    for (;;) {
      // Opening can find the file busy too, while another process creates it: that is a wait as well.
      const db = await open().catch((error: unknown) => {
        if (isBusy(error)) return undefined;
        throw error;
      });
      if (db && (await db.begin())) return db;
      if (Date.now() >= deadline) throw new StoreBusyError(label, holderOf(holderPath));
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
          // A failed COMMIT closes the connection, which ends the transaction: open a new one next time.
          await db.commit().catch(drop);
        }
      }),
    close: () => mutex.run(drop),
  };
}

function writeHolder(path: string): void {
  // Only a holder writes it, so while the lock is held a file naming this process was written by it.
  if (holderOf(path) === process.pid) return;
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
