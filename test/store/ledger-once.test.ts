// The ledger records a (chat, day) once: set-if-absent under the store's list lock, so two processes finishing
// the same digest (a queue job retried by another process) record it once, and only the first moves the chat's
// window on. Shared backends: two store connections, as two processes have; sqlite: one, called concurrently.
import { describe, expect, it } from 'vitest';
import { createKeyvDigestLedger } from '../../src/store/keyv-digest-ledger.js';
import type { LedgerEntry } from '../../src/store/digest-ledger.port.js';
import { testBackends } from '../support/backends.js';

const entry = (sentAt: string): LedgerEntry => ({ chatId: 77, day: '2026-12-02', status: 'sent', eventIds: ['e'], messageCount: 2, sentAt });

describe.each(testBackends().map((b) => [b.name, b] as const))('the digest ledger on %s', (_name, backend) => {
  it('when two writers record the same day at once then exactly one write lands, with its window start, and the rest change nothing', async () => {
    const stores = backend.name === 'sqlite' ? [await backend.open()] : [await backend.open(), await backend.open()];
    try {
      const ledgers = stores.map((s) => createKeyvDigestLedger(s.kv, { lock: s.listLock }));
      const times = Array.from({ length: 6 }, (_, i) => `2026-12-02T08:00:0${i}.000Z`);
      const wrote = await Promise.all(times.map((t, i) => ledgers[i % ledgers.length]!.record(entry(t), { sentAt: t, events: { [t]: 1 } })));
      expect(wrote.filter(Boolean)).toHaveLength(1);
      const winner = times[wrote.indexOf(true)]!;
      const reader = ledgers.at(-1)!;
      expect((await reader.get(77, '2026-12-02'))?.sentAt).toBe(winner);
      expect((await reader.lastDigest([77]))[0]?.sentAt).toBe(winner);
      // A tick's skipped/empty days never overwrite a recorded one, and still record the others.
      await reader.recordMany([{ ...entry('2026-12-02T09:00:00.000Z'), status: 'skipped' }, { ...entry('2026-12-02T09:00:00.000Z'), day: '2026-12-03', status: 'empty' }]);
      expect((await reader.get(77, '2026-12-02'))?.status).toBe('sent');
      expect((await reader.get(77, '2026-12-03'))?.status).toBe('empty');
    } finally {
      for (const s of stores) await s.close();
      await backend.cleanup();
    }
  });
});
