// Articles in keyv: one key per record, plus an append-only ingest log and a "latest" head.
//
// Keys (namespace nb):
//   article:<id>        { v: 3, value: packed record } (keyv-article-codecs.ts; v2 whole records, and bare v1
//                       ones written before versions, still read; `newsbrief migrate` packs them)
//   hash:<contentHash>  id — written last for each record: the dedupe commit point
//   url:<sha256>        id — sha256 of the canonical form of the record's url and its same-scope alsoIn links;
//                       a chat-scoped record's (record.scope) are keyed by "<chatId> <canonical>", so each trust
//                       scope has its own URL index and a chat's links never name a pool record (or the reverse)
//   ingestlog:head      { seq, size }: the chunk being filled and how full it is
//   ingestlog:<seq>     [id, ingestedAt][] (≤ LOG_CHUNK entries) in ingestion order
//   latest              LatestEntry[] newest first, capped: /latest reads one key
//   wire:<id>           [v, shingles, hashes, outlet, ingestedAt, scope?]: the record's near-duplicate signature,
//                       read only to seed the wire-copy window (the log's newest WIRE_WINDOW_MAX_ENTRIES): deleted
//                       a log chunk at a time once the log is WIRE_KEPT_ENTRIES past it (sweepWireEntries)
// Every index can be rebuilt from the article:* records, and every write is idempotent per
// article, so replaying a batch after a crash (see ingest journal) never duplicates anything.
//
// Reading (codecs in keyv-article-codecs.ts): article:<id> is versioned ({ v: 3, value }, unpacked and trusted;
// a bare v1 record is validated by the schema), and an unreadable record is skipped with a log line,
// as before. Every other key is checked whole by its schema, and a bad value throws StoredValueError
// naming the key: the indexes are what ingest and /latest stand on, so they never guess.
import { createHash } from 'node:crypto';
import type Keyv from 'keyv';
import { rankTimeOf, type ArticleRecord } from '../articles/record.js';
import { canonicalUrl } from '../sources/canonical-url.js';
import type { ArticleStore, LatestEntry } from './article-store.port.js';
import { articleCodec, hashCodec, idCodec, latestCodec, logChunkCodec, logHeadCodec, wireEntryCodec, type LogEntry, type LogHead, type WireEntryTuple } from './keyv-article-codecs.js';
import { MINHASH_SIZE } from '../articles/minhash.js';
import { WIRE_WINDOW_MAX_ENTRIES } from '../articles/near-duplicate-window.js';
import { decodeOrSkip, type Codec, type InvalidValueLog } from './stored-value.js';

const LOG_CHUNK = 512;
const LATEST_CAP = 100;

/**
 * Wire entries kept: twice what a window seeds from (idsIngestedSince with limit WIRE_WINDOW_MAX_ENTRIES reads the
 * log's newest entries only), so a process seeding while others append still finds every entry it asks for.
 * A rule on the shared log, not on any process's memory: every writer deletes the same chunks, whoever moves the head.
 */
export const WIRE_KEPT_ENTRIES = 2 * WIRE_WINDOW_MAX_ENTRIES;
const WIRE_KEPT_CHUNKS = Math.ceil(WIRE_KEPT_ENTRIES / LOG_CHUNK);

/**
 * Log chunks below this seq hold only records whose wire entries can never be read again: the head's chunk is
 * WIRE_KEPT_CHUNKS full chunks (at least WIRE_KEPT_ENTRIES entries) past their last entry.
 */
export const firstLiveWireChunk = (head: LogHead | undefined): number => Math.max(0, (head?.seq ?? 0) - WIRE_KEPT_CHUNKS);

