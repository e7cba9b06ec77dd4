// Leases on PostgreSQL: session advisory locks, pg_try_advisory_lock(hashtext(namespace), hashtext(name)), on a
// connection of their own (never the pool's: a pooled connection would carry the lock to whoever gets it next).
// The server drops every lock with the session, so a holder that dies frees its leases at once; ttlMs is
// not needed. Advisory locks are re-entrant within a session, so this process also keeps a set of held names.
import { hostname } from 'node:os';
import pg from 'pg';
import { holderName, type Lease, type LeaseProvider } from './lease.port.js';

export function createPostgresLeases(connectionString: string, namespace: string): LeaseProvider {
  const me = holderName(hostname(), process.pid);
  const held = new Map<string, Lease>();
  let session: Promise<pg.Client> | undefined;
  let generation = 0;

  const connect = (): Promise<pg.Client> => {
    session ??= (async () => {
      const client = new pg.Client({ connectionString, application_name: `newsbrief ${me}`.slice(0, 63) });
      const mine = ++generation;
      const lost = () => {
        if (generation !== mine) return;
        generation++; // every lease of this session is gone with it
        session = undefined;
      };
      client.on('error', lost);
      client.on('end', lost);
      try {
        await client.connect();
      } catch (error) {
        lost();
        throw error;
      }
      return client;
    })();
    return session;
  };
  const pair = [namespace] as const;

  return {
    async tryAcquire(name) {
      if (held.has(name)) return undefined;
      const client = await connect();
      const at = generation;
      const result = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1), hashtext($2)) AS ok', [...pair, name]);
      if (result.rows[0]?.ok !== true) return undefined;
      let released = false;
      const lease: Lease = {
        name,
        held: () => !released && generation === at,
        async release() {
          if (released) return;
          released = true;
          held.delete(name);
          if (generation !== at) return; // the session (and the lock with it) is already gone
          await client.query('SELECT pg_advisory_unlock(hashtext($1), hashtext($2))', [...pair, name]).catch(() => undefined);
        },
      };
      held.set(name, lease);
      return lease;
    },
    async holder(name) {
      const client = await connect();
      const result = await client.query<{ who: string | null }>(
        `SELECT a.application_name AS who FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
         WHERE l.locktype = 'advisory' AND l.granted AND l.classid = (hashtext($1)::bigint & 4294967295)::oid
           AND l.objid = (hashtext($2)::bigint & 4294967295)::oid AND l.objsubid = 2 LIMIT 1`,
        [...pair, name],
      );
      const who = result.rows[0]?.who;
      return who ? who.replace(/^newsbrief /, '') : undefined;
    },
    async close() {
      await Promise.all([...held.values()].map((lease) => lease.release()));
      const open = session;
      session = undefined;
      generation++;
      if (open) await (await open.catch(() => undefined))?.end().catch(() => undefined);
    },
  };
}
