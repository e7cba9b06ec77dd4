// /who over the stored name index (people:names:*, people:row:*) in a real sqlite file: exact,
// surname-only, first-name-only and misspelt lookups, what a batch writes, bounded postings, replays.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Keyv from 'keyv';
import { afterEach, describe, expect, it } from 'vitest';
import { personKey } from '../../src/nlp/names.js';
import { POSTING_CAP } from '../../src/people/name-postings.js';
import { createKeyvPeopleIndex } from '../../src/store/keyv-people-index.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { crashingKeyv, InjectedCrash } from '../support/crashing-keyv.js';
import { recordNaming } from './people-records.js';

const dirs: string[] = [];
const stores: Store[] = [];
async function sqliteStore(path?: string): Promise<{ store: Store; path: string }> {
  const file = path ?? join(mkdtempSync(join(tmpdir(), 'newsbrief-people-')), 'store.sqlite');
  if (!path) dirs.push(join(file, '..'));
  const store = await openStore(`sqlite://${file}`);
  stores.push(store);
  return { store, path: file };
}
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Every key written by setMany/set through this keyv. */
function recordingWrites(kv: Keyv): { kv: Keyv; keys: string[] } {
  const keys: string[] = [];
  const proxy = new Proxy(kv, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property === 'setMany' && typeof value === 'function') {
        return (entries: { key: string }[]) => (keys.push(...entries.map((e) => e.key)), (value as (e: unknown) => unknown).call(target, entries));
      }
      if (property === 'set' && typeof value === 'function') {
        return (key: string, v: unknown) => (keys.push(key), (value as (k: string, v: unknown) => unknown).call(target, key, v));
      }
      return value;
    },
  });
  return { kv: proxy, keys };
}

const CAST = ['Helena Becker', 'Pierre Becker', 'Maria Kolesnikova', 'Christine Lagarde', 'Ingrid Valtonen', 'Alexander Lukashenko'];

