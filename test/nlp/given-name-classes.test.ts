// givenNameClasses is how the people index checks a mention against every row of a surname bucket:
// it must say exactly what givenNamesCompatible says, for table variants, spellings, initials and
// Cyrillic case forms alike.
import { describe, expect, it } from 'vitest';
import { GIVEN_NAME_VARIANTS } from '../../src/nlp/given-name-variants.js';
import { givenClassesMeet, givenNameClasses, givenNamesCompatible } from '../../src/nlp/given-name-match.js';
import { GIVEN_NAMES } from '../../src/nlp/gazetteer-given-names.js';

const HAND_PICKED = [
  'Bill', 'William', 'Alex', 'Alexander', 'Alexandra', 'Aleksandr', 'Oleksandr', 'Aliaksandr', 'J.', 'J', 'A', 'Ж',
  'Сергей', 'Сергея', 'Sergey', 'Sergei', 'Александр', 'Александра', 'Юлия', 'Yulia', 'Khalid', 'Halid', 'Wladimir',
  'Vladimir', 'Jan', 'Ian', 'Yan', 'Phillip', 'Philip', 'Gennady', 'Genady', 'Jean-Luc', 'Мария', 'Maria', 'Marie', '', '-', 'É.',
];

describe('given name classes', () => {
  it('when any two names are compared then the classes meet exactly when the names are compatible', () => {
    const words = GIVEN_NAMES.split(' ');
    const sample = words.filter((_, i) => i % Math.floor(words.length / 150) === 0);
    const variants = Object.entries(GIVEN_NAME_VARIANTS)
      .slice(0, 40)
      .flatMap(([full, others]) => [full, ...others.split(' ').slice(0, 3)]);
    const names = [...new Set([...HAND_PICKED, ...sample, ...variants])];
    const disagreements: string[] = [];
    let compatible = 0;
    for (const a of names) {
      for (const b of names) {
        const expected = givenNamesCompatible(a, b);
        if (expected) compatible++;
        if (givenClassesMeet(givenNameClasses(a), givenNameClasses(b)) !== expected) disagreements.push(`${a} / ${b}: ${expected}`);
      }
    }
    expect(disagreements).toEqual([]);
    // The sample holds both kinds of pair, many times over.
    expect(compatible).toBeGreaterThan(names.length * 2);
    expect(compatible).toBeLessThan(names.length * names.length / 4);
  });
});
