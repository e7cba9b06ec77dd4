// /who over a store that already holds junk "names" (5,000-character tokens, from before extraction
// capped name length): the directory's index must build and answer in bounded work. Once this took
// 67 s and 2.6 GB for one lookup.
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/articles/build-record.js';
import type { ArticleRecord, EntityMention } from '../../src/articles/record.js';
import { extractArticleEntities } from '../../src/nlp/entities.js';
import { createKeyvPeopleIndex } from '../../src/store/keyv-people-index.js';
import { openStore } from '../../src/store/open-store.js';
import { seedText } from '../support/articles.js';
import { TEST_NOW } from '../support/test-app.js';

const letters = (length: number, seed: number) => {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += 'abcdefghijklmnopqrstuvwxyz'[x % 26];
  }
  return out;
};
const Cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function seedRecord(): ArticleRecord {
  const built = buildRecord(seedText(), { now: TEST_NOW, maxBytes: 1_000_000 });
  if (!built.ok) throw new Error(built.error.message);
  return built.record;
}

/** The seed article with junk PERSON mentions added, as a store written before the cap may hold them. */
function withJunkPeople(record: ArticleRecord, count: number): ArticleRecord {
  const junk: EntityMention[] = Array.from({ length: count }, (_, i) => {
    const name = `${Cap(letters(5_000, i + 1))} ${Cap(letters(5_000, i + 100))}`;
    return { type: 'PERSON', text: name, name, paragraph: 0, start: 0, end: 1 };
  });
  return { ...record, id: `junk${count}`, entities: [...record.entities, ...junk] };
}

describe('/who with junk names in the store', () => {
  it('when the store holds 5,000-character names then lookups still answer, and a junk query is "not found"', async () => {
    const store = await openStore('memory://');
    const people = createKeyvPeopleIndex(store.kv);
    await people.indexArticles([withJunkPeople(seedRecord(), 20)], 'b1');

    const known = await people.lookup('Lukashenko');
    expect(known.person?.name).toMatch(/Lukashenk/);
    // A typo goes through the directory's candidate index, the part that was quadratic.
    const typo = await people.lookup('Lukashenkko');
    expect(typo.person?.name).toMatch(/Lukashenk/);
    const junkQuery = await people.lookup(letters(5_000, 4242));
    expect(junkQuery.person).toBeNull();
    expect(junkQuery.suggestions).toEqual([]);
    await store.close();
    // No explicit timeout: the default 5 s fails the quadratic index (about 16 s here); the counted proof is
    // in name-candidates.test.ts.
  });

  it('when an article names a 5,000-character "person" then extraction drops it before the store', () => {
    const text = `Officials said ${Cap(letters(5_000, 7))} Smith met Maria Kolesnikova in Minsk.`;
    const people = extractArticleEntities([text]).filter((e) => e.type === 'PERSON');
    expect(people.map((e) => e.name)).toEqual(['Maria Kolesnikova']);
  });
});
