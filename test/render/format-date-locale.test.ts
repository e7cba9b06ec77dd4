import { describe, expect, it } from 'vitest';
import { DATE_UNKNOWN, formatDay, formatDayTime } from '../../src/render/format-date.js';

const at = '2025-09-12T21:30:00.000Z';

describe('dates in a locale', () => {
  it('should keep the stable English form without a locale or with an English one', () => {
    for (const locale of [undefined, 'en', 'en-GB', 'en-US']) {
      expect(formatDay(at, 'UTC', locale)).toBe('12 Sep 2025');
      expect(formatDayTime(at, 'Europe/Minsk', locale)).toBe('13 Sep 2025, 00:30');
    }
  });

  it('when a locale is given then the day and month come from Intl in that locale and zone, the time stays 24-hour', () => {
    const ru = new Intl.DateTimeFormat('ru', { timeZone: 'Europe/Minsk', year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(at));
    expect(formatDay(at, 'Europe/Minsk', 'ru')).toBe(ru);
    expect(formatDay(at, 'Europe/Minsk', 'ru')).toMatch(/^13 /);
    expect(formatDayTime(at, 'Europe/Minsk', 'ru')).toBe(`${ru}, 00:30`);
  });

  it('when the locale is not one Intl knows or the date is missing then it falls back as before', () => {
    expect(formatDay(at, 'UTC', 'not a locale!')).toBe('12 Sep 2025');
    expect(formatDay(undefined, 'UTC', 'ru')).toBe(DATE_UNKNOWN);
  });
});
