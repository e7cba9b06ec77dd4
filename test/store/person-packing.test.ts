// Person entries are stored packed from v3 on (keyv-people-packing.ts): tuples, no id, dates as epoch ms. An entry
// reads back exactly as it was, an entry the release before wrote (v2) reads as it is, /who answers the same either
// way, and a packed value of another shape is an error naming its key.
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/articles/build-record.js';
import type { PersonEntry } from '../../src/people/person-entry.js';
import { personCodec } from '../../src/store/keyv-people-codecs.js';
import { createKeyvPeopleIndex } from '../../src/store/keyv-people-index.js';
import { openStore } from '../../src/store/open-store.js';
import { StoredValueError } from '../../src/store/stored-value.js';
import { followUpText, seedText, unrelatedText } from '../support/articles.js';
import { TEST_NOW } from '../support/test-app.js';

const entry: PersonEntry = {
  id: 'lukashenk',
  name: 'Alexander Lukashenko',
  names: { 'Alexander Lukashenko': 3, Lukashenko: 2, '2024': 1 },
  roles: [
    { role: 'President', source: 'Minsk Wire', date: '2026-11-27T08:00:00.000Z' },
    { role: 'leader', source: 'Undated Post', date: '2026-11-26T10:30:00.123Z', undated: true },
  ],
  facts: [
    { text: 'Lukashenko said the border would stay open.', source: 'Minsk Wire', sourceUrl: 'https://minsk.example/a', date: '2026-11-27T08:00:00.000Z', articleId: 'a1' },
    { text: 'Lukashenko met the delegation.', source: 'Undated Post', date: '2026-11-26T10:30:00.123Z', undated: true, articleId: 'a2' },
    { text: 'A fact with a date in another form.', source: 'Old Feed', date: '2026-11-25', articleId: 'a3', sourceUrl: 'https://old.example/b', undated: true },
  ],
  articleCount: 5,
  batches: ['2ccb9001-28a3-4fa9-bbe5-a5d47401bdf4', 'b2'],
  // Integer-like ids sort first in an object: the packed form keeps whatever order the entry had.
  related: { kolesnik: { name: 'Maria Kolesnikova', count: 2 }, '42': { name: 'Someone Numbered', count: 1 } },
};

const roundTrip = (e: PersonEntry) => personCodec.decode(`person:${e.id}`, JSON.parse(JSON.stringify(personCodec.encode(e))));

describe('person entries packed (v3)', () => {
  it('when an entry is packed then it reads back equal, key order included, and a third smaller than the v2 object', () => {
    const back = roundTrip(entry);
    expect(back).toEqual(entry);
    expect(JSON.stringify(back)).toBe(JSON.stringify({ ...entry, facts: entry.facts.map((f) => ({ text: f.text, source: f.source, date: f.date, ...(f.undated ? { undated: true } : {}), articleId: f.articleId, ...(f.sourceUrl ? { sourceUrl: f.sourceUrl } : {}) })) }));
    expect(Object.keys(back!.related)).toEqual(Object.keys(entry.related));
    const packed = JSON.stringify(personCodec.encode(entry));
    expect(packed).not.toContain('"lukashenk"');
    expect(packed).not.toContain('2026-11-27T08:00:00.000Z');
    // The date not in toISOString's form is kept as written.
    expect(packed).toContain('"2026-11-25"');
    expect(packed.length).toBeLessThan(JSON.stringify({ v: 2, value: entry }).length * 0.8);
  });

  it('when an entry was stored by the release before (v2) then it reads as it is', () => {
    expect(personCodec.decode('person:lukashenk', { v: 2, value: entry })).toEqual(entry);
    expect(() => personCodec.decode('person:lukashenk', { v: 2, value: ['not', 'an', 'entry'] })).toThrow(StoredValueError);
  });

  it.each([
    ['a tuple of another length', ['Alexander Lukashenko', {}, [], [], 1, []]],
    ['an unreadable date', ['A B', {}, [['President', 'Wire', null]], [], 1, [], {}]],
    ['a fact without its article', ['A B', {}, [], [['text', 'Wire', 0]], 1, [], {}]],
    ['a related person as an object', ['A B', {}, [], [], 1, [], { x: { name: 'X', count: 1 } }]],
    ['a date out of range', ['A B', {}, [['President', 'Wire', 9e15]], [], 1, [], {}]],
  ])('when a v3 entry holds %s then reading it throws StoredValueError naming the key', (_, value) => {
    expect(() => personCodec.decode('person:ab', { v: 3, value })).toThrow(/person:ab/);
  });

  it('when a v3 entry is read under a key naming no id then it is an error, not a person without one', () => {
    expect(() => personCodec.decode('person:', personCodec.encode(entry))).toThrow(StoredValueError);
  });
});

describe('/who over packed and v2 entries', () => {
  it('when every entry is rewritten as the release before stored it then /who answers the same', async () => {
    const store = await openStore('memory://');
    const people = createKeyvPeopleIndex(store.kv);
    const records = [seedText(), followUpText, unrelatedText].map((text) => {
      const built = buildRecord(text, { now: TEST_NOW, maxBytes: 1_000_000 });
      if (!built.ok) throw new Error(built.error.message);
      return built.record;
    });
    await people.indexArticles(records, 'b1');
    const queries = ['Lukashenko', 'Lukashenkko', 'Maria Kolesnikova', 'Nauseda'];
    const before = await Promise.all(queries.map((q) => people.lookup(q)));
    expect(before[0]?.person?.facts.length).toBeGreaterThan(0);

    const map: unknown = store.kv.store;
    if (!(map instanceof Map)) throw new Error('expected the memory store');
    const keys = [...map.keys()].map((k) => String(k).replace(/^nb:/, '')).filter((k) => k.startsWith('person:'));
    expect(keys.length).toBeGreaterThan(2);
    for (const key of keys) {
      const raw: unknown = await store.kv.get(key);
      expect(raw).toMatchObject({ v: 3 });
      await store.kv.set(key, { v: 2, value: personCodec.decode(key, raw) });
    }
    expect(await Promise.all(queries.map((q) => people.lookup(q)))).toEqual(before);
  });
});
