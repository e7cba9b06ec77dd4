import { describe, expect, it } from 'vitest';
import { confidentInBucket, MAX_SUGGESTIONS, rankCandidates } from '../../src/people/match-query.js';
import { updatedDirectory, type DirectoryTuple } from '../../src/people/people-directory.js';
import { newPerson, type PersonEntry } from '../../src/people/person-entry.js';

describe('confidentInBucket', () => {
  const luka = { id: 'lukashenko', name: 'Alexander Lukashenko', forms: ['Lukashenko'], articleCount: 3 };

  it('when the query is a transliteration of a row then that row is the answer', () => {
    expect(confidentInBucket('Aleksandr Lukashenka', [luka])).toBe('lukashenko');
  });

  it('when no row scores high enough then there is no confident answer', () => {
    expect(confidentInBucket('Viktor Lukashenko', [luka])).toBeUndefined();
    expect(confidentInBucket('Lukashenko', [])).toBeUndefined();
  });
});

describe('rankCandidates', () => {
  const row = (id: string, name: string, articleCount = 1) => ({ id, name, aliases: [], articleCount });

  it('when a candidate is a close match then it is confident, and suggestions are unique names, best first, capped', () => {
    const rows = [row('a', 'Maria Kolesnikova', 9), row('b', 'Maria Kolesnikova', 1), ...Array.from({ length: 8 }, (_, i) => row(`m${i}`, `Maria Kolesnik${'o'.repeat(i + 1)}`))];
    const ranked = rankCandidates('Maria Kolesnikova', rows);
    expect(ranked.confident).toBe('a');
    expect(ranked.suggestions[0]).toBe('Maria Kolesnikova');
    expect(new Set(ranked.suggestions).size).toBe(ranked.suggestions.length);
    expect(ranked.suggestions.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
  });

  it('when nothing is close then there is no answer and no suggestion', () => {
    expect(rankCandidates('Christine Lagarde', [row('a', 'Maria Kolesnikova')])).toEqual({ suggestions: [] });
  });
});

describe('updatedDirectory', () => {
  const entry = (id: string, name: string, names: Record<string, number>, count = 1): PersonEntry => ({ ...newPerson(id, name), names, articleCount: count });
  const stored: DirectoryTuple[] = [['becker', 'Helena Becker', ['Becker'], 5]];

  it('when only article counts change then the directory is not rewritten', () => {
    expect(updatedDirectory(stored, [entry('becker', 'Helena Becker', { 'Helena Becker': 6, Becker: 1 }, 6)])).toBeUndefined();
  });

  it('when someone is new or gains a name then the whole directory is returned with their row', () => {
    expect(updatedDirectory(stored, [entry('becker~2', 'Pierre Becker', { 'Pierre Becker': 1 })])).toEqual([...stored, ['becker~2', 'Pierre Becker', [], 1]]);
    expect(updatedDirectory(stored, [entry('becker', 'Helena Becker', { 'Helena Becker': 6, Becker: 1, 'H. Becker': 1 }, 6)])).toEqual([
      ['becker', 'Helena Becker', ['Becker', 'H. Becker'], 6],
    ]);
  });
});

describe('confidentInBucket and Slavic surname forms', () => {
  it('when a bucket holds Ivan Petrov and Anna Petrova then /who Petrova names her and /who Petrov names him', () => {
    const bucket = [
      { id: 'petrov~1', name: 'Ivan Petrov', forms: ['Petrov'], articleCount: 9 },
      { id: 'petrov~2', name: 'Anna Petrova', forms: ['Petrova'], articleCount: 2 },
    ];
    expect(confidentInBucket('Petrova', bucket)).toBe('petrov~2');
    expect(confidentInBucket('Petrov', bucket)).toBe('petrov~1');
  });

  it('when the bucket holds only Ivan Petrov then /who Petrova is not him', () => {
    const ivan = { id: 'petrov~1', name: 'Ivan Petrov', forms: ['Petrov'], articleCount: 9 };
    expect(confidentInBucket('Petrova', [ivan])).toBeUndefined();
    expect(confidentInBucket('Petrov', [ivan])).toBe('petrov~1');
  });
});
