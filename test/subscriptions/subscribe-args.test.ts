// /subscribe's time and zone words: 12-hour times, and zones stored under their current IANA name.
import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, parseSubscribeArgs, parseTime } from '../../src/subscriptions/subscribe-args.js';
import { subscriptionSchema } from '../../src/subscriptions/subscription.js';

describe('parseTime', () => {
  it('when a 12-hour time is given then it becomes HH:MM (12am is midnight, 12pm is noon)', () => {
    const cases: Record<string, string> = {
      '7am': '07:00', '7pm': '19:00', '7:30pm': '19:30', '7.30 pm': '19:30', '7 P.M.': '19:00', '07:05AM': '07:05',
      '12am': '00:00', '12:30am': '00:30', '12pm': '12:00', '12:45pm': '12:45', '11:59pm': '23:59', '1am': '01:00',
    };
    for (const [text, time] of Object.entries(cases)) expect(parseTime(text), text).toBe(time);
  });

  it('when the time is nonsense then it is undefined', () => {
    for (const text of ['13pm', '0am', '00am', '7:60pm', '24:00', '7', '7pmx', 'am', '7:3pm', '25:00']) expect(parseTime(text), text).toBeUndefined();
  });

  it('should keep reading 24-hour times', () => {
    expect(parseTime('7:30')).toBe('07:30');
    expect(parseTime('23.59')).toBe('23:59');
  });
});

describe('parseSubscribeArgs', () => {
  it('when /subscribe 7am is sent then 7am is the time, not a time zone', () => {
    expect(parseSubscribeArgs('7am')).toEqual({ ok: true, time: '07:00' });
    expect(parseSubscribeArgs('7:30 pm Europe/Minsk')).toEqual({ ok: true, time: '19:30', timeZone: 'Europe/Minsk' });
    expect(parseSubscribeArgs('@news_channel 12am UTC')).toEqual({ ok: true, target: '@news_channel', time: '00:00', timeZone: 'UTC' });
  });

  it('when the time is 13pm or a bare 7 then the reply says it is not a time and how to write one', () => {
    for (const word of ['13pm', '7', '0am']) {
      const parsed = parseSubscribeArgs(word);
      expect(parsed.ok, word).toBe(false);
      const message = parsed.ok ? '' : parsed.message;
      expect(message).toContain(`${word} is not a time of day`);
      expect(message).toContain('7am');
      expect(message).not.toContain('time zone "');
    }
  });

  it('when a renamed zone is given then the current IANA name is stored (Europe/Kiev → Europe/Kyiv)', () => {
    expect(parseSubscribeArgs('08:00 Europe/Kiev')).toEqual({ ok: true, time: '08:00', timeZone: 'Europe/Kyiv' });
    expect(parseSubscribeArgs('europe/kyiv')).toEqual({ ok: true, timeZone: 'Europe/Kyiv' });
  });
});

describe('canonicalTimeZone', () => {
  it('when Intl spells a zone by its retired name then the current name comes back, and it still works with Intl', () => {
    const cases: Record<string, string> = {
      'Europe/Kiev': 'Europe/Kyiv', 'Europe/Kyiv': 'Europe/Kyiv', 'Asia/Calcutta': 'Asia/Kolkata', 'Asia/Saigon': 'Asia/Ho_Chi_Minh',
      'Asia/Katmandu': 'Asia/Kathmandu', 'Asia/Rangoon': 'Asia/Yangon', 'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
      'Pacific/Truk': 'Pacific/Chuuk', 'america/godthab': 'America/Nuuk', 'Etc/UTC': 'UTC', 'US/Eastern': 'America/New_York',
    };
    for (const [input, zone] of Object.entries(cases)) {
      expect(canonicalTimeZone(input), input).toBe(zone);
      expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
    }
  });

  it('when the text is no zone name then it is undefined (offsets included)', () => {
    for (const text of ['Mars/Olympus', '+03:00', '', 'UTC+3 ', '../etc']) expect(canonicalTimeZone(text), text).toBeUndefined();
  });

  it('when a subscription was stored as Europe/Kiev then it reads as Europe/Kyiv', () => {
    const stored = { chatId: 1, chatType: 'private', time: '08:00', timeZone: 'Europe/Kiev', status: 'active', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
    expect(subscriptionSchema.parse(stored).timeZone).toBe('Europe/Kyiv');
    expect(subscriptionSchema.parse({ ...stored, timeZone: 'Gone/Zone' }).timeZone).toBe('Gone/Zone');
  });
});
