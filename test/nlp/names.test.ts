import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, editDistanceAtMost, nameMatchScore, namesCompatible, normalizeName, personKey, phoneticKey } from '../../src/nlp/names.js';

describe('normalizeName', () => {
  it('should lower-case, strip diacritics and possessives, and collapse punctuation', () => {
    expect(normalizeName('Gitanas Nausėda’s')).toBe('gitanas nauseda');
    expect(normalizeName("  Łukasz  O'Brien's ")).toBe('lukasz obrien');
    expect(normalizeName("Valéry Giscard d'Estaing")).toBe('valery giscard d estaing');
    expect(normalizeName('Jean-Luc   MOREAU')).toBe('jean luc moreau');
  });
});

describe('phoneticKey', () => {
  it.each([
    ['Lukashenko', 'Lukashenka'],
    ['Alexander', 'Aleksandr'],
    ['Alexander', 'Aleksander'],
    ['Nausėda', 'Nauseda'],
    ['Tsikhanouskaya', 'Tikhanovskaya'],
    ['Zelenskyy', 'Zelensky'],
    ['Sergey', 'Sergei'],
  ])('when given %s and %s then the keys are equal', (a, b) => {
    expect(phoneticKey(a)).toBe(phoneticKey(b));
  });

  it('when names differ then the keys differ', () => {
    expect(phoneticKey('Lukashenko')).not.toBe(phoneticKey('Lukashevich'));
    expect(phoneticKey('Trump')).not.toBe(phoneticKey('Tusk'));
  });
});

describe('personKey', () => {
  it('should key on the surname and ignore suffixes', () => {
    expect(personKey('Alexander Lukashenko')).toBe(personKey('Lukashenka'));
    expect(personKey('Martin Luther King Jr.')).toBe(personKey('King'));
    expect(personKey('Donald Trump')).not.toBe(personKey('Donald Tusk'));
  });
});

describe('namesCompatible', () => {
  it.each([
    ['Alexander Lukashenko', 'Aleksandr Lukashenka', true],
    ['Alexander Lukashenko', 'Viktor Lukashenko', false],
    ['Lukashenko', 'Alexander Lukashenko', true],
    ['A. Lukashenko', 'Alexander Lukashenko', true],
    ['Gitanas Nausėda', 'Gitanas Nauseda', true],
    ['Donald Trump', 'Donald Tusk', false],
  ])('when comparing %s and %s then %s', (a, b, want) => {
    expect(namesCompatible(a, b)).toBe(want);
  });
});

describe('nameMatchScore', () => {
  const luka = ['Alexander Lukashenko', 'Lukashenko'];

  it.each(['lukashenko', 'Lukashenka', 'LUKASHENKO', 'Alexander Lukashenko', 'aleksandr lukashenka'])(
    'when the query is %s then the match is confident',
    (q) => {
      expect(nameMatchScore(q, luka)).toBeGreaterThanOrEqual(0.8);
    },
  );

  it('when the query has a one-letter typo then it still matches confidently', () => {
    expect(nameMatchScore('lukashenk0', luka)).toBeGreaterThanOrEqual(0.8);
    expect(nameMatchScore('lukahsenko', luka)).toBeGreaterThanOrEqual(0.8);
  });

  it('when the query drops diacritics then it matches the accented name', () => {
    expect(nameMatchScore('nauseda', ['Gitanas Nausėda'])).toBeGreaterThanOrEqual(0.8);
  });

  it('when only the given name matches then it is a suggestion, not a match', () => {
    const s = nameMatchScore('alexander', luka);
    expect(s).toBeGreaterThanOrEqual(0.5);
    expect(s).toBeLessThan(0.8);
  });

  it('when the query is another person then the score is low', () => {
    expect(nameMatchScore('tsikhanouskaya', luka)).toBeLessThan(0.5);
    expect(nameMatchScore('Viktor Lukashenko', ['Alexander Lukashenko'])).toBeLessThan(0.8);
    expect(nameMatchScore('', luka)).toBe(0);
  });
});

describe('editDistanceAtMost', () => {
  it('when any two strings are compared then it equals the full distance, capped at k + 1', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, k) => {
        expect(editDistanceAtMost(a, b, k)).toBe(Math.min(editDistance(a, b), k + 1));
      }),
      { numRuns: 3000 },
    );
  });

  it('when a junk name of 20,000 characters is scored then the answer comes from the band, at once', () => {
    const junk = 'x'.repeat(20_000);
    // The full table would be 400 million cells (and 20,000 arrays): this returns after one band pass.
    expect(editDistanceAtMost(junk, `${junk}y`, 2)).toBe(1);
    expect(nameMatchScore(junk, [`Alexander ${junk.slice(1)}y`])).toBeGreaterThan(0.5);
  });
});

