import { describe, expect, it } from 'vitest';
import { newPerson, type PersonEntry, type PersonRow } from '../../src/people/person-entry.js';
import { bucketWrites, findPerson, newPersonId, resolveMentions } from '../../src/people/resolve-identity.js';
import type { ArticleRecord } from '../../src/articles/record.js';
import { personKey } from '../../src/nlp/names.js';

const row = (id: string, name: string, forms: string[], articleCount: number): PersonRow => ({ id, name, forms: [name, ...forms], articleCount });

describe('findPerson', () => {
  const helena = row('becker', 'Helena Becker', ['Becker'], 5);

  it('when a different full name shares only the surname then it is a new person, not a merge', () => {
    expect(findPerson([helena], 'Pierre Becker')).toBeUndefined();
  });

  it('should match transliterations of the full name and a bare surname', () => {
    const luka = row('lukashenko', 'Alexander Lukashenko', ['Lukashenko'], 3);
    expect(findPerson([luka], 'Aleksandr Lukashenka')?.id).toBe('lukashenko');
    expect(findPerson([luka], 'Lukashenko')?.id).toBe('lukashenko');
  });

  it('when a bare surname fits several people then the most mentioned wins', () => {
    const pierre = row('becker~2', 'Pierre Becker', ['Becker'], 9);
    expect(findPerson([helena, pierre], 'Becker')?.id).toBe('becker~2');
  });
});

describe('newPersonId', () => {
  it('when the bucket is empty then the id is the surname key, and later people get key~2, key~3', () => {
    expect(newPersonId('becker', [])).toBe('becker');
    expect(newPersonId('becker', [row('becker', 'Helena Becker', [], 1)])).toBe('becker~2');
    expect(newPersonId('becker', [row('becker', 'Helena Becker', [], 1), row('becker~2', 'Pierre Becker', [], 1)])).toBe('becker~3');
  });
});

/** A record naming these people (only what resolving reads). */
const mentioning = (id: string, ...names: string[]): { record: ArticleRecord; people: { name: string; forms: string[]; roles: string[]; facts: string[] }[] } => ({
  record: { id } as ArticleRecord,
  people: names.map((name) => ({ name, forms: [name], roles: [], facts: [] })),
});

describe('resolveMentions', () => {
  it('when two first names share a surname in one batch then they become two people with distinct ids', () => {
    const buckets = new Map<string, PersonRow[]>();
    const { resolved, created } = resolveMentions([mentioning('a1', 'Helena Becker', 'Pierre Becker')], buckets);
    const ids = resolved[0]!.people.map((p) => p.id);
    expect(new Set(ids).size).toBe(2);
    expect([...created.keys()].sort()).toEqual([...ids].sort());
    expect([...buckets.values()].flat()).toHaveLength(2);
  });

  it('when a name is already in its bucket then it resolves to that row and nothing is created', () => {
    const key = personKey('Alexander Lukashenko');
    const buckets = new Map([[key, [row('lukashenko', 'Alexander Lukashenko', ['Lukashenko'], 3)]]]);
    const { resolved, created } = resolveMentions([mentioning('a1', 'Aleksandr Lukashenka')], buckets);
    expect(resolved[0]!.people[0]!.id).toBe('lukashenko');
    expect(created.size).toBe(0);
    expect(buckets.get(key)![0]!.articleCount).toBe(4);
  });
});

describe('bucketWrites', () => {
  const entry = (id: string, name: string, count: number): PersonEntry => ({ ...newPerson(id, name), names: { [name]: count }, articleCount: count });

  it("should rewrite only buckets holding the batch's people, with their rows from the entries and others as stored", () => {
    const stranger = row('becker', 'Helena Becker', [], 5);
    const changedInMemory = { ...stranger, articleCount: 99 };
    const key = personKey('Becker');
    const buckets = new Map([
      [key, [changedInMemory, row('becker~2', 'Pierre Becker', [], 1)]],
      [personKey('Nauseda'), [row('nauseda', 'Gitanas Nauseda', [], 2)]],
    ]);
    const writes = bucketWrites(buckets, new Map([['becker', stranger]]), [entry('becker~2', 'Pierre Becker', 2)]);
    expect([...writes.keys()]).toEqual([key]);
    expect(writes.get(key)).toEqual([stranger, { id: 'becker~2', name: 'Pierre Becker', forms: ['Pierre Becker'], articleCount: 2 }]);
  });
});
