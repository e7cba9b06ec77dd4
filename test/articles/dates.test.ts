import { describe, it, expect } from 'vitest';
import { parseDateString, resolveTextDate } from '../../src/articles/dates.js';

const NOW = new Date('2026-11-27T10:00:00Z');
const iso = (d: Date | undefined) => d?.toISOString();
const fromText = (body: string, now = NOW, stamps: string[] = []) => iso(resolveTextDate({ body, stamps }, now));

describe('parseDateString (metadata dates)', () => {
  it.each([
    ['2025-09-12', '2025-09-12T00:00:00.000Z'],
    ['2025-09-12T14:05:00Z', '2025-09-12T14:05:00.000Z'],
    ['2025-09-12T14:05:00+02:00', '2025-09-12T12:05:00.000Z'],
    ['2025-09-12 14:05', '2025-09-12T14:05:00.000Z'],
    ['Fri, 12 Sep 2025 14:05:00 GMT', '2025-09-12T14:05:00.000Z'],
    ['September 12, 2025', '2025-09-12T00:00:00.000Z'],
    ['Sept. 12, 2025 2:05 PM EDT', '2025-09-12T18:05:00.000Z'],
    ['12 September 2025', '2025-09-12T00:00:00.000Z'],
    ['12.09.2025', '2025-09-12T00:00:00.000Z'],
    ['09/12/2025', '2025-09-12T00:00:00.000Z'],
    ['25/12/2025', '2025-12-25T00:00:00.000Z'],
    ['12 de septiembre de 2025', '2025-09-12T00:00:00.000Z'],
    ['1757635200', '2025-09-12T00:00:00.000Z'],
  ])('when given "%s" then it is %s', (input, expected) => {
    expect(iso(parseDateString(input))).toBe(expected);
  });

  it('when given nonsense or an impossible day then it is undefined', () => {
    expect(parseDateString('soon')).toBeUndefined();
    expect(parseDateString('2025-02-30')).toBeUndefined();
  });
});

describe('resolveTextDate (dates in the article text)', () => {
  it('when "today, September 12" and "yesterday, September 11" appear then it is September 12 of the latest year named', () => {
    const body = 'Prisoners were freed yesterday, September 11. Drills begin today, September 12. He won in January 2025 after a 2021 crisis.';
    expect(fromText(body)).toBe('2025-09-12T00:00:00.000Z');
  });

  it('when only "yesterday, September 11" anchors then the article is dated the next day', () => {
    expect(fromText('The talks ended yesterday, September 11, 2025, without a deal.')).toBe('2025-09-12T00:00:00.000Z');
  });

  it('when "on Wednesday, September 10" is the only date then that date is used, with the weekday choosing the year', () => {
    expect(fromText('The vote took place on Wednesday, September 10, officials said.')).toBe('2025-09-10T00:00:00.000Z');
  });

  it('when plain dates in several forms appear then the latest past one is used and announced future ones are ignored', () => {
    const body = 'It began on 11 September 2025 and was reviewed on 2025-09-14. Talks will resume on October 2, 2025.';
    expect(fromText(body)).toBe('2025-09-14T00:00:00.000Z');
  });

  it('when a date without a year would be after now then the previous year is used', () => {
    expect(fromText('The ruling came on December 3.', new Date('2026-01-10T00:00:00Z'))).toBe('2025-12-03T00:00:00.000Z');
  });

  it('when a dateline or stamp gives a date then it wins over dates in the body', () => {
    expect(fromText('The 2023 law was passed on March 2, 2023.', NOW, ['WASHINGTON, Sept 11 (Reuters) - '])).toBe('2023-09-11T00:00:00.000Z');
  });

  it('when nothing is a date then it is undefined', () => {
    expect(fromText('No dates here, only 52 prisoners and 14 foreigners.')).toBeUndefined();
  });

  it('when dates are written in German, French or Russian then they are read', () => {
    expect(fromText('Die Entscheidung fiel am 3. März 2025 in Berlin.')).toBe('2025-03-03T00:00:00.000Z');
    expect(fromText('La décision a été prise le 3 mars 2025 à Paris.')).toBe('2025-03-03T00:00:00.000Z');
    expect(fromText('Решение было принято 3 марта 2025 года.')).toBe('2025-03-03T00:00:00.000Z');
  });

  it('when dates are written in Belarusian, Ukrainian or Polish then they are read', () => {
    expect(fromText('Рашэнне было прынята 3 сакавіка 2025 года.')).toBe('2025-03-03T00:00:00.000Z');
    expect(fromText('Нарада адбылася 14 жніўня 2025 года ў Мінску.')).toBe('2025-08-14T00:00:00.000Z');
    expect(fromText('Рішення ухвалили 3 березня 2025 року.')).toBe('2025-03-03T00:00:00.000Z');
    expect(fromText('Decyzję podjęto 3 października 2025 r. w Warszawie.')).toBe('2025-10-03T00:00:00.000Z');
  });

  it('when a dated dateline in another language is the stamp then it dates the article', () => {
    expect(fromText('Текст без дат.', NOW, ['МИНСК, 29 ноября — БЕЛТА. '])).toBe('2025-11-29T00:00:00.000Z');
    expect(fromText('Ohne Datum.', NOW, ['Berlin, 30. Oktober (dpa) - '])).toBe('2026-10-30T00:00:00.000Z');
  });

  it('when "вчера" or "gestern" anchors a date then the article is dated the next day', () => {
    expect(fromText('Переговоры завершились вчера, 11 сентября 2025 года.')).toBe('2025-09-12T00:00:00.000Z');
    expect(fromText('Die Gespräche endeten gestern, 11. September 2025.')).toBe('2025-09-12T00:00:00.000Z');
  });

  it('when a number is followed by a word that only starts like a month then it is no date', () => {
    expect(fromText('Les 30 maires de la région et 12 marines sont venus.')).toBeUndefined();
    expect(fromText('Ещё 5 маршрутов откроют, сообщили 12 марин.')).toBeUndefined();
  });
});

describe('month names', () => {
  // Genitive (ru, be, uk, pl) or plain (de, fr) month names, January to December.
  const MONTHS = [
    'января студзеня січня stycznia Januar janvier', 'февраля лютага лютого lutego Februar février',
    'марта сакавіка березня marca März mars', 'апреля красавіка квітня kwietnia April avril', 'мая мая травня maja Mai mai',
    'июня чэрвеня червня czerwca Juni juin', 'июля ліпеня липня lipca Juli juillet', 'августа жніўня серпня sierpnia August août',
    'сентября верасня вересня września September septembre', 'октября кастрычніка жовтня października Oktober octobre',
    'ноября лістапада листопада listopada November novembre', 'декабря снежня грудня grudnia Dezember décembre',
  ];
  it('when a date names its month in Russian, Belarusian, Ukrainian, Polish, German or French then the month is read', () => {
    MONTHS.forEach((names, i) => {
      const want = `2025-${String(i + 1).padStart(2, '0')}-12T00:00:00.000Z`;
      for (const name of names.split(' ')) expect(iso(parseDateString(`12 ${name} 2025`)), name).toBe(want);
    });
  });
});
