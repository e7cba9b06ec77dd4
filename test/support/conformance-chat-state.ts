// What the store-conformance suite writes of a chat's state (subscriptions, ledger, outbox, pending inputs, chat
// languages, the digest archive, the summary cache, the ingest journal) and the answers it reads back: the same
// writes on every backend, so conformance-chat-state.test.ts and conformance-reopen.test.ts compare the answers.
import type { Subscription } from '../../src/subscriptions/subscription.js';
import type { OutboxItem } from '../../src/store/outbox.port.js';
import type { ConformanceRig } from './conformance-rig.js';
import { TEST_NOW } from './test-app.js';

const at = TEST_NOW.toISOString();
export const DAY = '2026-11-27';
export const NEXT_DAY = '2026-11-28';
export const VIEW_HASH = 'ab'.repeat(8);
export const OTHER_VIEW_HASH = 'cd'.repeat(8);

export const subscription = (chatId: number, extra: Partial<Subscription> = {}): Subscription => ({
  chatId, chatType: 'private', time: '07:30', timeZone: 'Europe/Minsk', include: [], exclude: [], status: 'active', createdAt: at, updatedAt: at, ...extra,
});

export const outboxItem = (chatId: number, day = DAY, extra: Partial<OutboxItem> = {}): OutboxItem => ({
  chatId, day, chatKind: 'private', messages: ['<b>Digest</b> one', 'two'], next: 0, events: { e1: 3, e2: 1 }, attempts: 0, createdAt: at, ...extra,
});

/** 305 events, newest first: the ledger keeps the first 300, in this order (not sorted, not a jsonb key order). */
export const manyEvents = (): Record<string, number> => Object.fromEntries(Array.from({ length: 305 }, (_, i) => [`ev-${(305 - i).toString(36)}-${i % 7}`, i]));

/** Every write of a chat's state the suite makes, in one order. */
export async function writeChatState(rig: ConformanceRig): Promise<void> {
  await rig.subscriptions.put(subscription(42));
  await rig.subscriptions.put(subscription(-1001, { chatType: 'channel', ownerUserId: 7, title: 'Канал новостей', timeZone: 'Europe/Kiev' }));
  await rig.subscriptions.put(subscription(-1002, { chatType: 'channel', ownerUserId: 7, include: ['Minsk', 'Вильнюс'], languages: ['en', 'ru'] }));
  await rig.subscriptions.put(subscription(-55, { chatType: 'group', threadId: 9 }));
  await rig.subscriptions.move(-55, -10055, TEST_NOW);
  await rig.subscriptions.update(42, (s) => ({ ...s, status: 'paused', pausedReason: 'user' }));

  await rig.ledger.record({ chatId: 42, day: DAY, status: 'sent', eventIds: ['e1', 'e2'], messageCount: 2, sentAt: at }, { sentAt: at, composedAt: at, events: manyEvents() });
  await rig.ledger.recordMany([
    { chatId: -1001, day: DAY, status: 'empty', eventIds: [], messageCount: 0, sentAt: at },
    { chatId: -1002, day: DAY, status: 'skipped', eventIds: [], messageCount: 0, sentAt: at },
  ]);

  await rig.outbox.enqueue([outboxItem(42), outboxItem(-1001, DAY, { chatKind: 'channel', plain: [1] }), outboxItem(-55, DAY, { chatKind: 'group', threadId: 9 })]);
  await rig.outbox.enqueue([outboxItem(42, DAY, { messages: ['replaced?'] }), outboxItem(42, NEXT_DAY)]);
  await rig.outbox.save({ ...outboxItem(-1001, DAY, { chatKind: 'channel', plain: [1] }), next: 1, attempts: 2 });
  const [group] = (await rig.outbox.open()).filter((i) => i.chatId === -55);
  if (group) await rig.outbox.retarget(group, -10055);
  await rig.outbox.finish(outboxItem(42, NEXT_DAY));

  await rig.pending.set(42, 7, { kind: 'time', targetChatId: 42, menuMessageId: 5, expiresAt: '2026-11-27T09:10:00.000Z' });
  await rig.pending.set(42, 8, { kind: 'include', targetChatId: -1002, expiresAt: '2026-11-27T08:00:00.000Z' });
  await rig.pending.set(42, 9, { kind: 'timezone', targetChatId: 42, expiresAt: '2026-11-27T10:00:00.000Z' });
  await rig.pending.clear(42, 9);

  await rig.languages.set(42, { locale: 'ru', source: 'chosen', updatedAt: at });
  await rig.languages.set(-55, { locale: 'be', source: 'telegram', updatedAt: at });
  await rig.languages.set(-66, { locale: 'en', source: 'telegram', updatedAt: at });
  await rig.languages.set(-10066, { locale: 'uk', source: 'chosen', updatedAt: at });
  await rig.languages.move(-55, -10055);
  await rig.languages.move(-66, -10066);

  const view = { v: 1 as const, messages: ['<b>Дайджест</b> за день', 'second'], timeZone: 'Europe/Minsk', createdAt: at };
  await rig.archive.record([{ hash: VIEW_HASH, view }], [{ chatId: 42, day: DAY, hash: VIEW_HASH }, { chatId: -1001, day: DAY, hash: VIEW_HASH }]);
  // A tick after a crash composes again: the day keeps the first view it was given.
  await rig.archive.record([{ hash: OTHER_VIEW_HASH, view: { ...view, messages: ['other'] } }], [{ chatId: 42, day: DAY, hash: OTHER_VIEW_HASH }, { chatId: 42, day: NEXT_DAY, hash: OTHER_VIEW_HASH }]);
  await rig.store.kv.set('archive:2026-10-01', { briefing: 'older layout', items: [1, 2] });

  await rig.summaries.set('event-1', 'hash-a', { sentences: ['Первое предложение.', 'Second sentence.'], storedAt: at });
  await rig.summaries.set('event-2', 'hash-b', { sentences: ['Old.'], storedAt: at });
  await rig.summaries.set('event-2', 'hash-c', { sentences: ['New.'], storedAt: at });

  await rig.journal.begin({ id: 'batch-x', ids: ['0123456789abcdef', 'fedcba9876543210'] });
}

