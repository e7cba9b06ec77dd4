import { describe, it, expect } from 'vitest';
import { detectLanguage, isAnalysedLanguage, normaliseLanguage, SUPPORTED_LANGUAGES } from '../../src/articles/language.js';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The government said on Monday that it would extend the programme for another year, and officials expect it to pass.'],
    ['de', 'Die Regierung hat am Montag mitgeteilt, dass das Programm um ein weiteres Jahr verlängert wird und nicht teurer werden soll.'],
    ['fr', 'Le gouvernement a annoncé lundi que le programme serait prolongé pour une année et que les coûts ne devraient pas augmenter.'],
    ['es', 'El gobierno anunció el lunes que el programa se ampliará por un año más y que los costes no aumentarán según el ministerio.'],
    ['pl', 'Rząd poinformował w poniedziałek, że program zostanie przedłużony o kolejny rok i że koszty nie wzrosną, jak podało ministerstwo.'],
    ['ru', 'Правительство в понедельник заявило, что программа будет продлена ещё на год, и расходы не вырастут, сообщили в министерстве.'],
    ['uk', 'Уряд у понеділок заявив, що програму буде продовжено ще на рік, і витрати не зростуть, повідомили в міністерстві.'],
    ['zh', '政府周一表示，该计划将再延长一年，官员预计费用不会增加，相关部门正在制定具体安排。'],
  ])('when the text is %s then it is detected', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each([
    ['ru', 'Минск, 29 ноября 2026 года. Лукашенко провёл совещание с правительством.'],
    ['be', 'Мінск, 29 лістапада 2026 года. Лукашэнка правёў нараду з урадам.'],
    ['uk', 'Київ, 29 листопада 2026 року. Зеленський провів нараду з урядом.'],
    ['be', 'Лукашэнка сустрэўся з прадстаўнікамі ўрада ў Мінску'],
    ['ru', 'Лукашенко встретился с представителями правительства в Минске'],
    ['uk', 'Зеленський зустрівся з представниками уряду в Києві'],
    ['de', 'Berlin, 30. November (dpa) - Der Kanzler hat am Montag die Opposition kritisiert.'],
    ['fr', "Paris, le 30 novembre 2026 — Le président a reçu l'ambassadeur lundi."],
    ['pl', 'Warszawa, 30 listopada 2026 r. Premier spotkał się z prezydentem.'],
    ['en', 'London, Nov 30 - The minister met the president on Monday, officials said.'],
    ['de', 'Bundeskanzler Merz trifft Präsident Macron in Paris'],
  ])('when a short text is %s then it is detected', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('when the text is Cyrillic but Bulgarian or Serbian then it is not taken for Russian', () => {
    expect(detectLanguage('София, 30 ноември 2026 г. Президентът на България се срещна с министър-председателя.')).toBe('bg');
    expect(detectLanguage('Београд, 30. новембар 2026. Председник Србије састао се са премијером у понедељак.')).toBe('sr');
  });

  it('when the text is too short or has no language signal then it is "und"', () => {
    expect(detectLanguage('OK 42')).toBe('und');
    expect(detectLanguage('Xyzzy plugh frobnicate quux blorp zork grue')).toBe('und');
  });
});

describe('normaliseLanguage', () => {
  it('should turn tags and English names into primary subtags and reject other values', () => {
    expect(normaliseLanguage('en-US')).toBe('en');
    expect(normaliseLanguage('German')).toBe('de');
    expect(normaliseLanguage('zh_Hans')).toBe('zh');
    expect(normaliseLanguage('the best')).toBeUndefined();
  });
});

describe('isAnalysedLanguage', () => {
  it('when the language is supported or undetermined then it is analysed, else not', () => {
    expect([...SUPPORTED_LANGUAGES].sort()).toEqual(['be', 'de', 'en', 'fr', 'pl', 'ru', 'uk']);
    for (const lang of SUPPORTED_LANGUAGES) expect(isAnalysedLanguage(lang)).toBe(true);
    expect(isAnalysedLanguage('und')).toBe(true);
    expect(isAnalysedLanguage('es')).toBe(false);
    expect(isAnalysedLanguage('zh')).toBe(false);
  });
});
