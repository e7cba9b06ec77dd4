// PostgreSQL's keyv table keys a VARCHAR(1024) primary key (a B-tree entry can't take much more), while sqlite
// and Redis take a key of any length. A key past the bound (a pathological name in the people index) is
// stored under its first 900 characters plus a SHA-256 of the whole key: the namespace prefix stays (so
// clear() still finds it), two long keys never collide, and every command answers as on the other backends.
import { createHash } from 'node:crypto';
import type KeyvPostgres from '@keyv/postgres';

export const POSTGRES_KEY_SIZE = 1024;
const KEPT = 900;

export const boundedKey = (key: string): string =>
  key.length <= POSTGRES_KEY_SIZE ? key : `${key.slice(0, KEPT)}#${createHash('sha256').update(key).digest('hex')}`;

export function boundPostgresKeys(adapter: KeyvPostgres): void {
  const a = {
    get: adapter.get.bind(adapter),
    getMany: adapter.getMany.bind(adapter),
    set: adapter.set.bind(adapter),
    setMany: adapter.setMany.bind(adapter),
    delete: adapter.delete.bind(adapter),
    deleteMany: adapter.deleteMany.bind(adapter),
    has: adapter.has.bind(adapter),
  };
  Object.assign(adapter, {
    get: (key: string) => a.get(boundedKey(key)),
    getMany: (keys: string[]) => a.getMany(keys.map(boundedKey)),
    set: (key: string, value: unknown) => a.set(boundedKey(key), value),
    setMany: (entries: Parameters<typeof a.setMany>[0]) => a.setMany(entries.map((e) => ({ ...e, key: boundedKey(e.key) }))),
    delete: (key: string) => a.delete(boundedKey(key)),
    deleteMany: (keys: string[]) => a.deleteMany(keys.map(boundedKey)),
    has: (key: string) => a.has(boundedKey(key)),
  });
}