describe('keys across alphabets and romanisations', () => {
  it.each([
    [['Lukashenko', 'Lukashenka', 'Лукашенко', 'Лукашэнка', 'Łukaszenka', 'Lukaschenko', 'LUKASHENKO']],
    [['Tsikhanouskaya', 'Tikhanovskaya', 'Tsikhanowskaya', 'Ціханоўская', 'Тихановская']],
    [['Zelensky', 'Zelenskyy', 'Zelenskyi', 'Zelenskiy', 'Зеленский', 'Зеленський']],
    [['Yanukovych', 'Yanukovich', 'Janukowitsch', 'Янукович']],
    [['Volkov', 'Wolkov', 'Wolkow', 'Волков']],
    [['Sannikau', 'Sannikov', 'Санников', 'Саннікаў']],
    [['Tymoshenko', 'Timoshenko', 'Тимошенко']],
    [['Levin', 'Левин']],
    [['Yeltsin', 'Ельцин']],
    [['Zamyatin', 'Zamiatin', 'Замятин']],
    [['Vučić', 'Vucic']],
    [['Petrov', 'Petrova', 'Petrow', 'Петров', 'Петрова']],
  ])('when the spellings are %j then they share one key', (spellings) => {
    expect(new Set(spellings.map((s) => phoneticKey(s))).size).toBe(1);
  });

  it.each([
    ['Love', 'Lowe'],
    ['Jones', 'Jonas'],
    ['Smith', 'Smyth'],
    ['Marks', 'Marx'],
    ['Khan', 'Han'],
    ['Tsai', 'Tai'],
    ['Frank', 'Franko'],
    ['Romero', 'Romera'],
    ['West', 'Vest'],
    // Endings Latin names share with Russian ones (-in, -ow, -au): no Slavic folds without a Slavic spelling.
    ['Lewin', 'Levin'],
    ['Wallin', 'Valin'],
    ['Wilkin', 'Vilkin'],
    ['Collin', 'Colin'],
    ['Yassin', 'Jassin'],
    ['Bellow', 'Belov'],
    ['Matthew', 'Mathew'],
    ['Landau', 'Landov'],
  ])('when the Latin names %s and %s differ then their keys differ', (a, b) => {
    expect(phoneticKey(a)).not.toBe(phoneticKey(b));
  });

  it('when a Cyrillic name is normalised then й, ў, ї and ё stay letters of their own', () => {
    expect(normalizeName('Зеленський, Ўладзімір і Пётр')).toBe('зеленський ўладзімір і пётр');
  });
});

describe('people across alphabets', () => {
  it.each([
    ['Александр Лукашенко', 'Aliaksandr Lukashenka', true],
    ['Аляксандр Лукашэнка', 'Alexander Lukashenko', true],
    ['Владимир Зеленский', 'Volodymyr Zelenskyy', true], // Russian-language press calls him Владимир
    ['Святлана Ціханоўская', 'Sviatlana Tsikhanouskaya', true],
    ['Quincy Jones', 'Alex Jones', false],
    ['Lauri Love', 'Rob Lowe', false],
    ['Lauri Love', 'Love', true],
    ['Rob Lowe', 'Love', false],
    ['Bill Clinton', 'William Clinton', true],
    ['J. Smith', 'John Smith', true],
    ['John Smith', 'John Smyth', false],
    ['Alexander Petrov', 'Alexandra Petrov', false],
    // One key, two genders: a woman's surname form is not a man's.
    ['Petrova', 'Ivan Petrov', false],
    ['Anna Petrova', 'A. Petrov', false],
    ['Anna Petrova', 'Petrova', true],
    ['Ivan Petrov', 'Petrov', true],
    ['Ivan Petrov', 'Петрова', true], // also the genitive of Петров: no gender shown
  ])('when comparing %s and %s then %s', (a, b, want) => {
    expect(namesCompatible(a, b)).toBe(want);
  });

  it('when the query is in another alphabet or romanisation then it is a confident match', () => {
    const luka = ['Alexander Lukashenko'];
    for (const q of ['Лукашенко', 'Лукашэнка', 'Аляксандр Лукашэнка', 'Lukashenka']) expect(nameMatchScore(q, luka)).toBeGreaterThanOrEqual(0.8);
    expect(nameMatchScore('Lukashenko', ['Александр Лукашенко'])).toBeGreaterThanOrEqual(0.8);
  });

  it('when the query is a nickname with the surname then it is a confident match', () => {
    expect(nameMatchScore('Bill Clinton', ['William Clinton'])).toBeGreaterThanOrEqual(0.8);
  });

  it('when the query is a short name one letter from another then it is at most a suggestion', () => {
    expect(nameMatchScore('Jonas', ['Quincy Jones'])).toBeLessThan(0.8);
    expect(nameMatchScore('Love', ['Rob Lowe'])).toBeLessThan(0.5);
    expect(nameMatchScore('Lauri Love', ['Rob Lowe'])).toBeLessThan(0.5);
  });
});
