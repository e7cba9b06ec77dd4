// Opens the keyv store named by STORE_URL. keyv is the only storage interface the app uses; each backend
// adds its leases (lease.port.ts), which carry the writer lock and the locks around shared lists.
// The Redis and PostgreSQL clients are imported only when STORE_URL names them: they cost a sqlite
// command's cold start (`newsbrief who`) about a fifth of its time and 10 MB it would never use.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Keyv, { type KeyvStoreAdapter } from 'keyv';
import type { LeaseProvider } from './lease.port.js';
import { createLeaseWriterLock } from './lease-writer-lock.js';
import { createMemoryLeases } from './memory-leases.js';
import { createProcessWriterLock } from './process-mutex.js';
import type { RedisLeaseClient } from './redis-leases.js';
import { createSqliteLeases } from './sqlite-leases.js';
import { createSqliteWriterLock } from './sqlite-writer-lock.js';
import { ensureLayout } from './store-layout.js';
import { createSqliteFile } from './store-layout-sqlite.js';
import { createSqliteAdapter, type SqliteAdapter } from './sqlite-adapter.js';
import type { WriterLock } from './writer-lock.port.js';

export type StoreBackend = 'memory' | 'sqlite' | 'redis' | 'postgres';

export interface Store {
  readonly kv: Keyv;
  readonly url: string;
  readonly backend: StoreBackend;
  /** True when several processes (on several machines) may share this store: Redis and PostgreSQL. */
  readonly shared: boolean;
  /** Held by each ingest batch: one writer at a time across every process using this store. */
  readonly writerLock: WriterLock;
  /** Held around each read-modify-write of a shared list (subscription lists, the outbox's open list). */
  readonly listLock: WriterLock;
  /** Named leases of this store: scheduled jobs run once cluster-wide on them (lease-run-coordinator.ts). */
  readonly leases: LeaseProvider;
  /** The layout the store had when opened (store-layout.ts): 1 for one written before layout markers, or new. */
  readonly layoutFound: number;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** How long a batch waits for another process's batch before refusing (default 30 s). */
  writerWaitMs?: number;
  /** The key prefix (default "nb"). Tests give each store its own, so they can share one Redis or database. */
  namespace?: string;
}

