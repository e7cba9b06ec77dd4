// A surname's people split into shards by given name (src/people/surname-shards.ts): a batch reads only the
// shards its names could match in, so a surname shared by many people costs what one of its shards costs,
// and who is who comes out as it would from the whole bucket.
import type Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { personKey } from '../../src/nlp/names.js';
import { newPerson } from '../../src/people/person-entry.js';
import { personCodec } from '../../src/store/keyv-people-codecs.js';
import { createKeyvPeopleIndex } from '../../src/store/keyv-people-index.js';
import { openStore } from '../../src/store/open-store.js';
import { recordNaming } from './people-records.js';

/** Every key read by getMany through this keyv. */
function recordingReads(kv: Keyv): { kv: Keyv; keys: string[] } {
  const keys: string[] = [];
  const proxy = new Proxy(kv, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property === 'getMany' && typeof value === 'function') {
        return (asked: string[]) => (keys.push(...asked), (value as (k: string[]) => unknown).call(target, asked));
      }
      return value;
    },
  });
  return { kv: proxy, keys };
}

const becker = personKey('Becker');
/** Given names of many letters, none a variant of another. */
const GIVEN = ['Anke', 'Bruno', 'Clara', 'Dieter', 'Emma', 'Felix', 'Greta', 'Hans', 'Ida', 'Jonas', 'Karla', 'Lukas', 'Mila', 'Nora', 'Otto', 'Pierre', 'Rosa', 'Sven', 'Theo', 'Ulla'];

