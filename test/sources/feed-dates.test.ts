import { afterEach, describe, expect, it } from 'vitest';
import { isoDate } from '../../src/sources/feed-fields.js';

const NOW = new Date('2026-12-01T00:00:00Z');
const savedTz = process.env['TZ'];

describe('isoDate', () => {
  afterEach(() => {
    if (savedTz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = savedTz;
  });

  it.each([
    ['Mon, 02 Nov 2026 08:15:00 GMT', '2026-11-02T08:15:00.000Z'],
    ['Mon, 02 Nov 2026 08:15:00 EST', '2026-11-02T13:15:00.000Z'],
    ['Mon, 02 Nov 2026 08:15:00 CEST', '2026-11-02T06:15:00.000Z'],
    ['Mon, 2 Nov 2026 08:15:00 +0100', '2026-11-02T07:15:00.000Z'],
    ['Mon, 02 Nov 2026 08:15:00 UT', '2026-11-02T08:15:00.000Z'],
    ['2026-11-02T08:15:00.123+05:30', '2026-11-02T02:45:00.123Z'],
    ['2026-11-02', '2026-11-02T00:00:00.000Z'],
  ])('when a feed dates an item %s, then it is %s', (raw, iso) => {
    expect(isoDate(raw, NOW)).toBe(iso);
  });

  it('when a date has no zone, then it is read as UTC whatever the host zone is', () => {
    process.env['TZ'] = 'Asia/Tokyo';
    expect([isoDate('2026-11-02 08:15:00', NOW), isoDate('Mon, 02 Nov 2026 08:15:00', NOW)]).toEqual([
      '2026-11-02T08:15:00.000Z',
      '2026-11-02T08:15:00.000Z',
    ]);
  });

  it('when a date is garbage, before 1990 or more than a day after now, then there is none', () => {
    expect([isoDate('soon', NOW), isoDate('1970-01-01T00:00:00Z', NOW), isoDate('2026-12-03T00:00:00Z', NOW)]).toEqual([undefined, undefined, undefined]);
    expect(isoDate('2026-12-01T20:00:00Z', NOW)).toBe('2026-12-01T20:00:00.000Z'); // within the day's slack
  });
});
