// Role shapes: titles before the name, appositions, abbreviated and hyphenated titles, foreign titles, and the
// traps (a part someone plays, a quoted title), read through extractEntities as the index sees them.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/nlp/entities.js';

const roleOf = (text: string, person: string) => extractEntities(text).find((e) => e.type === 'PERSON' && e.text === person)?.role;

describe('role shapes', () => {
  it.each([
    ['Sen. Dana Whitlow (D-Ore.) opposed the bill.', 'Dana Whitlow', 'Sen.'],
    ['The rules go back to then-Governor Carl Bishop in 1998.', 'Carl Bishop', 'Governor'],
    ['Ex-minister Pavel Novak was questioned again.', 'Pavel Novak', 'Ex-minister'],
    ['"Rest matters," said Irene Dahl, a physiologist at the University of Bergen.', 'Irene Dahl', 'physiologist at the University of Bergen'],
    ['The Chief Whip, Lord Ferris, resigned on Friday.', 'Ferris', 'Chief Whip'],
    ["The firm's chief economist, Owen Hart, expects a slowdown.", 'Owen Hart', 'chief economist'],
    ['The Governor of Vermont, Alice Grant, signed it.', 'Alice Grant', 'Governor of Vermont'],
    ['Nora Quist, a 41-year-old firefighter from Maine, rescued the dog.', 'Nora Quist', 'firefighter'],
  ])('%s → %s is "%s"', (text, person, role) => {
    expect(roleOf(text, person)).toBe(role);
  });

  it('when a German compound title stands before a name then it is the role', () => {
    expect(roleOf('Bundesgesundheitsminister Karl Wendt stellte den Plan vor.', 'Karl Wendt')).toBe('Bundesgesundheitsminister');
  });

  it('when a title names a part played or stands inside a quoted title then it is no role', () => {
    expect(roleOf('In the new film Mia Laine plays Duchess Clara Holt.', 'Clara Holt')).toBeUndefined();
    expect(roleOf('The comedy casts Ben Ruiz as Major Tom Fuller, a tired pilot.', 'Tom Fuller')).toBeUndefined();
    expect(roleOf('Her album "Professor Joy Banks" sold well, Mia Laine said.', 'Joy Banks')).toBeUndefined();
  });

  it('when a day name opens the sentence then it is not part of the role', () => {
    expect(roleOf('Monday President Lena Ortiz flew to Quito.', 'Lena Ortiz')).toBe('President');
  });
});
