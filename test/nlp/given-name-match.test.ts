import { describe, expect, it } from 'vitest';
import { fullNamesOf, givenNamesCompatible } from '../../src/nlp/given-name-match.js';

describe('givenNamesCompatible', () => {
  it.each([
    ['aleksandr', 'alexander'],
    ['aliaksandr', 'alexander'],
    ['oleksandr', 'aleksandr'],
    ['аляксандр', 'alexander'],
    ['олександр', 'александр'],
    ['sergey', 'sergei'],
    ['сяргей', 'sergei'],
    ['siarhei', 'сергей'],
    ['vladimir', 'volodymyr'],
    ['dzmitry', 'dmitry'],
    ['yuri', 'iurii'],
    ['sviatlana', 'светлана'],
    ['bill', 'william'],
    ['bob', 'robert'],
    ['alex', 'alexander'],
    ['alex', 'alexandra'],
    ['mike', 'michael'],
    ['liz', 'elizabeth'],
    ['j', 'john'],
    ['а', 'alexander'],
  ])('when the given names are %s and %s then they can be one person', (a, b) => {
    expect(givenNamesCompatible(a, b)).toBe(true);
    expect(givenNamesCompatible(b, a)).toBe(true);
  });

  it.each([
    ['quincy', 'alex'],
    ['lauri', 'rob'],
    ['alexander', 'alexandra'],
    ['martin', 'marvin'],
    ['daniel', 'daniela'],
    ['jan', 'ian'],
    ['peter', 'paul'],
    ['j', 'mary'],
    ['helena', 'pierre'],
  ])('when the given names are %s and %s then they are two people', (a, b) => {
    expect(givenNamesCompatible(a, b)).toBe(false);
  });

  it('when a nickname stands for several full names then it reaches each, and they stay apart', () => {
    expect([...fullNamesOf('alex')].sort()).toEqual(['alexander', 'alexandra']);
    expect([...fullNamesOf('Aleksandr')]).toEqual(['alexander']);
    expect(fullNamesOf('quincy').size).toBe(0);
  });
});