export function createKeyvArticleStore(kv: Keyv, options: { logger?: InvalidValueLog } = {}): ArticleStore {
  const articleKey = (id: string) => `article:${id}`;
  const read = async <T>(key: string, codec: Codec<T>) => codec.decode(key, await kv.get(key));
  const logHead = () => read('ingestlog:head', logHeadCodec);
  const logChunk = async (seq: number): Promise<LogEntry[]> => (await read(`ingestlog:${seq}`, logChunkCodec)) ?? [];
  const latestEntries = async (): Promise<LatestEntry[]> => (await read('latest', latestCodec)) ?? [];

  const getRecords = async (ids: readonly string[]): Promise<ArticleRecord[]> => {
    if (ids.length === 0) return [];
    const values = await kv.getMany(ids.map(articleKey));
    const records: ArticleRecord[] = [];
    values.forEach((value, i) => {
      // One unreadable record must not hide the rest of /latest or a digest: skipped, and logged.
      const record = decodeOrSkip(articleCodec, articleKey(ids[i]!), value, options.logger);
      if (record) records.push(record);
    });
    return records;
  };

  // Appends at the head, which moves only after its chunks are written. So a batch replayed after
  // a crash either finds the head already past it (nothing to do) or rewrites the very same chunks
  // from the same position: nothing is logged twice, whatever the batch size.
  /** The head before and after (equal when nothing was logged). */
  const appendToLog = async (records: readonly ArticleRecord[]): Promise<[LogHead, LogHead]> => {
    const start: LogHead = (await logHead()) ?? { seq: 0, size: 0 };
    // Entries past the head are a crashed batch's, unpublished: they are overwritten.
    let chunk = (await logChunk(start.seq)).slice(0, start.size);
    // The head already ends with this batch (a replay): its last record is the last one logged.
    // Checking only membership would drop the new ids of a batch that overlaps the previous one.
    const last = chunk.at(-1);
    if (last && last[0] === records.at(-1)?.id) return [start, start];
    // Ids published by an earlier call (a caller putting overlapping batches) are not logged again.
    const previous = start.seq > 0 ? await logChunk(start.seq - 1) : [];
    const already = new Set([...previous, ...chunk].map(([id]) => id));
    let head = start;
    const writes: { key: string; value: unknown }[] = [];
    for (const record of records) {
      if (already.has(record.id)) continue;
      already.add(record.id);
      if (chunk.length >= LOG_CHUNK) {
        writes.push({ key: `ingestlog:${head.seq}`, value: chunk });
        head = { seq: head.seq + 1, size: 0 };
        chunk = [];
      }
      chunk.push([record.id, record.ingestedAt]);
      head = { seq: head.seq, size: chunk.length };
    }
    if (head === start) return [start, start];
    writes.push({ key: `ingestlog:${head.seq}`, value: chunk });
    await kv.setMany(writes);
    // The head moves only after its chunks are written, so a reader never sees a missing chunk.
    await kv.set('ingestlog:head', head);
    return [start, head];
  };

  // The chunks the head's move took out of the kept span lose their wire entries, after the batch is published (a
  // failed delete never holds up its commit point): a crash before it leaves those chunks' entries (a few hundred,
  // which `newsbrief migrate` deletes), and nothing deletes one a seed may read. Once per LOG_CHUNK articles, a read
  // and a delete.
  const sweepWireEntries = async (from: LogHead, to: LogHead): Promise<void> => {
    for (let seq = firstLiveWireChunk(from); seq < firstLiveWireChunk(to); seq++) await deleteWireEntriesOf(kv, seq);
  };

  // /latest is everyone's, so it lists the pool only: a chat's own source (anyone may add one) never reaches it.
  const updateLatest = async (all: readonly ArticleRecord[]): Promise<void> => {
    const records = all.filter((r) => r.scope === undefined);
    if (records.length === 0) return;
    const current = await latestEntries();
    const byId = new Map(current.map((e) => [e.id, e]));
    const entryOf = (r: ArticleRecord) => ({ id: r.id, ...(r.publishedAt ? { publishedAt: r.publishedAt } : {}), ingestedAt: r.ingestedAt });
    // A rewrite of records already listed as they are (most merges) writes nothing.
    const same = (r: ArticleRecord) => {
      const e = byId.get(r.id);
      return e !== undefined && e.publishedAt === r.publishedAt && e.ingestedAt === r.ingestedAt;
    };
    if (records.every(same)) return;
    for (const r of records) byId.set(r.id, entryOf(r));
    const next = [...byId.values()].sort(newestFirst).slice(0, LATEST_CAP);
    await kv.set('latest', next);
  };

  // Every link the record is known by in its scope: its own and each other same-scope outlet's, each as one url: key.
  // A cross-scope entry (an exact copy from a chat's source, or the chat's primary a pool copy took over) is not
  // indexed: else a chat could point a pool story's link at this record and have that story merged away.
  const urlWrites = (records: readonly ArticleRecord[]) =>
    records.flatMap((r) =>
      [r.url, ...(r.alsoIn ?? []).filter((a) => a.scope === r.scope).map((a) => a.articleUrl)].flatMap((url) => {
        const key = url === undefined ? undefined : urlKey(url, r.scope);
        return key ? [{ key, value: r.id }] : [];
      }),
    );

  async function putRecords(records: readonly ArticleRecord[]): Promise<void> {
    if (records.length) await kv.setMany(records.map((r) => ({ key: articleKey(r.id), value: articleCodec.encode(r) })));
  }
  async function publish(records: readonly ArticleRecord[]): Promise<void> {
    if (records.length === 0) return;
    const [before, after] = await appendToLog(records);
    await updateLatest(records);
    const urls = urlWrites(records);
    if (urls.length) await kv.setMany(urls);
    // The hash keys last: once they exist the article counts as stored (the dedupe commit point).
    await kv.setMany(records.map((r) => ({ key: `hash:${r.contentHash}`, value: r.id })));
    await sweepWireEntries(before, after);
  }

  return {
    async get(id) {
      const [record] = await getRecords([id]);
      return record;
    },
    getMany: getRecords,
    async idForHash(contentHash) {
      return read(`hash:${contentHash}`, hashCodec);
    },
    async idsForHashes(contentHashes) {
      if (contentHashes.length === 0) return [];
      const keys = contentHashes.map((h) => `hash:${h}`);
      const values = await kv.getMany(keys);
      return values.map((v, i) => hashCodec.decode(keys[i]!, v));
    },
    async idsForUrls(urls, scope) {
      const keys = urls.map((url) => urlKey(url, scope));
      const wanted = keys.flatMap((k) => (k ? [k] : []));
      if (wanted.length === 0) return urls.map(() => undefined);
      const values = await kv.getMany(wanted);
      const byKey = new Map(wanted.map((k, i) => [k, idCodec.decode(k, values[i])]));
      return keys.map((k) => (k ? byKey.get(k) : undefined));
    },
    putRecords,
    publish,
    async rewrite(records) {
      if (records.length === 0) return;
      await putRecords(records);
      const urls = urlWrites(records);
      if (urls.length) await kv.setMany(urls);
      // A chat's record a pool copy took over (wire-merge.ts) joins /latest now; for the rest this rewrites the same entries.
      await updateLatest(records);
    },
    async wireEntries(ids) {
      if (ids.length === 0) return [];
      const keys = ids.map((id) => `wire:${id}`);
      const values = await kv.getMany(keys);
      return values.map((raw, i) => {
        const value = decodeOrSkip(wireEntryCodec, keys[i]!, raw, options.logger);
        if (!value) return undefined;
        const bytes = Buffer.from(value.hashes, 'base64');
        if (bytes.length !== MINHASH_SIZE * 4) return undefined;
        const hashes = Array.from({ length: MINHASH_SIZE }, (_, j) => bytes.readUInt32LE(j * 4));
        return { signature: { v: 1 as const, shingles: value.shingles, hashes }, outlet: value.outlet, ingestedAt: value.ingestedAt, ...(value.scope === undefined ? {} : { scope: value.scope }) };
      });
    },
    async putWireEntries(entries) {
      if (entries.length === 0) return;
      await kv.setMany(
        entries.map((e) => {
          const bytes = Buffer.alloc(MINHASH_SIZE * 4);
          e.signature.hashes.forEach((h, j) => bytes.writeUInt32LE(h, j * 4));
          const value: WireEntryTuple = [e.signature.v, e.signature.shingles, bytes.toString('base64'), e.outlet, e.ingestedAt];
          if (e.scope !== undefined) value.push(e.scope);
          return { key: `wire:${e.id}`, value };
        }),
      );
    },
    async putMany(records) {
      await putRecords(records);
      await publish(records);
    },
    async latest(limit) {
      const entries = await latestEntries();
      return getRecords(entries.slice(0, limit).map((e) => e.id));
    },
    async idsIngestedSince(since, options = {}) {
      const head = await logHead();
      if (!head) return [];
      const sinceIso = since.toISOString();
      const limit = options.limit ?? Infinity;
      const found: LogEntry[][] = [];
      let total = 0;
      for (let seq = head.seq; seq >= 0 && total < limit; seq--) {
        const stored = await logChunk(seq);
        // The head's chunk may hold entries of a batch still being written: only the published part.
        const chunk = seq === head.seq ? stored.slice(0, head.size) : stored;
        const kept = chunk.filter(([, at]) => at >= sinceIso);
        found.push(kept);
        total += kept.length;
        const first = chunk[0];
        if (first && first[1] < sinceIso) break;
      }
      const ids = found.reverse().flat().map(([id]) => id);
      return ids.length > limit ? ids.slice(-limit) : ids;
    },
    async count() {
      const head = await logHead();
      return head ? head.seq * LOG_CHUNK + head.size : 0;
    },
  };
}