export class StoreError extends Error {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/** How long a list's read-modify-write may wait for another process's: these take milliseconds. */
const LIST_WAIT_MS = 10_000;
/** A writer lease on Redis lapses this long after its holder stops renewing it (a third of the 30 s a batch waits). */
const WRITER_LEASE_MS = 10_000;

// Plain JSON both ways: keyv's default serializer (which also round-trips Buffers) costs 2–8× more per
// value, and this store only holds JSON data.
const json = {
  serialize: (data: unknown) => JSON.stringify(data),
  deserialize: (text: string) => JSON.parse(text) as never,
};

/**
 * sqlite://path (created on first use, parent folders too), memory:// (tests; gone on close),
 * redis://host:port[/db] and postgres://user@host:port/db (shared by many processes).
 */
export async function openStore(url: string, options: StoreOptions = {}): Promise<Store> {
  const store = await openBackend(url, options);
  // Before anything reads it: a layout this code doesn't read is refused, one it reads as it is is stamped current.
  try {
    const layoutFound = await ensureLayout(store.kv, store.backend === 'sqlite' ? url.slice('sqlite://'.length) : redact(url));
    return { ...store, layoutFound };
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
}

async function openBackend(url: string, options: StoreOptions): Promise<Omit<Store, 'layoutFound'>> {
  const namespace = options.namespace ?? 'nb';
  if (url.startsWith('memory://')) {
    // Lives in this process only, so an in-process queue is the whole lock.
    const kv = new Keyv({ namespace, throwOnErrors: true });
    const leases = createMemoryLeases();
    return {
      kv,
      url,
      backend: 'memory',
      shared: false,
      writerLock: createProcessWriterLock(),
      listLock: createProcessWriterLock(),
      leases,
      close: async () => {
        await leases.close();
        await kv.disconnect().catch(() => undefined);
      },
    };
  }
  if (url.startsWith('sqlite://')) return openSqlite(url, namespace, options);
  if (/^rediss?:\/\//.test(url)) return openRedis(url, namespace, options);
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url, namespace, options);
  throw new StoreError(`STORE_URL ${redact(url)} is not supported: use sqlite://path/to/file.sqlite, redis://host:port or postgres://user@host:port/db.`);
}

async function openSqlite(url: string, namespace: string, options: StoreOptions): Promise<Omit<Store, 'layoutFound'>> {
  const path = url.slice('sqlite://'.length);
  try {
    if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
    // A new file gets this layout's page size before keyv creates its table (store-layout-sqlite.ts).
    await createSqliteFile(path);
  } catch (error) {
    throw new StoreError(`Cannot create the store at ${path}: ${(error as Error).message}`, { cause: error });
  }
  let adapter: SqliteAdapter;
  try {
    adapter = createSqliteAdapter(path, { busyTimeoutMs: 5000 });
  } catch (error) {
    throw new StoreError(`Cannot open the store at ${path}: ${(error as Error).message}`, { cause: error });
  }
  const kv = keyvOver(adapter, namespace);
  const inMemory = path === ':memory:';
  const leases = inMemory ? createMemoryLeases() : createSqliteLeases(resolve(path));
  const writerLock = inMemory
    ? createProcessWriterLock()
    : createSqliteWriterLock(resolve(path), { label: path, ...(options.writerWaitMs === undefined ? {} : { waitMs: options.writerWaitMs }) });
  const listLock = inMemory ? createProcessWriterLock() : createLeaseWriterLock(leases, 'lists', { label: path, waitMs: LIST_WAIT_MS });
  return assemble({ kv, url, backend: 'sqlite', shared: false, writerLock, listLock, leases }, () => adapter.disconnect());
}

async function openRedis(url: string, namespace: string, options: StoreOptions): Promise<Omit<Store, 'layoutFound'>> {
  const [{ default: KeyvRedis }, { createRedisLeases }] = await Promise.all([import('@keyv/redis'), import('./redis-leases.js')]);
  const adapter = new KeyvRedis(url, { throwOnConnectError: true, throwOnErrors: true, connectionTimeout: 5000 });
  let client: RedisLeaseClient;
  try {
    const connected = await adapter.getClient();
    await connected.ping();
    client = connected;
  } catch (error) {
    await adapter.disconnect(true).catch(() => undefined);
    throw new StoreError(`Cannot reach Redis at ${redact(url)}: ${describe(error)}`, { cause: error });
  }
  adapter.on('error', () => undefined); // errors surface as rejected promises at the call site
  // The adapter prefixes keys itself ("<namespace>::key"), so keyv must not prefix them again.
  const kv = keyvOver(adapter, namespace, { useKeyPrefix: false });
  return sharedStore(kv, url, 'redis', createRedisLeases(client, namespace), options, () => adapter.disconnect());
}

async function openPostgres(url: string, namespace: string, options: StoreOptions): Promise<Omit<Store, 'layoutFound'>> {
  const [{ createPostgresAdapter }, { createPostgresLeases }] = await Promise.all([import('./postgres-adapter.js'), import('./postgres-leases.js')]);
  const adapter = createPostgresAdapter(url);
  adapter.on('error', () => undefined); // the table is created at construction; a failure shows in the query below
  try {
    await adapter.query('SELECT 1');
  } catch (error) {
    await adapter.disconnect().catch(() => undefined);
    throw new StoreError(`Cannot reach PostgreSQL at ${redact(url)}: ${describe(error)}`, { cause: error });
  }
  const kv = keyvOver(adapter, namespace);
  return sharedStore(kv, url, 'postgres', createPostgresLeases(url, namespace), options, () => adapter.disconnect());
}

function sharedStore(kv: Keyv, url: string, backend: 'redis' | 'postgres', leases: LeaseProvider, options: StoreOptions, disconnect: () => Promise<void>): Omit<Store, 'layoutFound'> {
  const label = redact(url);
  // Each lease's ttl is well inside the wait of the writers queued behind it: on Redis a holder that dies keeps
  // its lease until the ttl runs out, and the queued writers must outlast that, not give up first.
  const writerLock = createLeaseWriterLock(leases, 'writer', {
    label,
    ttlMs: WRITER_LEASE_MS,
    ...(options.writerWaitMs === undefined ? {} : { waitMs: options.writerWaitMs }),
  });
  const listLock = createLeaseWriterLock(leases, 'lists', { label, waitMs: LIST_WAIT_MS, ttlMs: LIST_WAIT_MS / 2 });
  return assemble({ kv, url, backend, shared: true, writerLock, listLock, leases }, disconnect);
}

/** A store whose close() lets its locks and leases go before the connection under them. */
function assemble(parts: Omit<Store, 'close' | 'layoutFound'>, disconnect: () => Promise<void>): Omit<Store, 'layoutFound'> {
  return {
    ...parts,
    close: async () => {
      await parts.writerLock.close();
      await parts.listLock.close();
      await parts.leases.close();
      await disconnect();
    },
  };
}

function keyvOver(adapter: KeyvStoreAdapter, namespace: string, extra: { useKeyPrefix?: boolean } = {}): Keyv {
  const kv = new Keyv({ store: adapter, namespace, throwOnErrors: true, ...json, ...extra });
  kv.on('error', () => undefined); // errors surface as rejected promises at the call site
  return kv;
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message || error.name : String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