describe('surname shards', () => {
  it('when a surname holds many people then a batch naming one of them reads only the shard of that given name', async () => {
    const store = await openStore('memory://');
    const { kv, keys } = recordingReads(store.kv);
    const people = createKeyvPeopleIndex(kv);
    await people.indexArticles(GIVEN.map((g, i) => recordNaming(`a${i}`, [`${g} Becker`])), 'b1');

    keys.length = 0;
    await people.indexArticles([recordNaming('again', ['Pierre Becker'])], 'b2');
    const bucketsRead = keys.filter((k) => k.startsWith('people:') && k.includes(becker) && !k.startsWith('people:s:') && !k.startsWith('people:names:'));
    expect(bucketsRead.sort()).toEqual([`people:${becker}#p`, `people:n:${becker}#p`, `people:tail:${becker}#p`]);
    expect((await people.lookup('Pierre Becker')).person?.articleCount).toBe(2);
    // Every other Becker is still found, once each.
    for (const g of GIVEN.filter((g) => g !== 'Pierre')) expect((await people.lookup(`${g} Becker`)).person?.articleCount, g).toBe(1);
    await store.close();
  });

  it('when one person dominates a surname then a bare mention joins them from another shard, and /who of the surname opens them', async () => {
    const store = await openStore('memory://');
    const people = createKeyvPeopleIndex(store.kv);
    await people.indexArticles([recordNaming('a1', ['Anke Becker', 'Pierre Becker'])], 'b1');
    await people.indexArticles([1, 2, 3].map((i) => recordNaming(`p${i}`, ['Pierre Becker'])), 'b2');
    // Pierre 4 articles, Anke 1: at least DOMINANT times, so a bare "Becker" is Pierre.
    await people.indexArticles([recordNaming('bare', ['Becker'])], 'b3');
    expect((await people.lookup('Becker')).person).toMatchObject({ name: 'Pierre Becker', articleCount: 5 });
    expect((await people.lookup('Anke Becker')).person?.articleCount).toBe(1);
    await store.close();
  });

  it('when a surname shows its gender then a bare mention joins the leader of that gender, not the most mentioned', async () => {
    const store = await openStore('memory://');
    const people = createKeyvPeopleIndex(store.kv);
    await people.indexArticles([1, 2, 3, 4].map((i) => recordNaming(`i${i}`, ['Ivan Petrov'])), 'b1');
    await people.indexArticles([recordNaming('anna', ['Anna Petrova'])], 'b2');
    await people.indexArticles([recordNaming('bare-f', ['Petrova']), recordNaming('bare-m', ['Petrov'])], 'b3');
    expect((await people.lookup('Anna Petrova')).person?.articleCount).toBe(2);
    expect((await people.lookup('Ivan Petrov')).person?.articleCount).toBe(5);
    await store.close();
  });

  it('when two people share a surname evenly then a bare mention joins neither, whichever shards they are in', async () => {
    const store = await openStore('memory://');
    const people = createKeyvPeopleIndex(store.kv);
    await people.indexArticles([recordNaming('a1', ['Anke Becker', 'Pierre Becker']), recordNaming('a2', ['Anke Becker', 'Pierre Becker'])], 'b1');
    await people.indexArticles([recordNaming('bare', ['Becker'])], 'b2');
    expect((await people.lookup('Anke Becker')).person?.articleCount).toBe(2);
    expect((await people.lookup('Pierre Becker')).person?.articleCount).toBe(2);
    expect(await store.kv.get(`people:tail:${becker}#_`)).toMatchObject({ value: [{ name: 'Becker', articleCount: 1 }] });
    await store.close();
  });

  it('when a name is an initial or a variant with another first letter then it still finds the person in their shard', async () => {
    const store = await openStore('memory://');
    const people = createKeyvPeopleIndex(store.kv);
    await people.indexArticles([recordNaming('a1', ['Bill Clinton']), recordNaming('a2', ['Hans Clinton'])], 'b1');
    // William is Bill in the variants table, and W. an initial of a name the row has only after "William" joined it.
    await people.indexArticles([recordNaming('a3', ['William Clinton'])], 'b2');
    await people.indexArticles([recordNaming('a4', ['W. Clinton']), recordNaming('a5', ['H. Clinton'])], 'b3');
    const bill = (await people.lookup('Bill Clinton')).person;
    expect(bill).toMatchObject({ articleCount: 3 });
    expect((await people.lookup('William Clinton')).person?.id).toBe(bill?.id);
    expect((await people.lookup('Hans Clinton')).person?.articleCount).toBe(2);
    await store.close();
  });

  it('when a person was first seen by an initial whose letter folds in the spelling key then the full name still joins them', async () => {
    const store = await openStore('memory://');
    const people = createKeyvPeopleIndex(store.kv);
    for (const chain of [
      ['Х. Кадыров', 'Хамзат Кадыров', 'Hamzat Kadyrov'],
      ['W. Matwijenko', 'Walentina Matwijenko', 'Valentina Matwijenko'],
    ]) {
      for (const [i, name] of chain.entries()) await people.indexArticles([recordNaming(`${chain[0]}-${i}`, [name])], `${chain[0]}-b${i}`);
      expect((await people.lookup(chain[2]!)).person?.articleCount, chain[2]).toBe(3);
    }
    await store.close();
  });

  it('when /who misspells a given name among many people of a surname then it still opens the one it means', async () => {
    const store = await openStore('memory://');
    const people = createKeyvPeopleIndex(store.kv);
    await people.indexArticles([...GIVEN, 'Cristina'].map((g, i) => recordNaming(`a${i}`, [`${g} Becker`])), 'b1');
    expect((await people.lookup('Kristina Becker')).person?.name).toBe('Cristina Becker');
    await store.close();
  });

  it("when a surname's summary is behind the ids its shards hold then a newcomer still gets an id of their own", async () => {
    const store = await openStore('memory://');
    const people = createKeyvPeopleIndex(store.kv);
    await people.indexArticles([recordNaming('a1', ['Anke Becker', 'Pierre Becker', 'Clara Becker'])], 'b1');
    const summary = (await store.kv.get(`people:s:${becker}`)) as { numbered: number };
    expect(summary.numbered).toBe(3);
    await store.kv.set(`people:s:${becker}`, { ...summary, numbered: 1 });
    // Dora goes to the d shard, which holds no one: the rows read (a, c, p for the others) show ids up to ~3.
    await people.indexArticles([recordNaming('a2', ['Dora Becker', 'Anke Becker', 'Clara Becker', 'Pierre Becker'])], 'b2');
    const ids = await Promise.all(['Anke', 'Pierre', 'Clara', 'Dora'].map(async (g) => (await people.lookup(`${g} Becker`)).person?.id));
    expect(new Set(ids).size).toBe(4);
    await store.close();
  });

  it('when a store holds a surname bucket from before shards then its people are still found, and newcomers get ids above theirs', async () => {
    const store = await openStore('memory://');
    // The layout before shards: one bucket per surname, ids key, key~2…, and no summary.
    const rows = [
      { id: becker, name: 'Pierre Becker', forms: ['Pierre Becker', 'Becker'], articleCount: 6 },
      { id: `${becker}~2`, name: 'Anke Becker', forms: ['Anke Becker'], articleCount: 1 },
    ];
    await store.kv.set(`people:${becker}`, { v: 2, value: rows });
    for (const r of rows) {
      const entry = { ...newPerson(r.id, r.name), names: Object.fromEntries(r.forms.map((f) => [f, 1])), articleCount: r.articleCount, batches: ['old'] };
      await store.kv.set(`person:${r.id}`, personCodec.encode(entry));
    }
    const people = createKeyvPeopleIndex(store.kv);
    expect((await people.lookup('Becker')).person?.name).toBe('Pierre Becker');

    await people.indexArticles([recordNaming('a1', ['Pierre Becker', 'Clara Becker']), recordNaming('a2', ['Anke Becker', 'Becker'])], 'b1');
    expect((await people.lookup('Pierre Becker')).person).toMatchObject({ id: becker, articleCount: 8 });
    expect((await people.lookup('Anke Becker')).person).toMatchObject({ id: `${becker}~2`, articleCount: 2 });
    expect((await people.lookup('Clara Becker')).person).toMatchObject({ id: `${becker}~3`, articleCount: 1 });
    // The old bucket stays where it was (it is read with the shards); the newcomer is in her shard.
    expect(await store.kv.get(`people:tail:${becker}#c`)).toMatchObject({ value: [{ id: `${becker}~3` }] });
    expect(await store.kv.get(`people:s:${becker}`)).toMatchObject({ numbered: 3, legacy: true });
    await store.close();
  });
});