/** Deletes the wire entries of log chunk `seq`'s records (idempotent: a chunk swept twice deletes nothing more). */
export async function deleteWireEntriesOf(kv: Keyv, seq: number): Promise<number> {
  const key = `ingestlog:${seq}`;
  const chunk = logChunkCodec.decode(key, await kv.get(key)) ?? [];
  if (chunk.length) await kv.deleteMany(chunk.map(([id]) => `wire:${id}`));
  return chunk.length;
}

/**
 * url:<sha256 of the canonical URL> in the pool, of "<chatId> <canonical URL>" in a chat's scope: fixed-length keys,
 * however long the link (hash: keys are sha256 too).
 */
function urlKey(url: string, scope: number | undefined): string | undefined {
  const canonical = canonicalUrl(url);
  if (canonical === undefined) return undefined;
  const named = scope === undefined ? canonical : `${scope} ${canonical}`;
  return `url:${createHash('sha256').update(named).digest('hex')}`;
}

function newestFirst(a: LatestEntry, b: LatestEntry): number {
  // An undated article ranks by its arrival (it is shown as "date unknown", never as dated).
  const [ta, tb] = [rankTimeOf(a), rankTimeOf(b)];
  if (ta !== tb) return ta < tb ? 1 : -1;
  if (a.ingestedAt !== b.ingestedAt) return a.ingestedAt < b.ingestedAt ? 1 : -1;
  return a.id < b.id ? 1 : -1;
}
