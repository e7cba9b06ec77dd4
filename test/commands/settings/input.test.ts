import { describe, expect, it } from 'vitest';
import type { Subscription } from '../../../src/subscriptions/subscription.js';
import { parseSettingsData, settingsData, SETTINGS_ACTIONS, type SettingsAction } from '../../../commands/settings/callback-data.js';
import { isCancel, parseAnswer, parseKeywords } from '../../../commands/settings/answers.js';
import { chooserView, confirmUnsubscribeView, menuView, notSubscribedView, promptView, timePickerView, zonePickerView } from '../../../commands/settings/views.js';

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
    const views = [menuView(s, { back: true }), menuView(sub({ status: 'paused' })), menuView(sub({ status: 'unsubscribed' })), timePickerView(s),
      zonePickerView(s), promptView(s, 'time'), confirmUnsubscribeView(s), notSubscribedView(LONGEST_CHAT_ID), chooserView([s, sub({ chatId: 5 })], 5)];
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
