import { describe, expect, it } from 'vitest';
import { findPerson, type PersonRow } from '../../src/people/person-entry.js';

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
