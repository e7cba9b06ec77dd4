import { describe, expect, it } from 'vitest';
import { gendersAgree, surnameGender } from '../../src/nlp/surname-gender.js';

describe('surnameGender', () => {
  it.each(['Petrova', 'Ivanova', 'Lebedeva', 'Tsikhanouskaya', 'Tikhanovskaya', 'Zamyatina', 'Тихановская', 'Навальная', 'Зеленська'])(
    'when the surname is %s then it is written in the feminine',
    (s) => {
      expect(surnameGender(s)).toBe('f');
    },
  );

  it.each(['Petrov', 'Ivanov', 'Lebedev', 'Petrow', 'Zelensky', 'Zelenskyy', 'Sannikau', 'Петров', 'Путин', 'Зеленский', 'Саннікаў', 'Навальный'])(
    'when the surname is %s then it is written in the masculine',
    (s) => {
      expect(surnameGender(s)).toBe('m');
    },
  );

  it.each([
    'Lukashenko', // -enko is either
    'Kovalchuk',
    'Abramovich',
    'Петрова', // Russian -ова is also the genitive of -ов
    'Путина',
    'Pietrowa', // Polish -owa is also the genitive of -ow
    'Martin', // not a Slavic name at all
    'Molina',
    'Smith',
  ])('when the surname is %s then no gender is read from it', (s) => {
    expect(surnameGender(s)).toBeUndefined();
  });
});

describe('gendersAgree', () => {
  it('when either side shows no gender then they agree; two shown genders agree only when equal', () => {
    expect(gendersAgree(undefined, 'f')).toBe(true);
    expect(gendersAgree('m', undefined)).toBe(true);
    expect(gendersAgree('m', 'm')).toBe(true);
    expect(gendersAgree('m', 'f')).toBe(false);
  });
});
