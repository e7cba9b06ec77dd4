// A store written before the name index keeps everyone's names in one people:directory value (and
// its people:directory:rev), laid out here by hand as that code stored it (old-people-layout.ts).
// After the upgrade /who reads it, and ingest batches move it into the name index a slice at a time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Keyv from 'keyv';
import { afterEach, describe, expect, it } from 'vitest';
import { personKey } from '../../src/nlp/names.js';
import { createKeyvPeopleIndex } from '../../src/store/keyv-people-index.js';
import { createLegacyDirectory, migrateLegacyDirectory } from '../../src/store/keyv-people-legacy.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { crashingKeyv, InjectedCrash } from '../support/crashing-keyv.js';
import { OLD_BARE_DIRECTORY, OLD_REV, OLD_VALUES, oldPerson, writeOldLayout } from './old-people-layout.js';
import { recordNaming } from './people-records.js';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

type Sql = { query(sql: string): Promise<{ key: string; value: string }[]> };
const sqlOf = (store: Store) => store.kv.store as unknown as Sql;

async function sqliteStore(values: Record<string, unknown>): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-migrate-'));
  dirs.push(dir);
  const store = await openStore(`sqlite://${join(dir, 'store.sqlite')}`);
  stores.push(store);
  await writeOldLayout(store.kv, values);
  return store;
}

/** Every name-index key with its stored value, sorted: to compare two stores. */
const nameIndex = async (store: Store) =>
  (await sqlOf(store).query("SELECT key, value FROM keyv WHERE key LIKE 'nb:people:names:%' OR key LIKE 'nb:people:row:%' ORDER BY key")).map(
    (r) => [r.key, JSON.parse(r.value) as unknown],
  );

// Invented names, each surname with its own surname key.
const GIVEN = 'Amara Bogdan Cosima Dariusz Elif Fenna Gorka Halvard Ilse Jovan Katalin Leandro Mirela Nuno Orsolya Pascal Quirine Radek Sunniva Tobiah Ulrike Vesna'.split(' ');
const SURNAMES = 'Achterberg Brankovic Castagnoli Drummond Eriksdottir Fiorentino Grabowska Hakkarainen Iglesias Jablonski Kowalewska Lindholm Marchetti Nieminen Oyelowo Pellegrini Quaresma Rautio Szabados Tornquist Urquhart Vasquez'.split(' ');
const given = (i: number) => GIVEN[i]!;
const surname = (i: number) => SURNAMES[i]!;

/** The hand-written three people plus `extra` generated old people, in one old directory. */
function oldStoreValues(extra: number): Record<string, unknown> {
  const values = { ...OLD_VALUES };
  const tuples = [...(OLD_BARE_DIRECTORY as unknown[])];
  expect(new Set(SURNAMES.slice(0, extra).map(personKey)).size).toBe(extra);
  for (let i = 0; i < extra; i++) {
    const person = oldPerson(personKey(surname(i)), given(i), surname(i), 1 + (i % 5));
    Object.assign(values, person.values);
    tuples.push(person.tuple);
  }
  values['people:directory'] = { v: 2, value: tuples };
  return values;
}

const migrateAll = async (kv: Keyv, slice: number) => {
  const sizes: number[] = [];
  for (let n = await migrateLegacyDirectory(kv, { slice }); n > 0; n = await migrateLegacyDirectory(kv, { slice })) sizes.push(n);
  return sizes;
};

