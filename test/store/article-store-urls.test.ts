// The article store's URL index (a record's own link and its other outlets' links, by canonical form) and
// `rewrite`, the in-place write of a record a duplicate was merged into.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/articles/record.js';
import { canonicalUrl } from '../../src/sources/canonical-url.js';
import { createKeyvArticleStore } from '../../src/store/keyv-article-store.js';
import { openStore } from '../../src/store/open-store.js';
import { StoredValueError } from '../../src/store/stored-value.js';

function record(n: number, url?: string): ArticleRecord {
  const hash = n.toString(16).padStart(64, '0');
  return {
    id: hash.slice(-16), title: `Story ${n}`, paragraphs: [`Body of story ${n}.`], source: { name: 'Wire' },
    ...(url ? { url } : {}), publishedAt: '2026-11-26T00:00:00.000Z', ingestedAt: `2026-11-27T0${n}:00:00.000Z`,
    language: 'en', translations: [], contentHash: hash, entities: [],
  };
}

async function storeWith(...records: ArticleRecord[]) {
  const store = await openStore('memory://');
  const articles = createKeyvArticleStore(store.kv);
  await articles.putMany(records);
  return { kv: store.kv, articles };
}

describe('article store URL index', () => {
  it('when a link is asked for with tracking parameters, an AMP variant or another host spelling then the record is found', async () => {
    const a = record(1, 'https://news.example.org/world/port-strike');
    const { articles } = await storeWith(a, record(2));
    expect(
      await articles.idsForUrls([
        'https://news.example.org/world/port-strike?utm_source=rss&fbclid=x',
        'https://www.news.example.org/world/port-strike/amp',
        'https://news.example.org/world/port-strike#comments',
        'https://news.example.org/world/other-story',
        'not a url',
      ]),
    ).toEqual([a.id, a.id, a.id, undefined, undefined]);
    expect(await articles.idsForUrls([])).toEqual([]);
  });

  it('when a published record is re-written with another outlet then its link is indexed and nothing is counted twice', async () => {
    const a = record(1, 'https://news.example.org/world/port-strike');
    const { articles } = await storeWith(a, record(2, 'https://news.example.org/b'));
    const before = { count: await articles.count(), log: await articles.idsIngestedSince(new Date(0)), latest: (await articles.latest(10)).map((r) => r.id) };
    const merged = { ...a, alsoIn: [{ name: 'Courier', articleUrl: 'https://courier.example/port?utm_medium=feed' }], fromSources: ['file', 'a1b2c3d4e5'] };
    await articles.rewrite([merged]);
    await articles.rewrite([merged]); // idempotent
    expect(await articles.get(a.id)).toEqual(merged);
    expect(await articles.idsForUrls(['https://courier.example/port'])).toEqual([a.id]);
    expect({ count: await articles.count(), log: await articles.idsIngestedSince(new Date(0)), latest: (await articles.latest(10)).map((r) => r.id) }).toEqual(before);
  });

  it('when a url key holds something that is not an id then reading it fails naming the key', async () => {
    const { kv, articles } = await storeWith(record(1, 'https://news.example.org/a'));
    const key = `url:${createHash('sha256').update(canonicalUrl('https://news.example.org/a') ?? '').digest('hex')}`;
    expect(await kv.get(key)).toBe(record(1).id);
    await kv.set(key, 42);
    await expect(articles.idsForUrls(['https://news.example.org/a'])).rejects.toBeInstanceOf(StoredValueError);
  });
});
