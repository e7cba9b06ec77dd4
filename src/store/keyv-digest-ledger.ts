// The digest ledger on keyv (the port, with its schemas, is digest-ledger.port.ts).
//
// Keys (namespace nb):
//   ledger:<chatId>:<day>   LedgerEntry
//   digest:last:<chatId>    LastDigest (written in the same batch as the ledger entry)
// Reading: both small, checked whole by their schema. An unreadable value reads as absent, with one
// log line naming the key: one chat's bad entry must not stop a tick for the others. ("Is this day
// recorded?" only asks whether the key is set, so a bad entry never makes a day due twice.)
import type Keyv from 'keyv';
import { lastDigestSchema, ledgerEntrySchema, type DigestLedger } from './digest-ledger.port.js';
import { checkedCodec, decodeOrSkip, type InvalidValueLog } from './stored-value.js';

const MAX_REMEMBERED_EVENTS = 300;
const entryCodec = checkedCodec(ledgerEntrySchema);
const lastCodec = checkedCodec(lastDigestSchema);

export function createKeyvDigestLedger(kv: Keyv, options: { logger?: InvalidValueLog } = {}): DigestLedger {
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
      const valid = ledgerEntrySchema.parse(entry);
      const writes: { key: string; value: unknown }[] = [{ key: `ledger:${valid.chatId}:${valid.day}`, value: valid }];
      if (last) {
        const events = Object.fromEntries(Object.entries(last.events).slice(0, MAX_REMEMBERED_EVENTS));
        writes.push({ key: `digest:last:${valid.chatId}`, value: lastDigestSchema.parse({ ...last, events }) });
      }
      // One batch: on sqlite the ledger entry and the window start land together or not at all.
      await kv.setMany(writes);
    },
    async recordMany(entries) {
      if (entries.length === 0) return;
      await kv.setMany(entries.map((e) => ledgerEntrySchema.parse(e)).map((e) => ({ key: `ledger:${e.chatId}:${e.day}`, value: e })));
    },
    async lastDigest(chatIds) {
      if (chatIds.length === 0) return [];
      const keys = chatIds.map((id) => `digest:last:${id}`);
      const values = await kv.getMany(keys);
      return values.map((v, i) => decodeOrSkip(lastCodec, keys[i]!, v, options.logger));
    },
  };
}
