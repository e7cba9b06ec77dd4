import { describe, expect, it } from 'vitest';
import { directoryChanges, nameStateOf } from '../../src/people/directory-writes.js';
import { countBand, queryProbes, vocabularyKeys, withPerson, withToken, type Posting } from '../../src/people/name-postings.js';
import { newPerson, type PersonEntry } from '../../src/people/person-entry.js';

const entry = (id: string, name: string, forms: string[], count: number): PersonEntry => ({
  ...newPerson(id, name),
  names: Object.fromEntries([name, ...forms].map((f) => [f, 1])),
  articleCount: count,
});

describe('postings', () => {
  it('when a posting is full then a newcomer enters only by beating the least mentioned, and order is by count', () => {
    let posting: Posting = [];
    for (let i = 0; i < 4; i++) posting = withPerson(posting, `p${i}`, i + 1, 4)!;
    expect(posting.map(([id]) => id)).toEqual(['p3', 'p2', 'p1', 'p0']);
    expect(withPerson(posting, 'late', 1, 4)).toBeUndefined();
    expect(withPerson(posting, 'p2', 3, 4)).toBeUndefined();
    const next = withPerson(posting, 'late', 2, 4)!;
    expect(next.map(([id]) => id)).toEqual(['p3', 'p2', 'p1', 'late']);
    // Re-ranking moves someone up without duplicating them.
    expect(withPerson(next, 'late', 9, 4)!.map(([id]) => id)).toEqual(['late', 'p3', 'p2', 'p1']);
  });

  it('when a vocabulary list is full or holds the token then it is left as it is', () => {
    expect(withToken(['a', 'b'], 'c', 3)).toEqual(['a', 'b', 'c']);
    expect(withToken(['a', 'b', 'c'], 'd', 3)).toBeUndefined();
    expect(withToken(['a'], 'a')).toBeUndefined();
  });

  it('should band counts by powers of two', () => {
    expect([1, 2, 3, 4, 7, 8, 1000].map(countBand)).toEqual([1, 2, 2, 3, 3, 4, 10]);
  });

  it('when a token is short then it has no typo keys, and a 5,000-letter query reads a few keys', () => {
    expect(vocabularyKeys('li')).toEqual(['p:li']);
    expect(vocabularyKeys('anna').some((k) => k.startsWith('d:'))).toBe(false);
    expect(vocabularyKeys('nauseda')).toEqual(expect.arrayContaining(['d:nausda', 'p:nauseda', 'x:naus', 'x:nause']));
    const [probe] = queryProbes('x'.repeat(5_000));
    expect(probe!.postings.length + probe!.vocabulary.length).toBeLessThanOrEqual(4);
    expect(queryProbes(Array.from({ length: 50 }, (_, i) => `word${i}`).join(' '))).toHaveLength(8);
  });
});

describe('directoryChanges', () => {
  it('when only a count changes within its power of two then nothing is written; a new form adds only its tokens', () => {
    const before = entry('becker', 'Helena Becker', ['Becker'], 5);
    const state = new Map([['becker', nameStateOf(before)]]);
    expect(directoryChanges(state, [{ ...before, articleCount: 6 }])).toEqual({ rows: [], postings: new Map() });

    const renamed = entry('becker', 'Helena Becker', ['Becker', 'Helena Maria Becker'], 6);
    const changes = directoryChanges(state, [renamed]);
    expect(changes.rows).toEqual([['becker', 'Helena Becker', ['Becker', 'Helena Maria Becker'], 6]]);
    expect([...changes.postings.keys()]).toEqual(['maria']);
  });

  it('when someone is new or crosses a power of two then every token of theirs is (re)posted', () => {
    const fresh = directoryChanges(new Map(), [entry('lagarde', 'Christine Lagarde', ['Lagarde'], 1)]);
    expect([...fresh.postings.keys()].sort()).toEqual(['christine', 'lagarde']);
    const was = nameStateOf(entry('lagarde', 'Christine Lagarde', ['Lagarde'], 3));
    const crossed = directoryChanges(new Map([['lagarde', was]]), [entry('lagarde', 'Christine Lagarde', ['Lagarde'], 4)]);
    expect([...crossed.postings.values()].flat()).toEqual([{ id: 'lagarde', count: 4 }, { id: 'lagarde', count: 4 }]);
  });
});
