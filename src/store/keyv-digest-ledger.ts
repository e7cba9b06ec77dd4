// The digest ledger on keyv (the port, with its schemas, is digest-ledger.port.ts).
//
// Keys (namespace nb):
//   ledger:<chatId>:<day>   LedgerEntry
//   digest:last:<chatId>    LastDigest (written in the same batch as the ledger entry)
import type Keyv from 'keyv';
import { lastDigestSchema, ledgerEntrySchema, type DigestLedger } from './digest-ledger.port.js';


const MAX_REMEMBERED_EVENTS = 300;

export function createKeyvDigestLedger(kv: Keyv): DigestLedger {
  return {
    async get(chatId, day) {
      const parsed = ledgerEntrySchema.safeParse(await kv.get(`ledger:${chatId}:${day}`));
      return parsed.success ? parsed.data : undefined;
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
      const values = await kv.getMany(chatIds.map((id) => `digest:last:${id}`));
      return values.map((v) => {
        const parsed = lastDigestSchema.safeParse(v);
        return parsed.success ? parsed.data : undefined;
      });
    },
  };
}
