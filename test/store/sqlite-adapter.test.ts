import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Keyv from 'keyv';
import sqlite3 from 'sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteAdapter, type SqliteAdapter } from '../../src/store/sqlite-adapter.js';

const dirs: string[] = [];
const opened: SqliteAdapter[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-sqlite-adapter-'));
  dirs.push(dir);
  return join(dir, 'store.sqlite');
};
const open = (path: string) => {
  const adapter = createSqliteAdapter(path);
  opened.push(adapter);
  return adapter;
};
afterEach(async () => {
  await Promise.all(opened.splice(0).map((a) => a.disconnect()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the sqlite keyv adapter (better-sqlite3)', () => {
  it('when keys are written one by one and in a batch then each reads back, missing keys stay undefined in their place', async () => {
    const kv = new Keyv({ store: open(scratch()), namespace: 'nb' });
    await kv.set('a', { n: 1 });
    await kv.setMany([{ key: 'b', value: 'two' }, { key: 'c', value: [3] }]);
    await kv.set('a', { n: 11 }); // an upsert, not a second row
    expect(await kv.get('a')).toEqual({ n: 11 });
    expect(await kv.getMany(['c', 'missing', 'b', 'a'])).toEqual([[3], undefined, 'two', { n: 11 }]);
    expect(await kv.has('b')).toBe(true);
    expect(await kv.has('missing')).toBe(false);
  });

  it('when more keys than one statement reads are asked for then every one comes back in order', async () => {
    const kv = new Keyv({ store: open(scratch()), namespace: 'nb' });
    const entries = Array.from({ length: 12_345 }, (_, i) => ({ key: `k${i}`, value: i }));
    await kv.setMany(entries);
    const keys = entries.map((e) => e.key).reverse();
    expect(await kv.getMany(keys)).toEqual(entries.map((e) => e.value).reverse());
    expect(await kv.deleteMany(keys.slice(0, 11_000))).toBe(true);
    expect((await kv.getMany(keys)).filter((v) => v !== undefined)).toHaveLength(1_345);
  });

  it('when a key is deleted then delete says whether it was there, and the value is gone', async () => {
    const kv = new Keyv({ store: open(scratch()), namespace: 'nb' });
    await kv.set('x', 1);
    expect(await kv.delete('x')).toBe(true);
    expect(await kv.delete('x')).toBe(false);
    expect(await kv.get('x')).toBeUndefined();
    expect(await kv.deleteMany(['x', 'y'])).toBe(false);
  });

  it('when the store is cleared then only its namespace goes, even one with LIKE wildcards in its name', async () => {
    const adapter = open(scratch());
    const mine = new Keyv({ store: adapter, namespace: 'n_1' });
    await mine.set('a', 1);
    const rows = async () => (await adapter.query('SELECT key FROM keyv ORDER BY key')).map((r) => r.key);
    // "n_1:%" must not match "nx1:" nor "n%1:" (LIKE's _ and % are escaped).
    await adapter.query("INSERT INTO keyv (key, value) VALUES ('nx1:b', '2'), ('other:c', '3')");
    await mine.clear();
    expect(await rows()).toEqual(['nx1:b', 'other:c']);
  });

  it('when a namespace is iterated then every key of it comes, across pages, and none of another', async () => {
    const path = scratch();
    const kv = new Keyv({ store: open(path), namespace: 'nb' });
    // A second connection: keyv sets its namespace on the adapter it is given.
    const other = new Keyv({ store: open(path), namespace: 'zz' });
    const entries = Array.from({ length: 700 }, (_, i) => ({ key: `k${String(i).padStart(4, '0')}`, value: { i } }));
    await kv.setMany(entries);
    await other.set('k0001', 'not mine');
    const seen: [string, unknown][] = [];
    for await (const [key, value] of kv.iterator!(undefined) as AsyncGenerator<[string, unknown]>) seen.push([key, value]);
    expect(seen).toEqual(entries.map((e) => [e.key, e.value]));
  });

  it('when a file written by the sqlite3 package (the earlier driver) is opened then its rows read as they are', async () => {
    const path = scratch();
    const old = new sqlite3.Database(path);
    const run = (sql: string, ...params: unknown[]) => new Promise<void>((resolve, reject) => old.run(sql, params, (e) => (e ? reject(e) : resolve())));
    await run('CREATE TABLE keyv(key VARCHAR(255) PRIMARY KEY, value TEXT)');
    await run('INSERT INTO keyv (key, value) VALUES (?, ?)', 'nb:old', JSON.stringify({ value: { kept: true }, expires: null }));
    await new Promise<void>((resolve) => old.close(() => resolve()));
    const kv = new Keyv({ store: open(path), namespace: 'nb' });
    expect(await kv.get('old')).toEqual({ kept: true });
  });

  it('when a statement fails then the call rejects (no synchronous throw), with sqlite\'s message', async () => {
    const adapter = open(scratch());
    const call = adapter.query('SELECT * FROM no_such_table');
    expect(call).toBeInstanceOf(Promise);
    await expect(call).rejects.toThrow(/no such table: no_such_table/);
    await adapter.disconnect();
    await expect(adapter.get('nb:x')).rejects.toThrow(/not open/);
  });
});
