// Store conformance, articles: the same files ingested through the real ingestor on sqlite, Redis and PostgreSQL
// give the same records, /latest, ingest log, dedupe indexes and merged duplicates; and each backend's answers
// equal sqlite's. (One backend per describe, sqlite first: the last test compares them.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestResult } from '../../src/articles/ingest.js';
import { rankTimeOf } from '../../src/articles/record.js';
import { StoredValueError } from '../../src/store/stored-value.js';
import { testBackends } from '../support/backends.js';
import { CHAT, CHAT_STORY, COURIER, corpusBatches, GAZETTE, SOURCE_A, SOURCE_B, SOURCE_CHAT, TRACKED_GAZETTE_LINK } from '../support/conformance-corpus.js';
import { articleAnswers, resultSummary } from '../support/conformance-answers.js';
import { answerBook, inputOf, openRig, type ConformanceRig } from '../support/conformance-rig.js';

const backends = testBackends();
const book = answerBook<unknown>();

async function answersOf(rig: ConformanceRig, results: readonly IngestResult[]) {
  return { results: resultSummary(results), ...(await articleAnswers(rig)) };
}

for (const backend of backends) {
  describe(`store conformance on ${backend.name}: articles`, () => {
    let rig: ConformanceRig;
    const results: IngestResult[] = [];
    beforeAll(async () => {
      rig = await openRig(backend);
      for (const batch of corpusBatches()) {
        results.push(...(await rig.ingestor.ingest(batch)));
        rig.advanceMinutes(5);
      }
    }, 20_000);
    afterAll(async () => {
      await rig.close();
      await backend.cleanup();
    });

    const stored = () => results.flatMap((r) => (r.status === 'stored' ? [r.record] : []));
    const byName = (name: string) => {
      const result = results.find((r) => r.name === name);
      if (!result) throw new Error(`no result for ${name}`);
      return result;
    };
    const idOf = (name: string) => {
      const result = byName(name);
      if (result.status !== 'stored') throw new Error(`${name} was ${result.status}`);
      return result.record.id;
    };

    it('stores every new file once, merges each kind of duplicate into the stored record and fails the empty one', () => {
      expect(stored().length).toBe(24 + 3 + 4 + 1);
      expect(byName('courier.json')).toMatchObject({ status: 'duplicate', id: idOf('gazette.json'), duplicateOf: 'near', merged: true });
      expect(byName('mirror.json')).toMatchObject({ status: 'duplicate', id: idOf('gazette.json'), duplicateOf: 'hash', merged: true });
      expect(byName('aggregated.json')).toMatchObject({ status: 'duplicate', id: idOf('gazette.json'), duplicateOf: 'url' });
      expect(byName('seed-again.txt')).toMatchObject({ status: 'duplicate', id: idOf('seed.txt'), duplicateOf: 'hash', merged: false });
      expect(byName('empty.txt').status).toBe('failed');
    });

    it('reads records back whole with getMany, in the order asked, skipping ids it does not hold', async () => {
      const ids = stored().map((r) => r.id).reverse();
      const got = await rig.articles.getMany([ids[0]!, 'ffffffffffffffff', ...ids.slice(1)]);
      expect(got.map((r) => r.id)).toEqual(ids);
      const seed = await rig.articles.get(idOf('seed.txt'));
      expect(seed).toEqual(stored().find((r) => r.id === idOf('seed.txt')));
      expect(await rig.articles.get('ffffffffffffffff')).toBeUndefined();
      expect(await rig.articles.getMany([])).toEqual([]);
    });

    it('keeps the merged outlets and origins on the stored record', async () => {
      const record = await rig.articles.get(idOf('gazette.json'));
      expect(record?.source.name).toBe(GAZETTE.name);
      expect(record?.fromSources).toEqual([SOURCE_A, SOURCE_B, 'file']);
      expect(record?.alsoIn?.map((a) => a.name)).toEqual(expect.arrayContaining([COURIER.name, 'Wire Mirror']));
      expect(record?.ingestedAt).toBe(stored().find((r) => r.id === record?.id)?.ingestedAt);
    });

    it('logs arrivals in ingestion order, once each, and counts them', async () => {
      const ids = stored().map((r) => r.id);
      expect(await rig.articles.idsIngestedSince(new Date(0))).toEqual(ids);
      expect(await rig.articles.count()).toBe(ids.length);
      expect(await rig.articles.idsIngestedSince(new Date(0), { limit: 5 })).toEqual(ids.slice(-5));
      // The last batch was ingested ten minutes after the second: only its records and the third's are since then.
      const third = new Date(Date.parse(stored()[0]!.ingestedAt) + 10 * 60_000);
      const since = stored().filter((r) => r.ingestedAt >= third.toISOString()).map((r) => r.id);
      expect(since.length).toBeGreaterThan(0);
      expect(await rig.articles.idsIngestedSince(third)).toEqual(since);
      expect(await rig.articles.idsIngestedSince(new Date('2100-01-01T00:00:00.000Z'))).toEqual([]);
    });

    it('lists /latest newest first, the pool only: a chat source\'s story is not in it', async () => {
      const latest = await rig.articles.latest(100);
      const pool = stored().filter((r) => r.scope === undefined);
      expect(new Set(latest.map((r) => r.id))).toEqual(new Set(pool.map((r) => r.id)));
      expect(latest.some((r) => r.scope !== undefined)).toBe(false);
      const times = latest.map((r) => rankTimeOf(r));
      expect(times).toEqual([...times].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
      expect((await rig.articles.latest(3)).map((r) => r.id)).toEqual(latest.slice(0, 3).map((r) => r.id));
    });

    it('finds ids by content hash and by canonical link, each link in its own trust scope', async () => {
      const records = stored();
      expect(await rig.articles.idsForHashes([records[3]!.contentHash, 'f'.repeat(64), records[0]!.contentHash])).toEqual([records[3]!.id, undefined, records[0]!.id]);
      expect(await rig.articles.idForHash(records[1]!.contentHash)).toBe(records[1]!.id);
      expect(await rig.articles.idsForHashes([])).toEqual([]);
      const gazette = idOf('gazette.json');
      expect(await rig.articles.idsForUrls([TRACKED_GAZETTE_LINK, COURIER.link, 'https://nowhere.example/x', 'not a url'])).toEqual([gazette, gazette, undefined, undefined]);
      const chat = idOf('chat.json');
      expect(await rig.articles.idsForUrls(['https://hallow-creek.example/library-reopens'], CHAT)).toEqual([chat]);
      expect(await rig.articles.idsForUrls(['https://hallow-creek.example/library-reopens'])).toEqual([undefined]);
      expect(await rig.articles.idsForUrls([GAZETTE.link], CHAT)).toEqual([undefined]);
    });

    it('when a stored file comes again then it is a duplicate and nothing is written twice', async () => {
      const before = await answersOf(rig, results);
      const [again] = await rig.ingestor.ingest([inputOf('chat-again.json', CHAT_STORY, { sourceId: SOURCE_CHAT, chatId: CHAT })]);
      expect(again).toMatchObject({ status: 'duplicate', id: idOf('chat.json'), duplicateOf: 'hash', merged: false });
      expect(await answersOf(rig, results)).toEqual(before);
    });

    it('when a foreign writer leaves garbage then an index read throws StoredValueError and a bad record is skipped', async () => {
      book.put(backend, await answersOf(rig, results));
      const victim = idOf('ecb.txt');
      await rig.store.kv.set(`article:${victim}`, { v: 2, value: { title: 'no id, no body' } });
      const latest = await rig.articles.latest(100);
      expect(latest.map((r) => r.id)).not.toContain(victim);
      expect(latest.length).toBe(stored().filter((r) => r.scope === undefined).length - 1);
      await rig.store.kv.set(`article:${victim}`, { v: 9, value: {} });
      expect(await rig.articles.get(victim)).toBeUndefined();

      const hash = stored()[0]!.contentHash;
      await rig.store.kv.set(`hash:${hash}`, 42);
      await expect(rig.articles.idsForHashes([hash])).rejects.toBeInstanceOf(StoredValueError);
      await rig.store.kv.set('latest', 'not a list');
      await expect(rig.articles.latest(5)).rejects.toThrow(/the stored value at "latest" is not readable/);
      await rig.store.kv.set('ingestlog:head', { seq: -1 });
      await expect(rig.articles.count()).rejects.toBeInstanceOf(StoredValueError);
      await expect(rig.articles.idsIngestedSince(new Date(0))).rejects.toBeInstanceOf(StoredValueError);
    });
  });
}

describe('store conformance: articles', () => {
  it(`gives the same answers on ${backends.map((b) => b.name).join(', ')} as on sqlite`, () => {
    book.expectSameAsSqlite(backends);
  });
});
