// Store conformance, /who: the people of the same files, indexed by the real ingestor on sqlite, Redis and
// PostgreSQL, are found by the same queries (full names, surnames, Cyrillic spellings, typos, first names) with the
// same cards; and each backend's answers equal sqlite's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/articles/build-record.js';
import { StoredValueError } from '../../src/store/stored-value.js';
import { testBackends } from '../support/backends.js';
import { corpusBatches } from '../support/conformance-corpus.js';
import { whoAnswers } from '../support/conformance-answers.js';
import { answerBook, openRig, type ConformanceRig } from '../support/conformance-rig.js';
import { manyArticles, SECOND_PERSON, SHARED_PERSON } from '../support/many-articles.js';
import { TEST_NOW } from '../support/test-app.js';

const backends = testBackends();
const book = answerBook<unknown>();

for (const backend of backends) {
  describe(`store conformance on ${backend.name}: the people index`, () => {
    let rig: ConformanceRig;
    beforeAll(async () => {
      rig = await openRig(backend);
      for (const batch of corpusBatches()) {
        await rig.ingestor.ingest(batch);
        rig.advanceMinutes(5);
      }
    }, 20_000);
    afterAll(async () => {
      await rig.close();
      await backend.cleanup();
    });
    const lookup = (query: string) => rig.people.lookup(query);

    it('finds one person under every spelling, Latin and Cyrillic, with every article counted', async () => {
      const found = await Promise.all([SHARED_PERSON, 'Lukashenko', 'Лукашенко', 'Лукашэнка', 'Lukashenka', 'Aliaksandr Lukashenka'].map(lookup));
      expect(new Set(found.map((f) => f.person?.id)).size).toBe(1);
      // 24 round-table stories, the seed and its follow-up, the Russian and the Belarusian one.
      expect(found[0]!.person?.articleCount).toBe(28);
      expect(found[0]!.person?.name).toBe(SHARED_PERSON);
    });

    it('finds people by a typo, a name without diacritics, a first name alone and a Cyrillic first name', async () => {
      expect((await lookup('Lukashenkko')).person?.name).toBe(SHARED_PERSON);
      expect((await lookup('Kolesnikva')).person).toMatchObject({ name: 'Maria Kolesnikova', articleCount: 1 });
      expect((await lookup('Lagrade')).person?.name).toBe('Christine Lagarde');
      // Every third round-table story (8 of 24), the seed and its follow-up.
      expect((await lookup('Nauseda')).person).toMatchObject({ name: SECOND_PERSON, articleCount: 10 });
      expect(await lookup('Gitanas')).toEqual({ query: 'Gitanas', person: null, suggestions: [SECOND_PERSON] });
      expect((await lookup('Maria')).suggestions).toEqual(['Maria Kolesnikova', 'Marta Kell']);
      expect((await lookup('Марта')).suggestions).toEqual(['Marta Kell']);
    });

    it('counts a wire story once however many outlets carried it', async () => {
      // The Gazette's copy and the court ruling; the Courier's copy and the mirror were merged into the first.
      expect((await lookup('Ines Varga')).person).toMatchObject({ name: 'Ines Varga', articleCount: 2 });
      expect((await lookup('Reiter')).person).toMatchObject({ name: 'Tomas Reiter', articleCount: 2 });
    });

    it('knows nobody it was not told of, and nobody from a chat\'s own source', async () => {
      expect(await lookup('Zebulon Quartermaine')).toEqual({ query: 'Zebulon Quartermaine', person: null, suggestions: [] });
      expect((await lookup('Oskar Brandt')).person).toBeNull();
      expect(await lookup('   ')).toEqual({ query: '   ', person: null, suggestions: [] });
    });

    it('when a crash left a batch indexed but not published then recovery finishes it and nobody is counted twice', async () => {
      book.put(backend, await whoAnswers(rig));
      const built = buildRecord(manyArticles(1, 500)[0]!.text, { now: TEST_NOW, maxBytes: 1_000_000 });
      if (!built.ok) throw new Error(built.error.message);
      // What ingest does up to a crash: the record, the journal, the people… and no publishing.
      await rig.articles.putRecords([built.record]);
      await rig.journal.begin({ id: 'replayed-batch', ids: [built.record.id] });
      await rig.people.indexArticles([built.record], 'replayed-batch');
      expect((await lookup(SHARED_PERSON)).person?.articleCount).toBe(29);
      expect(await rig.ingestor.recover()).toBe(1);
      expect((await lookup(SHARED_PERSON)).person?.articleCount).toBe(29);
      expect(await rig.journal.pending()).toBeUndefined();
      expect((await rig.articles.idsIngestedSince(new Date(0))).at(-1)).toBe(built.record.id);
    });

    it('when a foreign writer leaves garbage then a person entry throws StoredValueError and a name posting is skipped', async () => {
      const person = (await lookup(SHARED_PERSON)).person!;
      const raw: unknown = await rig.store.kv.get(`person:${person.id}`);
      await rig.store.kv.set(`person:${person.id}`, { v: 2, value: 'no entry here' });
      await expect(lookup(SHARED_PERSON)).rejects.toBeInstanceOf(StoredValueError);
      await rig.store.kv.set(`person:${person.id}`, raw);
      expect((await lookup(SHARED_PERSON)).person).toEqual(person);

      const postings = (await rig.store.kv.get('people:names:t:maria')) as unknown;
      expect(postings).toBeDefined();
      await rig.store.kv.set('people:names:t:maria', { garbage: true });
      // The surname still finds her straight from its bucket; the posting only served the slow path.
      expect((await lookup('Maria Kolesnikova')).person?.name).toBe('Maria Kolesnikova');
    });
  });
}

describe('store conformance: the people index', () => {
  it(`gives the same /who answers on ${backends.map((b) => b.name).join(', ')} as on sqlite`, () => {
    book.expectSameAsSqlite(backends);
  });
});