/** Every answer the adapters give about what writeChatState wrote. */
export async function chatStateAnswers(rig: ConformanceRig) {
  const byChat = <T extends { chatId: number }>(xs: T[]) => [...xs].sort((a, b) => a.chatId - b.chatId || JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    subscriptions: {
      each: await Promise.all([42, -1001, -1002, -55, -10055, 1].map((id) => rig.subscriptions.get(id))),
      list: await rig.subscriptions.list(),
      ownedBy7: await rig.subscriptions.listOwnedBy(7),
      ownedBy8: await rig.subscriptions.listOwnedBy(8),
    },
    ledger: {
      entries: await Promise.all([[42, DAY], [-1001, DAY], [-1002, DAY], [42, NEXT_DAY]].map(([c, d]) => rig.ledger.get(c as number, d as string))),
      recorded: await rig.ledger.recorded([{ chatId: 42, day: DAY }, { chatId: 42, day: NEXT_DAY }, { chatId: -1002, day: DAY }]),
      last: await rig.ledger.lastDigest([42, -1001]),
    },
    outbox: {
      open: byChat(await rig.outbox.open()),
      has: await Promise.all([[42, DAY], [42, NEXT_DAY], [-55, DAY], [-10055, DAY], [-1001, DAY]].map(([c, d]) => rig.outbox.has(c as number, d as string))),
    },
    pending: await Promise.all([7, 8, 9].map((user) => rig.pending.get(42, user, TEST_NOW))),
    languages: await Promise.all([42, -55, -10055, -66, -10066, 1].map((id) => rig.languages.get(id))),
    archive: {
      sent: await Promise.all([[42, DAY], [-1001, DAY], [42, NEXT_DAY], [1, DAY]].map(([c, d]) => rig.archive.sentTo(c as number, d as string))),
      days: await rig.archive.hasDays(42, [DAY, NEXT_DAY, '2026-11-29']),
      legacy: await rig.archive.legacyDays(['2026-10-01', '2026-10-02']),
    },
    summaries: await Promise.all([['event-1', 'hash-a'], ['event-1', 'hash-b'], ['event-2', 'hash-b'], ['event-2', 'hash-c'], ['event-3', 'hash-a']].map(([e, h]) => rig.summaries.get(e!, h!))),
    journal: await rig.journal.pending(),
  };
}
