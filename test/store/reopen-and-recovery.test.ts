import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/articles/build-record.js';
import { createKeyvIngestJournal } from '../../src/store/keyv-ingest-journal.js';
import { createTestApp, input, TEST_NOW } from '../support/test-app.js';
import { followUpText, seedText, unrelatedText } from '../support/articles.js';

const dirs: string[] = [];
function tempStoreUrl(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-test-'));
  dirs.push(dir);
  return `sqlite://${join(dir, 'nested', 'store.sqlite')}`;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('sqlite store', () => {
  it('when the store is closed and reopened then articles, indexes and subscriptions are all still there', async () => {
    const url = tempStoreUrl();
    const first = await createTestApp({ storeUrl: url });
    await first.ingestor.ingest([input('a', seedText()), input('b', followUpText), input('c', unrelatedText)]);
    await first.subscriptions.put({
      chatId: 42, chatType: 'private', time: '07:30', timeZone: 'Europe/Minsk', include: [], exclude: [], status: 'active',
      createdAt: TEST_NOW.toISOString(), updatedAt: TEST_NOW.toISOString(),
    });
    await first.ledger.record({ chatId: 42, day: '2026-11-27', status: 'sent', eventIds: ['e1'], messageCount: 1, sentAt: TEST_NOW.toISOString() });
    const latestBefore = (await first.articles.latest(5)).map((r) => r.id);
    await first.close();

    const second = await createTestApp({ storeUrl: url });
    expect(await second.articles.count()).toBe(3);
    expect((await second.articles.latest(5)).map((r) => r.id)).toEqual(latestBefore);
    expect((await second.people.lookup('Lukashenko')).person?.articleCount).toBe(2);
    expect((await second.subscriptions.get(42))?.timeZone).toBe('Europe/Minsk');
    expect((await second.ledger.get(42, '2026-11-27'))?.eventIds).toEqual(['e1']);
    const again = await second.ingestor.ingest([input('a2', seedText())]);
    expect(again[0]?.status).toBe('duplicate');
    await second.close();
  });

  it('when a crash interrupts a batch after the people index but before the articles then restart completes it exactly once', async () => {
    const url = tempStoreUrl();
    const crashed = await createTestApp({ storeUrl: url });
    const built = buildRecord(seedText(), { now: TEST_NOW, maxBytes: 1_000_000 });
    if (!built.ok) throw new Error(built.error.message);
    // What ingest does, up to the crash: write the record, journal its id, index the people… and stop.
    await crashed.articles.putRecords([built.record]);
    await createKeyvIngestJournal(crashed.store.kv).begin({ id: 'batch-1', ids: [built.record.id] });
    await crashed.people.indexArticles([built.record], 'batch-1');
    expect(await crashed.articles.latest(5)).toEqual([]);
    expect(await crashed.articles.idForHash(built.record.contentHash)).toBeUndefined();
    await crashed.close();

    const restarted = await createTestApp({ storeUrl: url });
    expect(await restarted.articles.get(built.record.id)).toMatchObject({ id: built.record.id, title: built.record.title });
    expect(await restarted.articles.count()).toBe(1);
    expect((await restarted.people.lookup('Lukashenko')).person?.articleCount).toBe(1);
    expect(await createKeyvIngestJournal(restarted.store.kv).pending()).toBeUndefined();
    await restarted.close();
  });
});
