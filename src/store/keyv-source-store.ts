// Sources in keyv (the port is source-store.port.ts). Keys (namespace nb):
//   source:<id>        the Source record
//   sources:index      ids of the stored sources, in the order added
//   source:seen:<id>   the source's seen item keys, oldest marked first (at most SEEN_LIMIT + one feed)
// Records are written before index entries, and removed before them: a crash in between leaves an
// unindexed record the next add re-indexes, or an index entry pointing at nothing (readers skip it).
// Changes (add, remove, update, moveChat, markSeen) run one at a time under `lock`, the store's list lock
// (open-store.ts), shared by every process on the store: grammY's runner handles updates concurrently, the
// poller shares the process and other bot processes share the store, so two read-modify-writes of the index
// (or an update racing a remove) would otherwise lose an entry or revive a removed source, and a poll's
// markSeen racing a moveChat or another markSeen would lose seen keys. Plain reads take no lock.
// Reading: records and the index are small, checked whole by their schema; seen keys are one long array
// of strings, checked by a guard. An unreadable record is skipped with a log line, as if absent (one bad
// source must not stop the others' polling); unreadable seen keys count as all seen (see the port); a bad
// index throws StoredValueError naming the key.
import type Keyv from 'keyv';
import { z } from 'zod';
import { mergeSeen } from '../sources/seen-items.js';
import { canonicalFeedUrl, sourceId, sourceSchema, type Source } from '../sources/source.js';
import { createProcessWriterLock } from './process-mutex.js';
import type { SourceFilter, SourceStore } from './source-store.port.js';
import { checkedCodec, decodeOrSkip, guardedCodec, logSkipped, StoredValueError, type InvalidValueLog } from './stored-value.js';
import type { WriterLock } from './writer-lock.port.js';

const sourceCodec = checkedCodec(sourceSchema);
const idsCodec = checkedCodec(z.array(z.string()));
const seenCodec = guardedCodec('an array of strings', (raw): raw is string[] => Array.isArray(raw) && raw.every((k) => typeof k === 'string'));
const INDEX = 'sources:index';

const inScope = (source: Source, filter: SourceFilter | undefined): boolean => {
  if (filter?.chatId === undefined) return true;
  return filter.chatId === 'pool' ? source.chatId === undefined : source.chatId === filter.chatId;
};

const canonical = (url: string): string | undefined => {
  try {
    return canonicalFeedUrl(url);
  } catch {
    return undefined;
  }
};

export interface KeyvSourceStoreOptions {
  logger?: InvalidValueLog;
  seenLimit?: number;
  /** Held around each change; the store's listLock when processes share the store (default: this process only). */
  lock?: WriterLock;
}

