// Opens the keyv store named by STORE_URL. keyv is the only storage interface the app uses.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Keyv from 'keyv';
import KeyvSqlite from '@keyv/sqlite';
import { createProcessWriterLock } from './process-mutex.js';
import { createSqliteWriterLock } from './sqlite-writer-lock.js';
import type { WriterLock } from './writer-lock.port.js';

export interface Store {
  readonly kv: Keyv;
  readonly url: string;
  /** Held by each ingest batch: one writer at a time across every process using this store. */
  readonly writerLock: WriterLock;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** How long a batch waits for another process's batch before refusing (default 30 s). */
  writerWaitMs?: number;
}

export class StoreError extends Error {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/**
 * sqlite://path (created on first use, parent folders too), memory:// (tests; gone on close).
 * redis:// and postgres:// are accepted by config for a later issue; they need their keyv adapter.
 */
export async function openStore(url: string, options: StoreOptions = {}): Promise<Store> {
  if (url.startsWith('memory://')) {
    // Lives in this process only, so an in-process queue is the whole lock.
    const kv = new Keyv({ namespace: 'nb', throwOnErrors: true });
    return { kv, url, writerLock: createProcessWriterLock(), close: async () => kv.disconnect().catch(() => undefined) };
  }
  if (url.startsWith('sqlite://')) return openSqlite(url, options);
  throw new StoreError(
    `STORE_URL ${redact(url)} is not supported yet: use sqlite://path/to/file.sqlite (redis/postgres adapters come in a later release).`,
  );
}

async function openSqlite(url: string, options: StoreOptions): Promise<Store> {
  const path = url.slice('sqlite://'.length);
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const adapter = new KeyvSqlite({ uri: url, busyTimeout: 5000 });
  try {
    // WAL + synchronous=NORMAL: every committed write survives a process crash, and writes
    // don't fsync one by one (a power loss may drop the last transactions, never corrupts).
    await adapter.query('PRAGMA journal_mode=WAL');
    await adapter.query('PRAGMA synchronous=NORMAL');
  } catch (error) {
    throw new StoreError(`Cannot open the store at ${path}: ${(error as Error).message}`, { cause: error });
  }
  addBatchUpsert(adapter);
  // Plain JSON both ways: keyv's default serializer (which also round-trips Buffers) costs 2–8×
  // more per value, and this store only holds JSON data.
  const kv = new Keyv({
    store: adapter,
    namespace: 'nb',
    throwOnErrors: true,
    serialize: (data) => JSON.stringify(data),
    deserialize: (text: string) => JSON.parse(text) as never,
  });
  kv.on('error', () => undefined); // errors surface as rejected promises at the call site
  const writerLock =
    path === ':memory:'
      ? createProcessWriterLock()
      : createSqliteWriterLock(resolve(path), { label: path, ...(options.writerWaitMs === undefined ? {} : { waitMs: options.writerWaitMs }) });
  return {
    kv,
    url,
    writerLock,
    close: async () => {
      await writerLock.close();
      await adapter.disconnect();
    },
  };
}

/**
 * @keyv/sqlite has no setMany, so keyv would write a batch as one INSERT (one transaction) per
 * key. This upserts the whole batch in one statement: faster, and atomic, so a crash never
 * leaves half a batch of index writes behind.
 */
function addBatchUpsert(adapter: KeyvSqlite): void {
  const table = adapter.opts.table ?? 'keyv';
  const upsert = `INSERT INTO ${table} (key, value)
    SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]') FROM json_each(?) AS j WHERE true
    ON CONFLICT(key) DO UPDATE SET value = excluded.value`;
  Object.assign(adapter, {
    setMany: async (entries: { key: string; value: unknown }[]) => {
      await adapter.query(upsert, JSON.stringify(entries.map((e) => [e.key, e.value])));
      return entries.map(() => true);
    },
  });
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
