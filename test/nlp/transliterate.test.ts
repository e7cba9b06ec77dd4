import { describe, expect, it } from 'vitest';
import { cyrillicLanguageOf, cyrillicToLatin, hasCyrillic, latinToCyrillic } from '../../src/nlp/transliterate.js';

describe('cyrillicToLatin', () => {
  it.each([
    ['Александр Лукашенко', 'Aleksandr Lukashenko'], // Russian
    ['Аляксандр Лукашэнка', 'Aliaksandr Lukashenka'], // Belarusian: я → ia, э → e
    ['Святлана Ціханоўская', 'Sviatlana Tsikhanouskaya'], // Belarusian: і, ў → u, я after a vowel → ya
    ['Володимир Зеленський', 'Volodimir Zelensky'], // no letter tells Ukrainian here: read as Russian
    ['Юлія Тимошенко', 'Yuliia Tymoshenko'], // Ukrainian: и → y, ю at the start → yu, я → ia
    ['Їжак Євген Ґудзь', 'Yizhak Yevhen Gudz'], // Ukrainian ї, є, ґ, г → h
    ['Михаил Горбачёв', 'Mikhail Gorbachev'], // ё after ч → e
    ['Пётр Ельцин', 'Pyotr Yeltsin'], // ё → yo, е at the start → ye
    ['Дмитрий Щукин', 'Dmitry Shchukin'], // -ий → -y, щ → shch
  ])('when given %s then it is %s', (cyr, latin) => {
    expect(cyrillicToLatin(cyr)).toBe(latin);
  });

  it('when a word is all capitals then the Latin is too, and other text is copied', () => {
    expect(cyrillicToLatin('МИНСК, 29 ноября — ЩУКИН')).toBe('MINSK, 29 noyabrya — SHCHUKIN');
    expect(cyrillicToLatin("O'Brien и Лукашенко")).toBe("O'Brien i Lukashenko");
  });

  it('when the language is given then its table is used', () => {
    expect(cyrillicToLatin('Григорий', 'ru')).toBe('Grigory');
    expect(cyrillicToLatin('Григорій', 'uk')).toBe('Hryhorii');
  });
});

describe('cyrillicLanguageOf', () => {
  it.each([
    ['Лукашенко провёл совещание', 'ru'],
    ['Лукашэнка правёў нараду', 'be'],
    ['Зеленський провів нараду з урядом', 'uk'],
    ['Андрэй Саннікаў', 'be'],
  ])('when the text is "%s" then it is %s', (text, lang) => {
    expect(cyrillicLanguageOf(text)).toBe(lang);
  });
});

describe('latinToCyrillic', () => {
  it.each([
    ['Alexander Lukashenko', 'Александр Лукашенко'],
    ['Zelensky', 'Зеленский'],
    ['Khrushchev', 'Хрущев'],
    ['Sergey Shchukin', 'Сергей Щукин'],
    ['Maria', 'Мария'],
    ['LUKASHENKO', 'ЛУКАШЕНКО'],
  ])('when given %s then it is %s', (latin, cyr) => {
    expect(latinToCyrillic(latin)).toBe(cyr);
  });

  it('when a Russian name goes to Latin and back then it is the same name', () => {
    for (const name of ['Лукашенко', 'Шевченко', 'Хрущев', 'Щукин', 'Жуков']) expect(latinToCyrillic(cyrillicToLatin(name))).toBe(name);
  });
});

describe('hasCyrillic', () => {
  it('should tell Cyrillic text from Latin', () => {
    expect(hasCyrillic('Лукашенко')).toBe(true);
    expect(hasCyrillic('Lukashenko')).toBe(false);
  });
});