describe('the stored name index', () => {
  it('when people are indexed then full names, surnames, first names and typos find them', async () => {
    const { store } = await sqliteStore();
    const people = createKeyvPeopleIndex(store.kv);
    await people.indexArticles([recordNaming('a1', CAST), recordNaming('a2', ['Helena Becker', 'Maria Kolesnikova'])], 'b1');

    expect((await people.lookup('Christine Lagarde')).person?.name).toBe('Christine Lagarde');
    // A surname shared by two people: the most mentioned, and both are known apart.
    expect((await people.lookup('Becker')).person?.name).toBe('Helena Becker');
    expect((await people.lookup('Pierre Becker')).person?.name).toBe('Pierre Becker');
    // Typos in the surname: a letter dropped, a letter swapped, one letter wrong.
    expect((await people.lookup('Kolesnikva')).person?.name).toBe('Maria Kolesnikova');
    expect((await people.lookup('Lagrade')).person?.name).toBe('Christine Lagarde');
    expect((await people.lookup('Ingrid Valtomen')).person?.name).toBe('Ingrid Valtonen');
    // A first name alone is only a suggestion; a prefix too.
    const given = await people.lookup('Ingrid');
    expect(given.person).toBeNull();
    expect(given.suggestions).toEqual(['Ingrid Valtonen']);
    expect((await people.lookup('Kolesnik')).suggestions).toContain('Maria Kolesnikova');
    // Nobody close: no answer, no suggestion.
    expect(await people.lookup('Zebulon Quartermaine')).toEqual({ query: 'Zebulon Quartermaine', person: null, suggestions: [] });
  });

  it('when a batch only mentions known people again then it writes no rows or postings, and a new name form does', async () => {
    const { store } = await sqliteStore();
    await createKeyvPeopleIndex(store.kv).indexArticles([recordNaming('a1', CAST)], 'b1');
    // Counts 1 → 2 cross a power of two (postings re-rank), 2 → 3 does not.
    await createKeyvPeopleIndex(store.kv).indexArticles([recordNaming('a2', CAST)], 'b2');
    const third = recordingWrites(store.kv);
    await createKeyvPeopleIndex(third.kv).indexArticles([recordNaming('a3', CAST)], 'b3');
    expect(third.keys.filter((k) => /^people:(row|names):/.test(k))).toEqual([]);
    expect(third.keys).toContain(`person:${personKey('Helena Becker')}`);

    await createKeyvPeopleIndex(store.kv).indexArticles([recordNaming('a4', CAST)], 'b4');
    // 4 → 5: the same power of two, but a new name form.
    const renamed = recordingWrites(store.kv);
    await createKeyvPeopleIndex(renamed.kv).indexArticles([recordNaming('a5', ['Christine Madeleine Lagarde'])], 'b5');
    const nameKeys = renamed.keys.filter((k) => /^people:(row|names):/.test(k));
    expect(nameKeys).toContain(`people:row:${personKey('Christine Lagarde')}`);
    expect(nameKeys).toContain('people:names:t:madeleine');
    // Only the new token's keys: no posting of a token Lagarde already had is rewritten.
    expect(nameKeys).not.toContain('people:names:t:lagarde');
    expect((await createKeyvPeopleIndex(store.kv).lookup('Madeleine')).suggestions).toEqual(['Christine Lagarde']);
  });

  it('when hundreds of people share a first name or a surname then postings stay capped, the most mentioned are kept, and a full name still finds a rare one', async () => {
    const { store } = await sqliteStore();
    const people = createKeyvPeopleIndex(store.kv);
    const surnames = Array.from({ length: 400 }, (_, i) => `Novak${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}son`);
    // Consonant–vowel patterns, so no two first names share a transliteration key (they would be one person).
    const c = 'bdfglmnrstv';
    const given = Array.from({ length: 300 }, (_, i) => `${c[i % 11]!.toUpperCase()}a${c[Math.floor(i / 11) % 11]}e${c[Math.floor(i / 121)]}o`);
    // 400 Marias with different surnames, 300 Kowalczyks with different first names, in batches of 50.
    const names = [...surnames.map((s) => `Maria ${s}`), ...given.map((g) => `${g} Kowalczyk`)];
    for (let i = 0; i < names.length; i += 50) await people.indexArticles(names.slice(i, i + 50).map((n, j) => recordNaming(`r${i + j}`, [n])), `b${i}`);
    // One Maria becomes well known late.
    const famous = `Maria ${surnames[399]!}`;
    for (let k = 0; k < 4; k++) await people.indexArticles([recordNaming(`f${k}`, [famous])], `f${k}`);

    for (const token of ['maria', 'kowalczyk']) {
      const posting = (await store.kv.get(`people:names:t:${token}`)) as unknown[];
      expect(posting.length).toBe(POSTING_CAP);
    }
    // Her count in the posting is that of the last power of two she crossed (4 of 5 articles).
    expect(((await store.kv.get('people:names:t:maria')) as [string, number][])[0]).toEqual([personKey(famous), 4]);
    expect((await people.lookup('Maria')).suggestions[0]).toBe(famous);
    // A rare Kowalczyk, with a letter missing from the surname: found through the complete surname bucket, not the capped posting.
    expect((await people.lookup(`${given[250]!} Kowalcyk`)).person?.name).toBe(`${given[250]!} Kowalczyk`);
  });

  it('when a batch is replayed after a crash before its write, or after it was written, then everyone is counted once', async () => {
    const { store } = await sqliteStore();
    const batch = [recordNaming('a1', CAST), recordNaming('a2', ['Helena Becker'])];
    await expect(createKeyvPeopleIndex(crashingKeyv(store.kv, 1).kv).indexArticles(batch, 'b1')).rejects.toBeInstanceOf(InjectedCrash);
    const people = createKeyvPeopleIndex(store.kv);
    await people.indexArticles(batch, 'b1');
    const replay = recordingWrites(store.kv);
    await createKeyvPeopleIndex(replay.kv).indexArticles(batch, 'b1');
    expect(replay.keys.filter((k) => /^people:(row|names):/.test(k))).toEqual([]);
    expect((await people.lookup('Helena Becker')).person?.articleCount).toBe(2);
    expect((await people.lookup('Kolesnikva')).person?.articleCount).toBe(1);
  });

  it('when another process writes then a reader opened before sees the new people at once, typos included', async () => {
    const { store: writer, path } = await sqliteStore();
    const { store: reader } = await sqliteStore(path);
    const readerPeople = createKeyvPeopleIndex(reader.kv);
    await createKeyvPeopleIndex(writer.kv).indexArticles([recordNaming('a1', ['Maria Kolesnikova'])], 'b1');
    expect((await readerPeople.lookup('Kolesnikva')).person?.articleCount).toBe(1);
    await createKeyvPeopleIndex(writer.kv).indexArticles([recordNaming('a2', ['Ingrid Valtonen', 'Maria Kolesnikova'])], 'b2');
    expect((await readerPeople.lookup('Valtomen')).person?.name).toBe('Ingrid Valtonen');
    expect((await readerPeople.lookup('Kolesnikva')).person?.articleCount).toBe(2);
  });
});