describe('a store with the old people directory', () => {
  it('when only read then typos and first names are answered from the old directory, bare or versioned, and nothing is written', async () => {
    for (const directory of [OLD_VALUES['people:directory'], OLD_BARE_DIRECTORY]) {
      const store = await sqliteStore({ ...OLD_VALUES, 'people:directory': directory });
      const people = createKeyvPeopleIndex(store.kv);
      const typo = await people.lookup('Kolesnikva');
      expect(typo.person).toMatchObject({ name: 'Maria Kolesnikova', articleCount: 2 });
      expect(JSON.stringify(typo.person)).toContain('opposition politician');
      expect((await people.lookup('Ingrid')).suggestions).toEqual(['Ingrid Valtonen']);
      expect(await nameIndex(store)).toEqual([]);
      expect(await store.kv.get('people:directory:rev')).toBe(OLD_REV);
    }
  });

  it('when the next batch comes then a small directory moves into the name index at once, and old and new people are found', async () => {
    const store = await sqliteStore(OLD_VALUES);
    const people = createKeyvPeopleIndex(store.kv);
    await people.indexArticles([recordNaming('new1', ['Piet Maarsen', 'Christine Lagarde'])], 'new1');
    for (const key of ['people:directory', 'people:directory:rev', 'people:directory:migrated']) expect(await store.kv.get(key)).toBeUndefined();
    // The old rows as the directory had them.
    expect(await store.kv.get('people:row:kolesnikov')).toEqual(['kolesnikov', 'Maria Kolesnikova', ['Kolesnikova'], 2]);
    // Kolesnikova and Valtonen were only in the old directory; Maarsen only in the new index.
    expect((await people.lookup('Kolesnikva')).person?.articleCount).toBe(2);
    expect((await people.lookup('Ingrid')).suggestions).toEqual(['Ingrid Valtonen']);
    expect((await people.lookup('Maarsem')).person?.name).toBe('Piet Maarsen');
    expect((await people.lookup('Lagrade')).person?.articleCount).toBe(2);
  });

  it('when the directory is larger than a slice then each batch moves one slice, the directory stays until the last, and everyone is found throughout', async () => {
    const store = await sqliteStore(oldStoreValues(22));
    const people = createKeyvPeopleIndex(store.kv, { migrationSlice: 10 });
    const everyone = async () => {
      expect((await people.lookup('Kolesnikva')).person?.name).toBe('Maria Kolesnikova');
      for (const i of [0, 9, 21]) expect((await people.lookup(given(i))).suggestions).toContain(`${given(i)} ${surname(i)}`);
    };
    expect(await migrateLegacyDirectory(store.kv, { slice: 10 })).toBe(10);
    expect(await store.kv.get('people:directory:migrated')).toEqual({ rev: OLD_REV, done: 10 });
    expect(await store.kv.get('people:directory:rev')).toBe(OLD_REV);
    // The first slice's people are in the name index, the rest not yet.
    expect(await store.kv.get(`people:row:${personKey(surname(6))}`)).toBeDefined();
    expect(await store.kv.get(`people:row:${personKey(surname(12))}`)).toBeUndefined();
    await everyone();
    // A batch during the migration moves the next slice; its new person is found at once, beside the old directory.
    await people.indexArticles([recordNaming('new1', ['Piet Maarsen'])], 'new1');
    expect(await store.kv.get('people:directory:migrated')).toEqual({ rev: OLD_REV, done: 20 });
    expect((await people.lookup('Maarsem')).person?.name).toBe('Piet Maarsen');
    await everyone();
    // The last slice (5 people) deletes the directory, its revision and the marker.
    await people.indexArticles([recordNaming('new2', ['Piet Maarsen'])], 'new2');
    for (const key of ['people:directory', 'people:directory:rev', 'people:directory:migrated']) expect(await store.kv.get(key)).toBeUndefined();
    await everyone();
    expect((await people.lookup('Maarsem')).person?.articleCount).toBe(2);
  });

  it('when migrated in slices then the name index is the same as migrated at once', async () => {
    const [sliced, whole] = [await sqliteStore(oldStoreValues(22)), await sqliteStore(oldStoreValues(22))];
    expect(await migrateAll(sliced.kv, 4)).toEqual([4, 4, 4, 4, 4, 4, 1]);
    expect(await migrateAll(whole.kv, 1000)).toEqual([25]);
    expect(await nameIndex(sliced)).toEqual(await nameIndex(whole));
    expect((await nameIndex(whole)).length).toBeGreaterThan(25);
  });

  it('when the process dies at any write of a sliced migration then resuming ends with the same name index, nobody counted twice', async () => {
    const reference = await sqliteStore(oldStoreValues(8));
    await migrateAll(reference.kv, 4);
    const expected = await nameIndex(reference);
    // Three slices of 4, 4 and 3 people: each writes its values, then the marker (or, last, deletes the directory).
    for (let crashAt = 1; crashAt <= 6; crashAt++) {
      const store = await sqliteStore(oldStoreValues(8));
      const dying = crashingKeyv(store.kv, crashAt);
      await expect(migrateAll(dying.kv, 4)).rejects.toBeInstanceOf(InjectedCrash);
      // Until the last slice is in, the directory is there for /who and for the next pass.
      expect(await store.kv.get('people:directory:rev')).toBe(OLD_REV);
      await migrateAll(store.kv, 4);
      expect(await store.kv.get('people:directory')).toBeUndefined();
      expect(await store.kv.get('people:directory:migrated')).toBeUndefined();
      expect(await nameIndex(store)).toEqual(expected);
    }
  });

  it('when a batch renamed someone before their slice was migrated then the migration keeps the newer row and count', async () => {
    const values = oldStoreValues(8);
    // Lagarde last in the directory: the batch's slice (2 people, moved before its own write) leaves her for later.
    const tuples = (values['people:directory'] as { value: unknown[][] }).value;
    values['people:directory'] = { v: 2, value: [...tuples.filter((t) => t[0] !== 'lagarde'), ...tuples.filter((t) => t[0] === 'lagarde')] };
    const store = await sqliteStore(values);
    const people = createKeyvPeopleIndex(store.kv, { migrationSlice: 2 });
    await people.indexArticles([recordNaming('new1', ['Christine Madeleine Lagarde']), recordNaming('new2', ['Christine Lagarde'])], 'new1');
    expect(await store.kv.get('people:row:lagarde')).toEqual(['lagarde', 'Christine Lagarde', ['Christine Madeleine Lagarde'], 3]);
    expect(await migrateAll(store.kv, 2)).toEqual([2, 2, 2, 2, 1]);
    expect(await store.kv.get('people:directory')).toBeUndefined();
    expect((await people.lookup('Madeleine')).suggestions).toEqual(['Christine Lagarde']);
    expect(await store.kv.get('people:names:t:lagarde')).toEqual([['lagarde', 3]]);
  });

  it('when an old-version writer rewrites the directory mid-migration then the migration starts over at the new revision', async () => {
    const store = await sqliteStore(oldStoreValues(8));
    expect(await migrateLegacyDirectory(store.kv, { slice: 4 })).toBe(4);
    const directory = (OLD_VALUES['people:directory'] as { value: unknown[] }).value;
    const late = oldPerson('oyelaran', 'Folake', 'Oyelaran', 1);
    await writeOldLayout(store.kv, { ...late.values, 'people:directory': { v: 2, value: [late.tuple, ...directory] }, 'people:directory:rev': 'rev-2' });
    expect(await migrateLegacyDirectory(store.kv, { slice: 4 })).toBe(4);
    expect(await store.kv.get('people:directory:migrated')).toBeUndefined();
    expect((await createKeyvPeopleIndex(store.kv).lookup('Folake')).suggestions).toEqual(['Folake Oyelaran']);
  });

  it('when the directory is deleted between reading its revision and reading it then the old directory reads as absent, not empty', async () => {
    const store = await sqliteStore(OLD_VALUES);
    await migrateAll(store.kv, 1000);
    // A reader that saw the revision just before the migration deleted both keys.
    const stale = new Proxy(store.kv, {
      get(target, property, receiver) {
        if (property === 'get') return async (key: string): Promise<unknown> => (key === 'people:directory:rev' ? OLD_REV : await target.get<unknown>(key));
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    expect(await createLegacyDirectory(stale)('Kolesnikva')).toBeUndefined();
    expect((await createKeyvPeopleIndex(stale).lookup('Kolesnikva')).person?.name).toBe('Maria Kolesnikova');
  });
});
