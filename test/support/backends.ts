// The store backends a test can run against: sqlite always (a scratch file), Redis and PostgreSQL when
// REDIS_URL / DATABASE_URL name a server (.ci/run sets both; backend-coverage.ts says which are missing).
// Each opened store gets a namespace of its own, so tests share one Redis and one database safely;
// `cleanup` deletes its keys.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store, type StoreOptions } from '../../src/store/open-store.js';

export interface TestBackend {
  readonly name: 'sqlite' | 'redis' | 'postgres';
  /** The STORE_URL of a fresh store (sqlite: a new file; shared servers: the server, with `namespace`). */
  readonly url: string;
  /** The namespace every open of this backend uses (STORE_NAMESPACE for a child process). */
  readonly namespace: string;
  open(options?: StoreOptions): Promise<Store>;
  /** Deletes what this backend's stores wrote. */
  cleanup(): Promise<void>;
}

export const sharedServers = (): { name: 'redis' | 'postgres'; url: string }[] => [
  ...(process.env['REDIS_URL'] ? [{ name: 'redis' as const, url: process.env['REDIS_URL'] }] : []),
  ...(process.env['DATABASE_URL'] ? [{ name: 'postgres' as const, url: process.env['DATABASE_URL'] }] : []),
];

/** A sqlite backend on a scratch file, plus one per shared server configured. */
export function testBackends(): TestBackend[] {
  return [sqliteBackend(), ...sharedServers().map((server) => sharedBackend(server.name, server.url))];
}

/** Only the shared servers configured (multi-process tests that need Redis or PostgreSQL). */
export function sharedBackends(): TestBackend[] {
  return sharedServers().map((server) => sharedBackend(server.name, server.url));
}

/** The names of the backends this run covers: sqlite, then each shared server configured. */
export const testBackendNames = (): TestBackend['name'][] => ['sqlite', ...sharedServers().map((s) => s.name)];

/** A backend of its own (a new scratch file, or a new namespace), for tests that run concurrently and clean up apart. */
export function freshBackend(name: TestBackend['name']): TestBackend {
  if (name === 'sqlite') return sqliteBackend();
  const server = sharedServers().find((s) => s.name === name);
  if (!server) throw new Error(`no ${name} server configured (REDIS_URL / DATABASE_URL)`);
  return sharedBackend(server.name, server.url);
}

function sqliteBackend(): TestBackend {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-backend-'));
  const url = `sqlite://${join(dir, 'store.sqlite')}`;
  return {
    name: 'sqlite',
    url,
    namespace: 'nb',
    open: (options) => openStore(url, options),
    cleanup: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
  };
}

function sharedBackend(name: 'redis' | 'postgres', url: string): TestBackend {
  const namespace = `t${randomUUID().slice(0, 8)}`;
  return {
    name,
    url,
    namespace,
    open: (options) => openStore(url, { namespace, ...options }),
    async cleanup() {
      const store = await openStore(url, { namespace });
      try {
        await store.kv.clear();
      } finally {
        await store.close();
      }
    },
  };
}
