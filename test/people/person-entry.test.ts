import { describe, expect, it } from 'vitest';
import { findPerson, newPerson, type PersonEntry } from '../../src/people/person-entry.js';

function person(id: string, name: string, forms: string[], articleCount: number): PersonEntry {
  return { ...newPerson(id, name), names: Object.fromEntries([name, ...forms].map((f) => [f, 1])), articleCount };
}

describe('findPerson', () => {
  const helena = person('becker', 'Helena Becker', ['Becker'], 5);
  const bucket = [helena];

  it('when a different full name shares only the surname then it is a new person, not a merge', () => {
    expect(findPerson(bucket, 'Pierre Becker')).toBeUndefined();
  });

  it('should match transliterations of the full name and a bare surname', () => {
    const luka = person('lukashenko', 'Alexander Lukashenko', ['Lukashenko'], 3);
    expect(findPerson([luka], 'Aleksandr Lukashenka')?.id).toBe('lukashenko');
    expect(findPerson([luka], 'Lukashenko')?.id).toBe('lukashenko');
  });

  it('when a bare surname fits several people then the most mentioned wins', () => {
    const pierre = person('becker~2', 'Pierre Becker', ['Becker'], 9);
    expect(findPerson([helena, pierre], 'Becker')?.id).toBe('becker~2');
  });
});