export function createKeyvSourceStore(kv: Keyv, options: KeyvSourceStoreOptions = {}): SourceStore {
  const lock = options.lock ?? createProcessWriterLock();
  const readable = (id: string, raw: unknown) => decodeOrSkip(sourceCodec, `source:${id}`, raw, options.logger);
  const read = async (id: string) => readable(id, await kv.get(`source:${id}`));
  const ids = async () => idsCodec.decode(INDEX, await kv.get(INDEX)) ?? [];
  const list = async (filter?: SourceFilter): Promise<Source[]> => {
    const all = await ids();
    if (all.length === 0) return [];
    const values = await kv.getMany(all.map((id) => `source:${id}`));
    return values.flatMap((v, i) => readable(all[i]!, v) ?? []).filter((s) => inScope(s, filter));
  };
  /** Only under `lock`: the record, then its index entry. */
  const write = async (source: Source) => {
    const valid = sourceSchema.parse(source);
    await kv.set(`source:${valid.id}`, valid);
    const index = await ids();
    if (!index.includes(valid.id)) await kv.set(INDEX, [...index, valid.id]);
    return valid;
  };
  /** The stored keys, or undefined when they are unreadable (logged once). */
  const readSeen = async (id: string): Promise<string[] | undefined> => {
    const key = `source:seen:${id}`;
    try {
      return seenCodec.decode(key, await kv.get(key)) ?? [];
    } catch (error) {
      if (!(error instanceof StoredValueError)) throw error;
      logSkipped(options.logger, error);
      return undefined;
    }
  };

  /** Only under `lock`: chat `from`'s sources re-keyed for `to` (see the port); new records first, then the index, then the old records go. */
  const moveChat = async (from: number, to: number): Promise<number> => {
    const moving = await list({ chatId: from });
    const renamed = new Map<string, string>();
    for (const old of moving) {
      const id = sourceId(old.feedUrl, to);
      renamed.set(old.id, id);
      // Its articles were stored under the old id: the new record remembers it, so the supergroup's digest keeps them.
      const formerIds = [...new Set([...(old.formerIds ?? []), old.id])].slice(-20);
      const present = await read(id);
      if (present) {
        // The supergroup already has this feed: its record wins, and learns the old ids too.
        const merged = [...new Set([...(present.formerIds ?? []), ...formerIds])].filter((x) => x !== id).slice(-20);
        await kv.set(`source:${id}`, sourceSchema.parse({ ...present, formerIds: merged }));
        continue;
      }
      const seen: unknown = await kv.get(`source:seen:${old.id}`); // as stored: unreadable keys stay "all seen"
      if (seen !== undefined) await kv.set(`source:seen:${id}`, seen);
      await kv.set(`source:${id}`, sourceSchema.parse({ ...old, id, chatId: to, formerIds }));
    }
    if (renamed.size === 0) return 0;
    // In place, so "/sources remove <n>" numbers survive the move; a new id already indexed keeps its first place.
    const index = [...new Set((await ids()).map((x) => renamed.get(x) ?? x))];
    for (const id of renamed.values()) if (!index.includes(id)) index.push(id);
    await kv.set(INDEX, index);
    await kv.deleteMany([...renamed.keys()].flatMap((id) => [`source:${id}`, `source:seen:${id}`]));
    return renamed.size;
  };

  return {
    add: (source) =>
      lock.withLock(async () => {
        const existing = await read(source.id);
        if (existing) return { ok: false, code: 'SOURCE_EXISTS', message: `${existing.feedUrl} is already a source (id ${existing.id}).`, source: existing };
        return { ok: true, source: await write(source) };
      }),
    get: read,
    async getByUrl(url, filter) {
      const wanted = canonical(url);
      if (wanted === undefined) return undefined;
      return (await list(filter)).find((s) => canonical(s.feedUrl) === wanted || canonical(s.url) === wanted);
    },
    list,
    remove: (id) =>
      lock.withLock(async () => {
        const existed = (await kv.get(`source:${id}`)) !== undefined;
        await kv.deleteMany([`source:${id}`, `source:seen:${id}`]);
        const index = await ids();
        if (index.includes(id)) await kv.set(INDEX, index.filter((x) => x !== id));
        return existed || index.includes(id);
      }),
    update: (id, change) =>
      // Read under the lock too: a remove queued before this update is seen, and the source stays removed.
      lock.withLock(async () => {
        const current = await read(id);
        if (!current) return undefined;
        const next = change(current);
        if (next.id !== current.id || next.chatId !== current.chatId) throw new Error(`a source update must keep its id and chatId (${id})`);
        return next === current ? current : write(next);
      }),
    moveChat: (from, to) => (from === to ? Promise.resolve(0) : lock.withLock(() => moveChat(from, to))),
    async due(now) {
      const at = now.getTime();
      const due = (await list()).filter((s) => Date.parse(s.nextFetchAt) <= at);
      return due.sort((a, b) => Date.parse(a.nextFetchAt) - Date.parse(b.nextFetchAt));
    },
    markSeen: (sourceId, keys) =>
      lock.withLock(async () => {
        const merged = mergeSeen((await readSeen(sourceId)) ?? [], keys, options.seenLimit);
        if (merged) await kv.set(`source:seen:${sourceId}`, seenCodec.encode(merged));
      }),
    async unseen(sourceId, keys) {
      const seen = await readSeen(sourceId);
      if (seen === undefined) return [];
      const known = new Set(seen);
      return keys.filter((k) => !known.has(k));
    },
  };
}
