import { describe, expect, it } from 'vitest';
import { addDays, localDay, zonedInstant } from '../../src/delivery/local-time.js';

const iso = (d: Date): string => d.toISOString();

describe('zonedInstant', () => {
  it('should map an ordinary local time by the zone offset', () => {
    expect(iso(zonedInstant('2025-01-15', '08:00', 'Europe/Berlin'))).toBe('2025-01-15T07:00:00.000Z');
    expect(iso(zonedInstant('2025-07-15', '08:00', 'Europe/Berlin'))).toBe('2025-07-15T06:00:00.000Z');
    expect(iso(zonedInstant('2025-01-15', '08:00', 'Asia/Kolkata'))).toBe('2025-01-15T02:30:00.000Z');
    expect(iso(zonedInstant('2025-01-15', '23:59', 'UTC'))).toBe('2025-01-15T23:59:00.000Z');
    expect(iso(zonedInstant('2025-01-15', '00:00', 'America/Los_Angeles'))).toBe('2025-01-15T08:00:00.000Z');
  });

  it('when the local time falls in the Berlin spring-forward gap then it moves past the gap by as much (02:30 → 03:30 CEST)', () => {
    expect(iso(zonedInstant('2025-03-30', '02:30', 'Europe/Berlin'))).toBe('2025-03-30T01:30:00.000Z');
    expect(iso(zonedInstant('2025-03-30', '02:00', 'Europe/Berlin'))).toBe('2025-03-30T01:00:00.000Z');
    expect(iso(zonedInstant('2025-03-30', '01:59', 'Europe/Berlin'))).toBe('2025-03-30T00:59:00.000Z');
    expect(iso(zonedInstant('2025-03-30', '03:00', 'Europe/Berlin'))).toBe('2025-03-30T01:00:00.000Z');
  });

  it('when the local time happens twice on the Berlin fall-back day then the first occurrence (CEST) is meant', () => {
    expect(iso(zonedInstant('2025-10-26', '02:30', 'Europe/Berlin'))).toBe('2025-10-26T00:30:00.000Z');
    expect(iso(zonedInstant('2025-10-26', '03:00', 'Europe/Berlin'))).toBe('2025-10-26T02:00:00.000Z');
  });

  it('should apply the same rules in New York (gap 02:00→03:00, overlap 01:00–02:00)', () => {
    expect(iso(zonedInstant('2025-03-09', '02:30', 'America/New_York'))).toBe('2025-03-09T07:30:00.000Z');
    expect(iso(zonedInstant('2025-11-02', '01:30', 'America/New_York'))).toBe('2025-11-02T05:30:00.000Z');
  });

  it('should handle Lord Howe, whose DST shift is 30 minutes', () => {
    // Gap 02:00→02:30 (+10:30 → +11): 02:15 → 02:45 +11.
    expect(iso(zonedInstant('2025-10-05', '02:15', 'Australia/Lord_Howe'))).toBe('2025-10-04T15:45:00.000Z');
    // Overlap 01:30–02:00 happens twice: first at +11.
    expect(iso(zonedInstant('2025-04-06', '01:45', 'Australia/Lord_Howe'))).toBe('2025-04-05T14:45:00.000Z');
  });

  it('should give an instant whose local day and time read back as asked, outside gaps', () => {
    const zones = ['Europe/Minsk', 'Pacific/Auckland', 'Pacific/Honolulu', 'America/Santiago', 'Asia/Kathmandu'];
    for (const zone of zones) {
      for (const day of ['2025-01-01', '2025-04-06', '2025-09-28', '2025-12-31']) {
        const at = zonedInstant(day, '12:34', zone);
        expect(localDay(at, zone)).toBe(day);
        const hm = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
        expect(hm).toBe('12:34');
      }
    }
  });

  it('when days cross a DST change then every time of day stays on its local day and consecutive days are 23–25 h apart', () => {
    // Transitions of 2025: Berlin, New York, Lord Howe (30 min), Santiago (at midnight), Auckland (southern).
    const cases: [string, string][] = [
      ['Europe/Berlin', '2025-03-30'], ['Europe/Berlin', '2025-10-26'], ['America/New_York', '2025-03-09'],
      ['America/New_York', '2025-11-02'], ['Australia/Lord_Howe', '2025-10-05'], ['Australia/Lord_Howe', '2025-04-06'],
      ['America/Santiago', '2025-09-07'], ['America/Santiago', '2025-04-05'], ['Pacific/Auckland', '2025-09-28'],
    ];
    for (const [zone, change] of cases) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const days = [addDays(change, -1), change, addDays(change, 1)];
        const instants = days.map((day) => zonedInstant(day, time, zone).getTime());
        days.forEach((day, i) => expect(localDay(new Date(instants[i] ?? 0), zone), `${zone} ${day} ${time}`).toBe(day));
        for (const [a, b] of [[instants[0], instants[1]], [instants[1], instants[2]]] as const) {
          const hours = ((b ?? 0) - (a ?? 0)) / 3_600_000;
          expect(hours, `${zone} ${change} ${time}`).toBeGreaterThanOrEqual(23);
          expect(hours, `${zone} ${change} ${time}`).toBeLessThanOrEqual(25);
        }
      }
    }
  });

  it('should reject a malformed day, time or zone', () => {
    expect(() => zonedInstant('2025-02-30', '08:00', 'UTC')).toThrow(RangeError);
    expect(() => zonedInstant('2025-01-01', '24:00', 'UTC')).toThrow(RangeError);
    expect(() => zonedInstant('2025-01-01', '08:00', 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('localDay', () => {
  it('when it is already tomorrow in Auckland then the local day is tomorrow', () => {
    // 2025-06-15T12:30Z is 00:30 on the 16th in Auckland (NZST +12).
    expect(localDay(new Date('2025-06-15T12:30:00Z'), 'Pacific/Auckland')).toBe('2025-06-16');
    expect(localDay(new Date('2025-06-15T11:59:00Z'), 'Pacific/Auckland')).toBe('2025-06-15');
    // In January Auckland is on NZDT (+13).
    expect(localDay(new Date('2025-01-15T11:00:00Z'), 'Pacific/Auckland')).toBe('2025-01-16');
  });

  it('when it is still yesterday in Honolulu then the local day is yesterday', () => {
    // 2025-06-16T09:59Z is 23:59 on the 15th in Honolulu (-10, no DST).
    expect(localDay(new Date('2025-06-16T09:59:00Z'), 'Pacific/Honolulu')).toBe('2025-06-15');
    expect(localDay(new Date('2025-06-16T10:00:00Z'), 'Pacific/Honolulu')).toBe('2025-06-16');
  });

  it('should read UTC days as they are', () => {
    expect(localDay(new Date('2025-12-31T23:59:59.999Z'), 'UTC')).toBe('2025-12-31');
    expect(localDay(new Date('2026-01-01T00:00:00.000Z'), 'UTC')).toBe('2026-01-01');
  });
});

describe('addDays', () => {
  it('should cross month, leap-day and year ends both ways', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2025-06-15', 0)).toBe('2025-06-15');
    expect(addDays('2025-01-01', 365)).toBe('2026-01-01');
  });

  it('should ignore DST (plain calendar arithmetic)', () => {
    expect(addDays('2025-03-29', 1)).toBe('2025-03-30');
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
  });

  it('should reject a day that is not a calendar day', () => {
    expect(() => addDays('2025-13-01', 1)).toThrow(RangeError);
    expect(() => addDays('yesterday', 1)).toThrow(RangeError);
  });
});
