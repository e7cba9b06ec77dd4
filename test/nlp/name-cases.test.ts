import { describe, expect, it } from 'vitest';
import { cyrillicGivenForms, cyrillicSurnameBase } from '../../src/nlp/name-cases.js';
import { givenKey, givenNamesCompatible, nameMatchScore, namesCompatible, personKey } from '../../src/nlp/names.js';

describe('cyrillicSurnameBase', () => {
  it.each([
    ['путина', 'путин'],
    ['путиным', 'путин'],
    ['ивановой', 'иванов'],
    ['зеленскому', 'зеленский'],
    ['зеленського', 'зеленський'],
    ['тихановской', 'тихановская'],
    ['ціханоўскай', 'ціханоўская'],
    ['саннікава', 'саннікаў'],
    ['навального', 'навальный'],
    ['трампа', 'трамп'],
    ['шольцем', 'шольц'],
    ['эрдогана', 'эрдоган'],
    ['лукашенко', 'лукашенко'],
    ['лукашэнка', 'лукашэнка'], // -ка after к is the nominative's own
    ['шойгу', 'шойгу'],
    ['дуда', 'дуда'], // too short to be read as a case form
  ])('when the surname is %s then its base is %s', (word, base) => {
    expect(cyrillicSurnameBase(word)).toBe(base);
  });
});

describe('cyrillicGivenForms', () => {
  it('when a given name may be a case form then the forms it may come from are listed, itself first', () => {
    expect(cyrillicGivenForms('александра')).toEqual(expect.arrayContaining(['александра', 'александр']));
    expect(cyrillicGivenForms('сергея')).toEqual(expect.arrayContaining(['сергей']));
    expect(cyrillicGivenForms('светланой')).toEqual(expect.arrayContaining(['светлана']));
    expect(cyrillicGivenForms('марии')).toEqual(expect.arrayContaining(['мария']));
    expect(cyrillicGivenForms('john')).toEqual(['john']);
  });
});

describe('names in case forms', () => {
  it.each([
    ['Владимира Путина', 'Vladimir Putin', true],
    ['Путину', 'Vladimir Putin', true],
    ['Александра Лукашенко', 'Alexander Lukashenko', true],
    ['Сергеем Шойгу', 'Sergei Shoigu', true],
    ['Светланой Тихановской', 'Sviatlana Tsikhanouskaya', true],
    ['Зеленскому', 'Volodymyr Zelensky', true],
    ['Марии Ивановой', 'Ivan Ivanov', false], // one surname key, two people: the given names differ
    ['Мария Иванова', 'Maria Ivanova', true],
    ['Анна Иванова', 'Anna Ivanova', true], // a given name is not read as a case form of a surname
    ['Навального', 'Alexei Navalny', true],
  ])('when comparing %s and %s then %s', (a, b, want) => {
    expect(namesCompatible(a, b)).toBe(want);
  });

  it('when a genitive Александра meets Alexander or Alexandra then it may be either, but they stay apart', () => {
    expect(givenNamesCompatible('александра', 'alexander')).toBe(true);
    expect(givenNamesCompatible('александра', 'alexandra')).toBe(true);
    expect(givenNamesCompatible('alexander', 'alexandra')).toBe(false);
    expect(personKey('Ивановой')).toBe(personKey('Ivanov'));
  });

  it('when a Cyrillic given name is queried against its Latin spelling then it is a confident match', () => {
    expect(nameMatchScore('Анна Иванова', ['Anna Ivanova'])).toBeGreaterThanOrEqual(0.8);
    expect(nameMatchScore('Трамп', ['Дональда Трампа'])).toBeGreaterThanOrEqual(0.8);
    expect(givenKey('Марина')).toBe(givenKey('Marina')); // no surname ending is taken off a given name
  });
});
