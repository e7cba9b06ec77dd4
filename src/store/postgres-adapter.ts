// The keyv adapter for PostgreSQL: @keyv/postgres 2.2.3, with three changes.
// 1. A pg pool per adapter. @keyv/postgres keeps one pool per process and ends it on ANY adapter's disconnect,
//    so closing one store (a test, a CLI command inside the bot) broke every other one; and an idle
//    connection's error (a server restart) was an unhandled 'error' event, which ends the process. Here the
//    error is swallowed: the next query fails and says why.
// 2. setMany names each key once: PostgreSQL refuses an INSERT … ON CONFLICT that affects one row twice.
// 3. Keys past POSTGRES_KEY_SIZE are stored by digest (postgres-long-keys.ts).
import KeyvPostgres from '@keyv/postgres';
import pg from 'pg';
import { boundPostgresKeys, POSTGRES_KEY_SIZE } from './postgres-long-keys.js';

const pools = new WeakMap<object, pg.Pool>();

type Query = (sql: string, values?: unknown[]) => Promise<unknown[]>;

class KeyvPostgresOwnPool extends KeyvPostgres {
  // Called by the base constructor, before any field of this class exists: so no fields, a WeakMap instead.
  override connect(): Promise<Query> {
    const pool = new pg.Pool({ connectionString: this.opts.uri, max: this.opts.max ?? 10 });
    pool.on('error', () => undefined);
    pools.set(this, pool);
    return Promise.resolve(async (sql, values) => (await pool.query(sql, values)).rows as unknown[]);
  }

  override async disconnect(): Promise<void> {
    await pools.get(this)?.end();
  }
}

export function createPostgresAdapter(url: string): KeyvPostgres {
  // Keys longer than @keyv/postgres's default of 255 characters exist (people's names, source ids).
  const adapter = new KeyvPostgresOwnPool({ uri: url, keySize: POSTGRES_KEY_SIZE, max: 10 });
  const setMany = adapter.setMany.bind(adapter);
  Object.assign(adapter, {
    setMany: async (entries: Parameters<typeof setMany>[0]) => {
      // The last value of a key wins, as on sqlite.
      await setMany([...new Map(entries.map((e) => [e.key, e])).values()]);
    },
  });
  boundPostgresKeys(adapter);
  return adapter;
}
