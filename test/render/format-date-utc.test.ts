import { describe, expect, it } from 'vitest';
import { formatDay, formatDayTime } from '../../src/render/format-date.js';

// 'UTC' takes the Date's own fields; 'Etc/UTC' is the same zone through Intl: they must always agree.
describe('dates in UTC', () => {
  it('when a date is formatted in UTC then it reads as Intl gives it for the same zone', () => {
    const start = Date.UTC(1000, 0, 1);
    const end = Date.UTC(9999, 11, 31, 23, 59);
    let x = 12345;
    for (let i = 0; i < 3000; i++) {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      const date = new Date(start + Math.floor((x / 2 ** 31) * (end - start)));
      expect(formatDayTime(date, 'UTC')).toBe(formatDayTime(date, 'Etc/UTC'));
    }
    for (const iso of ['2025-09-12T21:30:00.000Z', '2024-02-29T00:05:00Z', '1999-12-31T23:59:59Z', '2025-01-01T09:00:00Z']) {
      expect(formatDayTime(iso, 'UTC')).toBe(formatDayTime(iso, 'Etc/UTC'));
      expect(formatDay(iso, 'UTC')).toBe(formatDay(iso, 'Etc/UTC'));
    }
    expect(formatDayTime('2024-02-29T00:05:00Z', 'UTC')).toBe('29 Feb 2024, 00:05');
  });

  it('when the year has not four digits then it still matches Intl', () => {
    for (const date of [new Date(Date.UTC(999, 5, 3, 7, 8)), new Date(Date.UTC(10000, 0, 1)), new Date('-000050-03-01T00:00:00Z')]) {
      expect(formatDayTime(date, 'UTC')).toBe(formatDayTime(date, 'Etc/UTC'));
    }
  });
});
