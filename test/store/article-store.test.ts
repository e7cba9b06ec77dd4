import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/articles/record.js';
import { openStore } from '../../src/store/open-store.js';
import { createKeyvArticleStore } from '../../src/store/keyv-article-store.js';

function record(n: number, publishedAt: string, ingestedAt: string): ArticleRecord {
  const hash = n.toString(16).padStart(64, '0');
  return {
    id: hash.slice(-16), title: `Story ${n}`, paragraphs: [`Body of story ${n}.`], source: { name: 'Wire' },
    publishedAt, ingestedAt, language: 'en', translations: [], contentHash: hash, entities: [],
  };
}

describe('keyv article store', () => {
  it('should list the newest by publication date, not by arrival', async () => {
    const store = await openStore('memory://');
    const articles = createKeyvArticleStore(store.kv);
    await articles.putMany([
      record(1, '2025-09-10T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
      record(2, '2025-09-12T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
      record(3, '2024-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z'),
    ]);
    expect((await articles.latest(2)).map((r) => r.title)).toEqual(['Story 2', 'Story 1']);
  });

  it('should find arrivals since a time across many log chunks, oldest first', async () => {
    const store = await openStore('memory://');
    const articles = createKeyvArticleStore(store.kv);
    const base = Date.parse('2026-01-01T00:00:00.000Z');
    const all = Array.from({ length: 1300 }, (_, i) => record(i + 1, '2025-01-01T00:00:00.000Z', new Date(base + i * 60_000).toISOString()));
    for (let i = 0; i < all.length; i += 100) await articles.putMany(all.slice(i, i + 100));
    const since = new Date(base + 1000 * 60_000);
    const ids = await articles.idsIngestedSince(since);
    expect(ids).toEqual(all.slice(1000).map((r) => r.id));
    expect(await articles.count()).toBe(1300);
  });

  it('when a batch is put twice (a replay) then nothing is duplicated', async () => {
    const store = await openStore('memory://');
    const articles = createKeyvArticleStore(store.kv);
    const batch = [record(1, '2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'), record(2, '2025-01-02T00:00:00.000Z', '2026-01-01T00:00:01.000Z')];
    await articles.putMany(batch);
    await articles.putMany(batch);
    expect(await articles.count()).toBe(2);
    expect(await articles.idsIngestedSince(new Date(0))).toEqual(batch.map((r) => r.id));
    expect((await articles.latest(10)).length).toBe(2);
  });

  it('when a batch overlaps the one before it then its new ids are logged once and the shared one not again', async () => {
    const store = await openStore('memory://');
    const articles = createKeyvArticleStore(store.kv);
    const [a, b, c] = [1, 2, 3].map((n) => record(n, '2025-01-01T00:00:00.000Z', `2026-01-01T00:00:0${n}.000Z`));
    await articles.putMany([a!, b!]);
    await articles.putMany([b!, c!]);
    expect(await articles.idsIngestedSince(new Date(0))).toEqual([a!.id, b!.id, c!.id]);
  });
});
