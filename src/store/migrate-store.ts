// `newsbrief migrate`: brings a store to the current layout (store-layout.ts). Opening it stamps the marker (a
// layout-1 store reads as it is); this packs every article record still in an older form (v1 bare, v2 whole)
// into v3, deletes the wire entries no window can read again (the ones a store from before their sweep kept, or a
// crash left: keyv-article-store.ts), and on sqlite rewrites the file at the current page size.
//
// Crash-safe and re-runnable by construction: records are read through the ingest log (every stored article
// is in it), a batch at a time, each under the writer lock (so a concurrent ingest's merge is never overwritten
// by an older copy) and written in one setMany, and every record reads the same in either form. A crash leaves
// some records packed and some not, which a re-run finishes; the sqlite rewrite is one VACUUM, undone by its
// journal if interrupted.
import type Keyv from 'keyv';
import { ARTICLE_RECORD_VERSION, articleCodec, logChunkCodec, logHeadCodec } from './keyv-article-codecs.js';
import { deleteWireEntriesOf, firstLiveWireChunk } from './keyv-article-store.js';
import type { Store } from './open-store.js';
import { decodeOrSkip, isObject, type InvalidValueLog } from './stored-value.js';
import { compactSqliteFile, type SqliteLayout } from './store-layout-sqlite.js';

const LOG_CHUNK_KEY = (seq: number) => `ingestlog:${seq}`;
const BATCH = 500;

export interface PackFigures {
  /** Records rewritten in the current form. */
  packed: number;
  /** Already in it. */
  current: number;
  /** Listed in the log but unreadable or absent: left as they are (each unreadable one logged). */
  skipped: number;
}

const currentVersion = (raw: unknown): boolean => isObject(raw) && raw.v === ARTICLE_RECORD_VERSION;

/** Every logged article id, oldest first, a log chunk at a time. */
async function* loggedIds(kv: Keyv): AsyncGenerator<string[]> {
  const head = logHeadCodec.decode('ingestlog:head', await kv.get('ingestlog:head'));
  if (!head) return;
  for (let seq = 0; seq <= head.seq; seq++) {
    const chunk = logChunkCodec.decode(LOG_CHUNK_KEY(seq), await kv.get(LOG_CHUNK_KEY(seq))) ?? [];
    yield (seq === head.seq ? chunk.slice(0, head.size) : chunk).map(([id]) => id);
  }
}

/** Packs every logged article record not yet in the current form. */
export async function packArticleRecords(
  store: Pick<Store, 'kv' | 'writerLock'>,
  options: { logger?: InvalidValueLog; onProgress?: (figures: PackFigures) => void } = {},
): Promise<PackFigures> {
  const figures: PackFigures = { packed: 0, current: 0, skipped: 0 };
  const pending: string[] = [];
  const flush = async () => {
    const ids = pending.splice(0);
    if (ids.length === 0) return;
    await store.writerLock.withLock(async () => {
      const keys = ids.map((id) => `article:${id}`);
      const values: unknown[] = await store.kv.getMany(keys);
      const writes: { key: string; value: unknown }[] = [];
      values.forEach((raw, i) => {
        if (currentVersion(raw)) return void figures.current++;
        const record = decodeOrSkip(articleCodec, keys[i]!, raw, options.logger);
        if (!record) return void figures.skipped++;
        writes.push({ key: keys[i]!, value: articleCodec.encode(record) });
      });
      if (writes.length) await store.kv.setMany(writes);
      figures.packed += writes.length;
    });
    options.onProgress?.({ ...figures });
  };
  for await (const ids of loggedIds(store.kv)) {
    pending.push(...ids);
    while (pending.length >= BATCH) {
      const rest = pending.splice(BATCH);
      await flush();
      pending.push(...rest);
    }
  }
  await flush();
  return figures;
}

/**
 * Deletes the wire entries of every log chunk the sweep rule (firstLiveWireChunk) finds dead; the count of records
 * whose entries were deleted (or were already gone). Idempotent, and safe beside a running ingest: the rule only
 * moves forward, and those entries are never read again.
 */
export async function deleteDeadWireEntries(kv: Keyv): Promise<number> {
  const head = logHeadCodec.decode('ingestlog:head', await kv.get('ingestlog:head'));
  let swept = 0;
  for (let seq = 0; seq < firstLiveWireChunk(head); seq++) swept += await deleteWireEntriesOf(kv, seq);
  return swept;
}

export interface MigrateFigures {
  layoutFound: number;
  records: PackFigures;
  /** Records of the log's dead span whose wire entries were deleted (deleteDeadWireEntries). */
  deadWireEntries: number;
  /** sqlite only: the file before and after its rewrite. */
  file?: { before: SqliteLayout; after: SqliteLayout };
}

/**
 * Migrates the store at `url`, opened by `open` (openStore with the app's namespace). The sqlite rewrite runs
 * after the store is closed, and needs the file to itself (SqliteInUseError names what to do otherwise).
 */
export async function migrateStore(
  url: string,
  open: (url: string) => Promise<Store>,
  options: { logger?: InvalidValueLog; onProgress?: (figures: PackFigures) => void } = {},
): Promise<MigrateFigures> {
  const store = await open(url);
  let records: PackFigures;
  let deadWireEntries: number;
  try {
    records = await packArticleRecords(store, options);
    deadWireEntries = await deleteDeadWireEntries(store.kv);
  } finally {
    await store.close();
  }
  const figures = { layoutFound: store.layoutFound, records, deadWireEntries };
  const path = url.slice('sqlite://'.length);
  if (store.backend !== 'sqlite' || path === ':memory:') return figures;
  return { ...figures, file: await compactSqliteFile(path) };
}
