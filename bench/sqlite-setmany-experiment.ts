// BENCH_SQLITE_SETMANY=1: give the @keyv/sqlite adapter a setMany (it has none, so keyv falls back
// to one INSERT, i.e. one autocommit transaction, per key) that upserts the whole batch in one
// statement. Measures the proposed store fix without touching src/.
import type Keyv from 'keyv';

interface SqliteAdapter {
  opts: { table: string };
  query(sql: string, ...params: unknown[]): Promise<unknown>;
  setMany?: (entries: { key: string; value: unknown }[]) => Promise<boolean[]>;
}

export function applySqliteSetManyExperiment(kv: Keyv, setting: string | undefined): boolean {
  const adapter = kv.store as Partial<SqliteAdapter>;
  if (setting !== '1' || typeof adapter.query !== 'function' || !adapter.opts) return false;
  const { query } = adapter;
  const upsert = `INSERT INTO ${adapter.opts.table} (key, value)
    SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]') FROM json_each(?) AS j WHERE true
    ON CONFLICT(key) DO UPDATE SET value = excluded.value`;
  adapter.setMany = async (entries) => {
    await query.call(adapter, upsert, JSON.stringify(entries.map((e) => [e.key, e.value])));
    return entries.map(() => true);
  };
  return true;
}
