// Store conformance, reopen-after-close: everything written on sqlite, Redis or PostgreSQL (articles and every
// index, /who, a chat's state, sources) reads back identically from a new store opened on the same backend and
// namespace after the first was closed; ingest carries on there (duplicates, wire copies, the journal); and each
// backend's answers equal sqlite's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestResult } from '../../src/articles/ingest.js';
import { wireCopyJson } from '../articles/ingest-wire-copies.js';
import { createKeyvArticleStore } from '../../src/store/keyv-article-store.js';
import { createKeyvPeopleIndex } from '../../src/store/keyv-people-index.js';
import { testBackends } from '../support/backends.js';
import { articleAnswers, resultSummary, whoAnswers } from '../support/conformance-answers.js';
import { chatStateAnswers, writeChatState } from '../support/conformance-chat-state.js';
import { CHAT_STORY, corpusBatches, GAZETTE, SOURCE_CHAT, CHAT } from '../support/conformance-corpus.js';
import { answerBook, inputOf, openRig, type ConformanceRig } from '../support/conformance-rig.js';
import { seedText } from '../support/articles.js';
import { manyArticles, SHARED_PERSON } from '../support/many-articles.js';
import { TEST_NOW } from '../support/test-app.js';

const backends = testBackends();
const book = answerBook<unknown>();

const VALLEY = {
  name: 'Valley Herald',
  home: 'https://valley-herald.example/',
  link: 'https://valley-herald.example/port-strike-calderon',
  headline: 'Strike at Calderon leaves grain ships waiting',
  byline: 'From wire reports',
  footer: 'Valley Herald staff contributed to this report.',
  publishedAt: '2026-11-27T08:05:00.000Z',
};

async function everything(rig: ConformanceRig) {
  return {
    articles: await articleAnswers(rig),
    who: await whoAnswers(rig),
    chats: await chatStateAnswers(rig),
    sources: await rig.sources.list(),
    seen: await rig.sources.unseen('a1b2c3d4e5', ['k1', 'k2', 'k3']),
  };
}

for (const backend of backends) {
  describe(`store conformance on ${backend.name}: reopen after close`, () => {
    let before: Awaited<ReturnType<typeof everything>>;
    let rig: ConformanceRig;
    const results: IngestResult[] = [];
    beforeAll(async () => {
      const first = await openRig(backend);
      for (const batch of corpusBatches()) {
        results.push(...(await first.ingestor.ingest(batch)));
        first.advanceMinutes(5);
      }
      await writeChatState(first);
      await first.sources.markSeen('a1b2c3d4e5', ['k1', 'k2']);
      before = await everything(first);
      await first.close();
      rig = await openRig(backend, new Date(TEST_NOW.getTime() + 30 * 60_000));
    }, 20_000);
    afterAll(async () => {
      await rig.close();
      await backend.cleanup();
    });

    it('reads back everything identically from a new store on the same backend and namespace', async () => {
      expect(rig.store.backend).toBe(backend.name);
      expect(before.articles.count).toBe(32);
      expect(before.chats.journal?.id).toBe('batch-x');
      expect(await everything(rig)).toEqual(before);
    });

    it('carries on ingesting: the journal left open is finished, duplicates and wire copies still merge, new files append', async () => {
      // The journal writeChatState began names ids never written: recovery finds nothing to publish and ends it.
      expect(await rig.ingestor.recover()).toBe(0);
      expect(await rig.journal.pending()).toBeUndefined();
      const more = await rig.ingestor.ingest([
        inputOf('seed-3.txt', seedText()),
        inputOf('chat-3.json', CHAT_STORY, { sourceId: SOURCE_CHAT, chatId: CHAT }),
        inputOf('valley.json', wireCopyJson(VALLEY)),
        ...manyArticles(2, 300).map((a) => inputOf(a.name, a.text)),
      ]);
      const gazette = results.find((r) => r.name === 'gazette.json');
      expect(more.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate', 'stored', 'stored']);
      expect(more[2]).toMatchObject({ id: gazette?.status === 'stored' ? gazette.record.id : 'gazette', duplicateOf: 'near', merged: true });
      const ids = await rig.articles.idsIngestedSince(new Date(0));
      expect(ids.slice(0, -2)).toEqual(before.articles.log);
      expect(ids.slice(-2)).toEqual(more.slice(3).map((r) => (r.status === 'stored' ? r.record.id : '')));
      expect(await rig.articles.count()).toBe(34);
      expect((await rig.people.lookup(SHARED_PERSON)).person?.articleCount).toBe(30);
      expect((await rig.articles.get(gazette?.status === 'stored' ? gazette.record.id : ''))?.alsoIn?.map((a) => a.name)).toContain(VALLEY.name);
      book.put(backend, { results: resultSummary([...results, ...more]), ...(await everything(rig)) });
    });

    it('keeps its namespace to itself: another namespace on the same backend sees none of it, and clearing that one leaves this', async () => {
      const mine = await rig.articles.count();
      const other = await backend.open({ namespace: `${backend.namespace}x` });
      try {
        const articles = createKeyvArticleStore(other.kv);
        expect(await articles.count()).toBe(0);
        expect(await articles.latest(5)).toEqual([]);
        expect((await createKeyvPeopleIndex(other.kv).lookup(SHARED_PERSON)).person).toBeNull();
        await other.kv.set('latest', 'garbage of another namespace');
        await other.kv.clear();
      } finally {
        await other.close();
      }
      expect(await rig.articles.count()).toBe(mine);
      expect((await rig.articles.latest(1)).length).toBe(1);
    });

    it('when the store is closed and opened once more then the new writes are there too', async () => {
      const after = await everything(rig);
      await rig.close();
      rig = await openRig(backend);
      expect(await everything(rig)).toEqual(after);
      expect(await rig.ingestor.ingest([inputOf('valley-again.json', wireCopyJson(VALLEY))])).toMatchObject([{ status: 'duplicate', merged: false }]);
      expect(GAZETTE.name).not.toBe(VALLEY.name);
    });
  });
}

describe('store conformance: reopen after close', () => {
  it(`gives the same answers on ${backends.map((b) => b.name).join(', ')} as on sqlite`, () => {
    book.expectSameAsSqlite(backends);
  });
});
