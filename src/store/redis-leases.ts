// Leases on Redis: SET <ns>:lease:<name> "<token> <holder>" NX PX ttl. While held, the lease is renewed every
// ttl/3 by a script that extends it only if the value is still ours; release deletes it the same way. So a
// holder that dies or stalls past ttl loses the lease, and the next one takes it over within ttl.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { holderName, type Lease, type LeaseProvider } from './lease.port.js';

/** The few commands this needs, as @redis/client 5 spells them (the client @keyv/redis holds). */
export interface RedisLeaseClient {
  set(key: string, value: string, options: { condition: 'NX'; expiration: { type: 'PX'; value: number } }): Promise<unknown>;
  get(key: string): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

export function createRedisLeases(client: RedisLeaseClient, namespace: string): LeaseProvider {
  const me = holderName(hostname(), process.pid);
  const live = new Set<Lease>();
  const keyOf = (name: string) => `${namespace}:lease:${name}`;

  return {
    async tryAcquire(name, ttlMs) {
      const key = keyOf(name);
      const value = `${randomUUID()} ${me}`;
      const ok = await client.set(key, value, { condition: 'NX', expiration: { type: 'PX', value: ttlMs } });
      if (ok !== 'OK') return undefined;
      let lost = false;
      let released = false;
      let renewedAt = Date.now();
      const timer = setInterval(() => {
        client
          .eval(RENEW, { keys: [key], arguments: [value, String(ttlMs)] })
          .then((extended) => {
            if (Number(extended) === 1) renewedAt = Date.now();
            else lost = true; // expired and maybe taken: never ours again
          })
          .catch(() => {
            // A blip is survivable while the last renewal still covers us.
            if (Date.now() - renewedAt >= ttlMs) lost = true;
          });
      }, Math.max(50, Math.floor(ttlMs / 3)));
      timer.unref();
      const lease: Lease = {
        name,
        held: () => !lost && !released && Date.now() - renewedAt < ttlMs,
        async release() {
          if (released) return;
          released = true;
          clearInterval(timer);
          live.delete(lease);
          await client.eval(RELEASE, { keys: [key], arguments: [value] }).catch(() => undefined);
        },
      };
      live.add(lease);
      return lease;
    },
    async holder(name) {
      const value = await client.get(keyOf(name));
      return typeof value === 'string' ? value.slice(value.indexOf(' ') + 1) : undefined;
    },
    async close() {
      await Promise.all([...live].map((lease) => lease.release()));
    },
  };
}
