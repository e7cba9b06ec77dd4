import { describe, expect, it } from 'vitest';
import type { Subscription } from '../../../src/subscriptions/subscription.js';
import { parseSettingsData, settingsData, SETTINGS_ACTIONS, type SettingsAction } from '../../../commands/settings/callback-data.js';
import { isCancel, parseAnswer, parseKeywords } from '../../../commands/settings/answers.js';
import {
  chooserView, confirmUnsubscribeView, languagePickerView, menuView, notSubscribedView, promptView, storyLanguagesView, timePickerView,
  zonePickerView, ZONE_PAGES,
} from '../../../commands/settings/views.js';
import { translator } from '../../../src/i18n/fluent.js';
import { SUPPORTED_LOCALES } from '../../../src/i18n/locales.js';

const LONGEST_CHAT_ID = -1009999999999999;
const sub = (over: Partial<Subscription> = {}): Subscription => ({
  chatId: LONGEST_CHAT_ID, chatType: 'channel', title: '@a_very_long_channel_username_x', ownerUserId: 1, time: '07:00', timeZone: 'America/Argentina/ComodRivadavia',
  include: [], exclude: [], status: 'active', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...over,
});

describe('settings callback data', () => {
  it('should round-trip every action with the chat id and argument', () => {
    for (const action of Object.keys(SETTINGS_ACTIONS) as SettingsAction[]) {
      expect(parseSettingsData(settingsData(action, -1001234567890, '0730'))).toEqual({ action, chatId: -1001234567890, arg: '0730' });
      expect(parseSettingsData(settingsData(action, 501))).toEqual({ action, chatId: 501 });
    }
  });

  it('when data is foreign or malformed then it is not understood', () => {
    for (const data of ['x:m:1', 's:zz:1', 's:m:abc', 's:m:', 's:m:99999999999999999999']) expect(parseSettingsData(data), data).toBeUndefined();
  });

  it('should keep every button of every screen within 64 bytes, even for the longest ids', () => {
    const s = sub();
    const t = translator('en');
    const vc = { t, language: 'en' } as const;
    const views = [menuView(s, vc, { back: true }), menuView(sub({ status: 'paused' }), vc), menuView(sub({ status: 'unsubscribed' }), vc), timePickerView(s, vc),
      ...ZONE_PAGES.map((_, page) => zonePickerView(s, vc, page)), promptView(s, 'time', vc), confirmUnsubscribeView(s, vc), languagePickerView(s, vc),
      storyLanguagesView(sub({ languages: ['en', 'de', 'fr', 'pl', 'ru', 'be', 'uk'] }), vc), notSubscribedView(LONGEST_CHAT_ID, t), chooserView([s, sub({ chatId: 5 })], 5, t)];
    for (const view of views) {
      for (const button of view.keyboard?.inline_keyboard.flat() ?? []) {
        const data = 'callback_data' in button ? button.callback_data : '';
        expect(Buffer.byteLength(data), data).toBeLessThanOrEqual(64);
        expect(parseSettingsData(data)?.chatId).toBeTypeOf('number');
      }
    }
    expect(() => settingsData('zoneSet', LONGEST_CHAT_ID, 'x'.repeat(60))).toThrow(RangeError);
  });
});

