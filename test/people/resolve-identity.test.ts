import { describe, expect, it } from 'vitest';
import { newPerson, type PersonEntry, type PersonRow } from '../../src/people/person-entry.js';
import { bucketWrites, DOMINANT, findPerson, newPersonId, resolveMentions } from '../../src/people/resolve-identity.js';
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

  it('when a bare surname fits several people of similar weight then it joins none of them, only the surname-only row', () => {
    const pierre = row('becker~2', 'Pierre Becker', ['Becker'], 9);
    expect(findPerson([helena, pierre], 'Becker')).toBeUndefined();
    const bare = row('becker~3', 'Becker', [], 2);
    expect(findPerson([helena, pierre, bare], 'Becker')?.id).toBe('becker~3');
  });

  it('when one of several people dominates the surname then a bare surname goes to them', () => {
    const pierre = row('becker~2', 'Pierre Becker', ['Becker'], 5 * DOMINANT);
    expect(findPerson([helena, pierre], 'Becker')?.id).toBe('becker~2');
  });

  it('when a full name comes then it never joins a row known only by the bare surname', () => {
    const bare = row('becker~2', 'Becker', [], 7);
    expect(findPerson([bare], 'Pierre Becker')).toBeUndefined();
  });
});

describe('findPerson across the genders of one surname', () => {
  const ivan = row('petrov', 'Ivan Petrov', ['Petrov'], 30);

  it('when a bare feminine surname comes then it never joins the dominant man of the bucket', () => {
    expect(findPerson([ivan], 'Petrova')).toBeUndefined();
    const bare = row('petrov~2', 'Petrova', [], 2);
    expect(findPerson([ivan, bare], 'Petrova')?.id).toBe('petrov~2');
  });

  it('when full names differ in the gender of the surname then they are two people, even with a matching initial', () => {
    const alla = row('petrov~2', 'A. Petrova', [], 4);
    expect(findPerson([ivan, alla], 'A. Petrov')).toBeUndefined();
    expect(findPerson([row('petrov', 'A. Petrov', [], 4)], 'Anna Petrova')).toBeUndefined();
  });

  it('when a bare surname shows its gender then it joins the one person of that gender among several', () => {
    const anna = row('petrov~2', 'Anna Petrova', ['Petrova'], 25);
    expect(findPerson([ivan, anna], 'Petrova')?.id).toBe('petrov~2');
    expect(findPerson([ivan, anna], 'Petrov')?.id).toBe('petrov');
  });

  it('when a form shows no gender (a Russian case form) then the usual rules decide', () => {
    expect(findPerson([ivan], 'Петрова')?.id).toBe('petrov');
  });
});

describe('newPersonId', () => {
  it('when the bucket is empty then the id is the surname key, and later people get key~2, key~3', () => {
    expect(newPersonId('becker', [])).toBe('becker');
    expect(newPersonId('becker', [row('becker', 'Helena Becker', [], 1)])).toBe('becker~2');
    expect(newPersonId('becker', [row('becker', 'Helena Becker', [], 1), row('becker~2', 'Pierre Becker', [], 1)])).toBe('becker~3');
  });

  it('when the bucket has a gap in its numbers then the new id is above all of them, never one already given', () => {
    const gap = [row('becker', 'Helena Becker', [], 1), row('becker~5', 'Pierre Becker', [], 1)];
    expect(newPersonId('becker', gap)).toBe('becker~6');
    const noFirst = [row('becker~2', 'Pierre Becker', [], 1)];
    expect(newPersonId('becker', noFirst)).toBe('becker~3');
  });

  it('when many people join one bucket in a batch then every id is new', () => {
    const buckets = new Map([[personKey('Becker'), [row('becker~4', 'Helena Becker', [], 1)]]]);
    const { created } = resolveMentions([mentioning('a1', 'Pierre Becker', 'Anna Becker', 'Karl Becker')], buckets);
    const ids = [...buckets.values()].flat().map((r) => r.id);
    expect(new Set(ids).size).toBe(4);
    expect([...created.keys()]).not.toContain('becker~4');
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

describe('resolveMentions with bare surnames', () => {
  it('when a bare surname comes in the batch before the full name then it still joins that one person', () => {
    const buckets = new Map<string, PersonRow[]>();
    const { resolved } = resolveMentions([mentioning('a1', 'Vasquez'), mentioning('a2', 'Lorna Vasquez')], buckets);
    expect(resolved[0]!.people[0]!.id).toBe(resolved[1]!.people[0]!.id);
  });

  it('when two people share the surname then a bare one joins neither and their ids stay apart', () => {
    const buckets = new Map<string, PersonRow[]>();
    const { resolved } = resolveMentions([mentioning('a1', 'Quentin Marsh', 'Alma Marsh'), mentioning('a2', 'Marsh')], buckets);
    const [quentin, alma] = resolved[0]!.people.map((p) => p.id);
    const bare = resolved[1]!.people[0]!.id;
    expect(quentin).not.toBe(alma);
    expect([quentin, alma]).not.toContain(bare);
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

  it("when a person's name now keys to a bucket the batch did not read then that bucket is not written (it would wipe it)", () => {
    // Found under "Lorna Vasquez"; the entry's name has since become a form that keys elsewhere.
    const key = personKey('Vasquez');
    const buckets = new Map([[key, [row('vasquez', 'Lorna Vasquez', [], 3)]]]);
    const renamed = entry('vasquez', 'Lorna Vasquez-Ortega', 4);
    expect(personKey(renamed.name)).not.toBe(key);
    const writes = bucketWrites(buckets, new Map(), [renamed]);
    expect([...writes.keys()]).toEqual([key]);
    expect(writes.get(key)!.map((r) => r.id)).toEqual(['vasquez']);
  });
});
