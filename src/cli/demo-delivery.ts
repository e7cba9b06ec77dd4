// The demo's console chat gets one scheduled digest, through the production scheduler wiring
// (createDigestRunner) and the offline API, so `/digest YYYY-MM-DD` (the example /help offers) shows
// a digest this chat was really "sent". Only the console chat is looked at: on a store the user named,
// no real subscriber's digest may be marked as delivered here.
import { Api } from 'grammy';
import type { AppDeps } from '../app.js';
import { localDay } from '../delivery/local-time.js';
import { createDigestRunner } from '../delivery/schedule-digests.js';
import { subscribe, unsubscribe } from '../subscriptions/subscription-state.js';
import type { SubscriptionStore } from '../subscriptions/subscription-store.port.js';
import { CONSOLE_USER } from './fake-updates.js';
import { answerCallsLocally } from './offline-api.js';

const DEMO_DEFAULTS = { digestTime: '08:00', timeZone: 'UTC' };

/** Delivers today's (UTC) digest to the console chat unless it already has one; returns whether it did. */
export async function deliverDemoDigest(app: AppDeps): Promise<{ day: string; delivered: boolean }> {
  const now = app.clock.now();
  const chatId = CONSOLE_USER.id;
  const day = localDay(now, 'UTC');
  if ((await app.digests.sent(chatId, day)).kind !== 'none') return { day, delivered: false };
  const before = await app.subscriptions.get(chatId);
  // Due this very minute (UTC), subscribed just before it (so no earlier slot counts as missed).
  const time = now.toISOString().slice(11, 16);
  const request = { chatId, chatType: 'private', time, timeZone: 'UTC' } as const;
  await app.subscriptions.put(subscribe(undefined, request, DEMO_DEFAULTS, new Date(now.getTime() - 60_000)));
  const api = new Api('offline');
  answerCallsLocally(api, () => undefined);
  try {
    const runner = createDigestRunner({ ...app, subscriptions: onlyChat(app.subscriptions, chatId) }, { api, sleep: () => Promise.resolve() });
    await runner.tick();
  } finally {
    // The console chat is no real chat: `npm start` on this store must not try to deliver to it.
    await app.subscriptions.put(before ?? unsubscribe(subscribe(undefined, request, DEMO_DEFAULTS, now), now));
  }
  return { day, delivered: (await app.digests.sent(chatId, day)).kind === 'sent' };
}

function onlyChat(store: SubscriptionStore, chatId: number): SubscriptionStore {
  return { ...store, list: async () => (await store.list()).filter((s) => s.chatId === chatId) };
}
