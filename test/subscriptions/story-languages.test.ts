// The story-language setting of a subscription: its transitions, its schema, and records stored before it existed.
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { createKeyvSubscriptionStore } from '../../src/store/keyv-subscription-store.js';
import { subscriptionSchema, type Subscription } from '../../src/subscriptions/subscription.js';
import { allStoryLanguages, storyLanguagesOf, subscribe, toggleStoryLanguage } from '../../src/subscriptions/subscription-state.js';

const CREATED = new Date('2026-03-01T08:00:00.000Z');
const NOW = new Date('2026-03-10T12:00:00.000Z');

const sub = (over: Partial<Subscription> = {}): Subscription => ({
  chatId: 42, chatType: 'private', time: '07:30', timeZone: 'UTC', include: [], exclude: [],
  status: 'active', createdAt: CREATED.toISOString(), updatedAt: CREATED.toISOString(), ...over,
});

describe('story languages of a subscription', () => {
  it('when languages are toggled on then they are kept in the offered order, whatever order they were picked in', () => {
    const picked = toggleStoryLanguage(toggleStoryLanguage(sub(), 'uk', NOW), 'en', NOW);
    expect(picked).toMatchObject({ languages: ['en', 'uk'], updatedAt: NOW.toISOString() });
    expect(toggleStoryLanguage(picked, 'de', NOW).languages).toEqual(['en', 'de', 'uk']);
  });

  it('when the last language is toggled off then the chat reads every language again', () => {
    const none = toggleStoryLanguage(sub({ languages: ['de'] }), 'de', NOW);
    expect(storyLanguagesOf(none)).toEqual([]);
  });

  it('when All languages is chosen then the list is emptied, and an empty one is left as it is', () => {
    expect(allStoryLanguages(sub({ languages: ['en', 'ru'] }), NOW)).toMatchObject({ languages: [], updatedAt: NOW.toISOString() });
    const open = sub();
    expect(allStoryLanguages(open, NOW)).toBe(open);
  });

  it('when a chat subscribes again then its story languages are kept', () => {
    const before = sub({ status: 'unsubscribed', languages: ['ru'] });
    expect(subscribe(before, { chatId: 42, chatType: 'private' }, { digestTime: '08:00', timeZone: 'UTC' }, NOW).languages).toEqual(['ru']);
  });

  it('should refuse codes that are not two lower-case letters', () => {
    expect(subscriptionSchema.safeParse(sub({ languages: ['en', 'ru'] })).success).toBe(true);
    for (const bad of [['EN'], ['eng'], ['e'], ['en-GB']]) expect(subscriptionSchema.safeParse(sub({ languages: bad })).success, bad[0]).toBe(false);
  });
});

describe('subscriptions stored before story languages', () => {
  // A record as an older version wrote it: no `languages` key at all.
  const OLD_JSON = '{"chatId":77,"chatType":"group","title":"Readers","time":"09:15","timeZone":"Europe/Kiev","include":["belarus"],"exclude":[],"status":"active","createdAt":"2025-06-01T08:00:00.000Z","updatedAt":"2025-06-01T08:00:00.000Z"}';

  it('when a stored record has no languages then it still reads, as every language, and a toggle is saved', async () => {
    const store = await openStore('memory://');
    try {
      await store.kv.set('sub:77', JSON.parse(OLD_JSON));
      await store.kv.set('subs:index', [77]);
      const subscriptions = createKeyvSubscriptionStore(store.kv);
      const read = await subscriptions.get(77);
      expect(read).toMatchObject({ chatId: 77, time: '09:15', timeZone: 'Europe/Kyiv', include: ['belarus'] });
      expect(storyLanguagesOf(read!)).toEqual([]);
      expect((await subscriptions.list()).map((s) => s.chatId)).toEqual([77]);
      await subscriptions.update(77, (s) => toggleStoryLanguage(s, 'be', NOW));
      expect((await subscriptions.get(77))?.languages).toEqual(['be']);
    } finally {
      await store.close();
    }
  });
});
