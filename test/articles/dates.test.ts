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
});