describe('typed settings answers', () => {
  it('should accept times like 7:45 and 07.30 and explain what is wrong with 25:00', () => {
    expect(parseAnswer('time', ' 7:45 ')).toMatchObject({ ok: true, change: { time: '07:45' } });
    expect(parseAnswer('time', '07.30')).toMatchObject({ ok: true, change: { time: '07:30' } });
    expect(parseAnswer('time', '25:00')).toEqual({ ok: false, message: '25:00 is not a time of day: use HH:MM between 00:00 and 23:59.' });
    expect(parseAnswer('time', 'tomorrow').ok).toBe(false);
  });

  it('should canonicalise zone names and refuse unknown ones and bare offsets', () => {
    expect(parseAnswer('timezone', 'asia/tokyo')).toMatchObject({ ok: true, change: { timeZone: 'Asia/Tokyo' } });
    expect(parseAnswer('timezone', 'Mars/Olympus')).toEqual({ ok: false, message: 'I don\'t know the time zone "Mars/Olympus". Use an IANA name like Europe/Minsk.' });
    expect(parseAnswer('timezone', '+03:00').ok).toBe(false);
  });

  it('should lower-case, trim and dedupe keywords, and enforce 2–40 characters and at most 20', () => {
    expect(parseKeywords('Belarus,  EU   sanctions ;belarus\nMinsk')).toEqual({ ok: true, keywords: ['belarus', 'eu sanctions', 'minsk'] });
    expect(parseKeywords('a, belarus')).toMatchObject({ ok: false, message: expect.stringContaining('"a"') });
    expect(parseKeywords('x'.repeat(41)).ok).toBe(false);
    expect(parseKeywords(' , ,').ok).toBe(false);
    const many = Array.from({ length: 21 }, (_, i) => `topic${i}`).join(',');
    expect(parseKeywords(many)).toMatchObject({ ok: false, message: expect.stringContaining('limit is 20') });
    expect(parseAnswer('exclude', 'Football')).toMatchObject({ ok: true, change: { exclude: ['football'] } });
  });

  it('should read cancel words as cancel, and nothing else', () => {
    for (const t of ['cancel', 'Cancel', '/cancel', '/cancel@newsbrief_bot', ' stop ']) expect(isCancel(t), t).toBe(true);
    for (const t of ['cancel it', 'belarus', '/settings']) expect(isCancel(t), t).toBe(false);
  });
});

describe('settings keyboards on a 360-px phone', () => {
  // About 18 characters fit a half-width button there (a 3-column "➕ Include to…" was cut at 12); emoji count as two.
  const HALF_WIDTH = 18;
  const width = (label: string) => Array.from(label).reduce((n, ch) => n + (/\p{Extended_Pictographic}/u.test(ch) ? 2 : 1), 0);
  const s = sub({ timeZone: 'America/Los_Angeles', chatType: 'private', title: undefined });

  it('should have at most two buttons a row, each short enough for half the width, in every language', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const t = translator(locale);
      const vc = { t, language: locale };
      const views = [menuView(s, vc, { back: true }), menuView(sub({ status: 'paused' }), vc), timePickerView(s, vc),
        ...ZONE_PAGES.map((_, page) => zonePickerView(s, vc, page)), languagePickerView(s, vc), confirmUnsubscribeView(s, vc),
        menuView(sub({ languages: ['en', 'de', 'fr', 'pl', 'ru'] }), vc), storyLanguagesView(s, vc),
        storyLanguagesView(sub({ languages: ['be', 'uk'] }), vc)];
      for (const view of views) {
        for (const row of view.keyboard?.inline_keyboard ?? []) {
          expect(row.length, `${locale}: ${JSON.stringify(row.map((b) => b.text))}`).toBeLessThanOrEqual(2);
          if (row.length === 2) for (const b of row) expect(width(b.text), `${locale}: ${b.text}`).toBeLessThanOrEqual(HALF_WIDTH);
        }
      }
    }
  });

  it('should name zones by city and page the rest behind "More zones…"', () => {
    const first = zonePickerView(s, { t: translator('en'), language: 'en' }).keyboard!.inline_keyboard.flat().map((b) => b.text);
    expect(first).toEqual(expect.arrayContaining(['UTC', 'London', 'Minsk', 'More zones…']));
    expect(first.some((label) => label.includes('/'))).toBe(false);
    const second = zonePickerView(s, { t: translator('en'), language: 'en' }, 1).keyboard!.inline_keyboard.flat().map((b) => b.text);
    expect(second).toEqual(expect.arrayContaining(['• Los Angeles', 'New York', 'Tokyo']));
  });
});
