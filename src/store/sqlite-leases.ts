// Leases on a sqlite store: an open write transaction (BEGIN IMMEDIATE) on a small lock database beside the
// store, <db>.<name>.lock, as the writer lock does (sqlite-writer-lock.ts). sqlite's file locking makes it
// exclusive across the processes of one machine, and the OS drops it when its holder dies, so ttlMs is not
// needed. An attempt never waits: a busy lock database means someone else holds the lease.
import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import KeyvSqlite from '@keyv/sqlite';
import { z } from 'zod';
import { holderName, type Lease, type LeaseProvider } from './lease.port.js';

const holderSchema = z.object({ holder: z.string() });

export function createSqliteLeases(dbPath: string): LeaseProvider {
  const me = holderName(hostname(), process.pid);
  const held = new Map<string, Lease>();
  const files = (name: string) => {
    const safe = name.replace(/[^a-z0-9_-]+/gi, '-');
    return { lock: `${dbPath}.${safe}.lock`, holder: `${dbPath}.${safe}.json` };
  };

  const open = async (path: string): Promise<KeyvSqlite> => {
    // A busy timeout only while opening (another process may be creating the file); the attempt itself doesn't wait.
    const adapter = new KeyvSqlite({ uri: `sqlite://${path}`, busyTimeout: 2000 });
    adapter.on('error', () => undefined);
    try {
      await adapter.query('PRAGMA busy_timeout = 0');
      return adapter;
    } catch (error) {
      await adapter.disconnect().catch(() => undefined);
      throw error;
    }
  };

  return {
    async tryAcquire(name) {
      if (held.has(name)) return undefined;
      const { lock, holder } = files(name);
      const db = await open(lock);
      try {
        await db.query('BEGIN IMMEDIATE');
      } catch (error) {
        await db.disconnect().catch(() => undefined);
        if (isBusy(error)) return undefined;
        throw error;
      }
      try {
        writeFileSync(holder, JSON.stringify({ holder: me }));
      } catch {
        // Only holder() reads it; the lease itself is the transaction.
      }
      let released = false;
      const lease: Lease = {
        name,
        held: () => !released,
        async release() {
          if (released) return;
          released = true;
          held.delete(name);
          // Closing the connection ends the transaction even when COMMIT fails.
          await db.query('COMMIT').catch(() => undefined);
          await db.disconnect().catch(() => undefined);
        },
      };
      held.set(name, lease);
      return lease;
    },
    holder: (name) => Promise.resolve(readHolder(files(name).holder)),
    async close() {
      await Promise.all([...held.values()].map((lease) => lease.release()));
    },
  };
}

function readHolder(path: string): string | undefined {
  try {
    const parsed = holderSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data.holder : undefined;
  } catch {
    return undefined;
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}
