// The digest ledger on keyv (the port, with its schemas, is digest-ledger.port.ts).
//
// Keys (namespace nb):
//   ledger:<chatId>:<day>   LedgerEntry
//   digest:last:<chatId>    LastDigest (written in the same batch as the ledger entry)
// Reading: both small, checked whole by their schema. An unreadable value reads as absent, with one
// log line naming the key: one chat's bad entry must not stop a tick for the others. ("Is this day
// recorded?" only asks whether the key is set, so a bad entry never makes a day due twice.)
// Writing: set-if-absent under `lock` (the store's list lock, held across processes on a shared store): a day is
// recorded once, so two processes finishing the same digest (a stalled queue job retried elsewhere) record it once
// and only the first moves the chat's window on. recordEach does many days under one hold of the lock, in one read
// and one write: the sender's batched finishes, which keep the lock (a lease on every backend but memory) off the
// per-message path.
import type Keyv from 'keyv';
import { lastDigestSchema, ledgerEntrySchema, type DigestLedger, type LastDigest, type LedgerRecord } from './digest-ledger.port.js';
import { createProcessWriterLock } from './process-mutex.js';
import { checkedCodec, decodeOrSkip, type InvalidValueLog } from './stored-value.js';
import type { WriterLock } from './writer-lock.port.js';

const MAX_REMEMBERED_EVENTS = 300;
const capped = (last: LastDigest): LastDigest => ({ ...last, events: Object.fromEntries(Object.entries(last.events).slice(0, MAX_REMEMBERED_EVENTS)) });
const entryCodec = checkedCodec(ledgerEntrySchema);
const lastCodec = checkedCodec(lastDigestSchema);

export interface KeyvDigestLedgerOptions {
  logger?: InvalidValueLog;
  /** Held around each set-if-absent; the store's listLock when processes share the store (default: this process only). */
  lock?: WriterLock;
}

export function createKeyvDigestLedger(kv: Keyv, options: KeyvDigestLedgerOptions = {}): DigestLedger {
  const lock = options.lock ?? createProcessWriterLock();
  const entryKey = (e: { chatId: number; day: string }) => `ledger:${e.chatId}:${e.day}`;
  const parsed = ({ entry, last }: LedgerRecord) => ({ entry: ledgerEntrySchema.parse(entry), last: last && lastDigestSchema.parse(capped(last)) });
  const recordEach = async (records: readonly LedgerRecord[]): Promise<(boolean | undefined)[]> => {
    if (records.length === 0) return [];
    // Checked before the lock, each on its own: a bad record is left out (undefined) without holding the lock.
    const checked = records.map((r) => {
      try {
        return parsed(r);
      } catch {
        return undefined;
      }
    });
    const valid = checked.filter((r) => r !== undefined);
    if (valid.length === 0) return checked.map(() => undefined);
    const firstOfValid = await lock.withLock(async () => {
      const present = await kv.getMany(valid.map((r) => entryKey(r.entry)));
      const taken = new Set<string>();
      const first = valid.map((r, i) => {
        const key = entryKey(r.entry);
        if (present[i] !== undefined || taken.has(key)) return false;
        taken.add(key);
        return true;
      });
      // One key once per statement (sqlite's upsert refuses a row twice): a chat's later record wins, as it would one by one.
      const writes = new Map<string, unknown>();
      valid.forEach((r, i) => {
        if (!first[i]) return;
        writes.set(entryKey(r.entry), r.entry);
        if (r.last) {
          const lastKey = `digest:last:${r.entry.chatId}`;
          writes.delete(lastKey);
          writes.set(lastKey, r.last);
        }
      });
      // One batch: on sqlite the ledger entries and the window starts land together or not at all.
      if (writes.size > 0) await kv.setMany([...writes].map(([key, value]) => ({ key, value })));
      return first;
    });
    let next = 0;
    return checked.map((r) => (r === undefined ? undefined : firstOfValid[next++]));
  };
  return {
    async get(chatId, day) {
      const key = `ledger:${chatId}:${day}`;
      return decodeOrSkip(entryCodec, key, await kv.get(key), options.logger);
    },
    async recorded(pairs) {
      if (pairs.length === 0) return [];
      const values = await kv.getMany(pairs.map((p) => `ledger:${p.chatId}:${p.day}`));
      return values.map((v) => v !== undefined);
    },
    async record(entry, last) {
      // A bad entry throws here, naming what is wrong (recordEach would only leave it out).
      const record = last ? { entry, last } : { entry };
      parsed(record);
      const [first] = await recordEach([record]);
      return first === true;
    },
    recordEach,
    async recordMany(entries) {
      if (entries.length === 0) return;
      const valid = entries.map((e) => ledgerEntrySchema.parse(e));
      await lock.withLock(async () => {
        const present = await kv.getMany(valid.map(entryKey));
        const absent = valid.filter((_, i) => present[i] === undefined);
        if (absent.length > 0) await kv.setMany(absent.map((e) => ({ key: entryKey(e), value: e })));
      });
    },
    async lastDigest(chatIds) {
      if (chatIds.length === 0) return [];
      const keys = chatIds.map((id) => `digest:last:${id}`);
      const values = await kv.getMany(keys);
      return values.map((v, i) => decodeOrSkip(lastCodec, keys[i]!, v, options.logger));
    },
  };
}
