// Store conformance, a chat's state: subscriptions, the digest ledger, the outbox, pending inputs, chat languages,
// the digest archive, the summary cache and the ingest journal answer alike on sqlite, Redis and PostgreSQL (each
// backend's answers equal sqlite's), and a foreign writer's garbage is skipped or refused exactly as on sqlite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyvSummaryCache } from '../../src/store/keyv-summary-cache.js';
import { StoredValueError } from '../../src/store/stored-value.js';
import { testBackends } from '../support/backends.js';
import { chatStateAnswers, DAY, manyEvents, NEXT_DAY, OTHER_VIEW_HASH, outboxItem, VIEW_HASH, writeChatState } from '../support/conformance-chat-state.js';
import { answerBook, openRig, type ConformanceRig } from '../support/conformance-rig.js';
import { TEST_NOW } from '../support/test-app.js';

const backends = testBackends();
const book = answerBook<unknown>();

for (const backend of backends) {
  describe(`store conformance on ${backend.name}: a chat's state`, () => {
    let rig: ConformanceRig;
    let answers: Awaited<ReturnType<typeof chatStateAnswers>>;
    beforeAll(async () => {
      rig = await openRig(backend);
      await writeChatState(rig);
      answers = await chatStateAnswers(rig);
      book.put(backend, answers);
    }, 20_000);
    afterAll(async () => {
      await rig.close();
      await backend.cleanup();
    });

    it('keeps subscriptions, their index and owners, a move and an update', () => {
      const [own, channel, filtered, moved, upgraded, none] = answers.subscriptions.each;
      expect(own).toMatchObject({ chatId: 42, status: 'paused', pausedReason: 'user' });
      expect(channel).toMatchObject({ chatType: 'channel', title: 'Канал новостей', timeZone: 'Europe/Kyiv' });
      expect(filtered).toMatchObject({ include: ['Minsk', 'Вильнюс'], languages: ['en', 'ru'] });
      expect(moved).toBeUndefined();
      expect(upgraded).toMatchObject({ chatId: -10055, chatType: 'supergroup', threadId: 9 });
      expect(none).toBeUndefined();
      expect(answers.subscriptions.list.map((s) => s.chatId)).toEqual([42, -1001, -1002, -10055]);
      expect(answers.subscriptions.ownedBy7.map((s) => s.chatId)).toEqual([-1001, -1002]);
      expect(answers.subscriptions.ownedBy8).toEqual([]);
    });

    it('records ledger entries and the last digest with its events capped, in their order', () => {
      const [sent, empty, skipped, none] = answers.ledger.entries;
      expect(sent).toEqual({ chatId: 42, day: DAY, status: 'sent', eventIds: ['e1', 'e2'], messageCount: 2, sentAt: TEST_NOW.toISOString() });
      expect(empty?.status).toBe('empty');
      expect(skipped?.status).toBe('skipped');
      expect(none).toBeUndefined();
      expect(answers.ledger.recorded).toEqual([true, false, true]);
      const [last, noLast] = answers.ledger.last;
      expect(Object.keys(last?.events ?? {})).toEqual(Object.keys(manyEvents()).slice(0, 300));
      expect(last?.composedAt).toBe(TEST_NOW.toISOString());
      expect(noLast).toBeUndefined();
    });

    it('keeps the outbox: enqueue skips a (chat, day) present, save advances, retarget moves, finish removes', async () => {
      expect(answers.outbox.open.map((i) => [i.chatId, i.day, i.next, i.attempts, i.messages])).toEqual([
        [-10055, DAY, 0, 0, ['<b>Digest</b> one', 'two']],
        [-1001, DAY, 1, 2, ['<b>Digest</b> one', 'two']],
        [42, DAY, 0, 0, ['<b>Digest</b> one', 'two']],
      ]);
      expect(answers.outbox.open.find((i) => i.chatId === -1001)?.plain).toEqual([1]);
      expect(answers.outbox.has).toEqual([true, false, false, true, true]);
      expect(await rig.outbox.enqueue([outboxItem(42)])).toEqual([]);
      const raw = async () => (await rig.store.kv.get('outbox:open')) as string[];
      expect(await raw()).toContain(`42:${NEXT_DAY}`);
      await rig.outbox.compact();
      expect(new Set(await raw())).toEqual(new Set(['-10055:2026-11-27', '-1001:2026-11-27', '42:2026-11-27']));
    });

    it('answers a pending question until it expires, and not after clear', () => {
      expect(answers.pending).toEqual([{ kind: 'time', targetChatId: 42, menuMessageId: 5, expiresAt: '2026-11-27T09:10:00.000Z' }, undefined, undefined]);
    });

    it('keeps chat languages; a move keeps a language the new chat chose', () => {
      expect(answers.languages.map((l) => l?.locale)).toEqual(['ru', undefined, 'be', undefined, 'uk', undefined]);
    });

    it('archives each view once, points a day at the first view it got, and reads the older layout as stored', () => {
      const [own, channel, next, none] = answers.archive.sent;
      expect(own?.messages).toEqual(['<b>Дайджест</b> за день', 'second']);
      expect(channel).toEqual(own);
      expect(next?.messages).toEqual(['other']);
      expect(none).toBeUndefined();
      expect(answers.archive.days).toEqual([true, true, false]);
      expect(answers.archive.legacy).toEqual([{ briefing: 'older layout', items: [1, 2] }, undefined]);
    });

    it('caches a summary per event and content hash, the newest replacing the older', () => {
      const [hit, otherHash, replaced, current, none] = answers.summaries;
      expect(hit?.sentences).toEqual(['Первое предложение.', 'Second sentence.']);
      expect([otherHash, replaced, none]).toEqual([undefined, undefined, undefined]);
      expect(current?.sentences).toEqual(['New.']);
    });

    it('lets a cached summary expire after its time to live', async () => {
      const shortLived = createKeyvSummaryCache(rig.store.kv, { ttlMs: 300 });
      await shortLived.set('event-ttl', 'h', { sentences: ['Soon gone.'], storedAt: TEST_NOW.toISOString() });
      expect((await shortLived.get('event-ttl', 'h'))?.sentences).toEqual(['Soon gone.']);
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(await shortLived.get('event-ttl', 'h')).toBeUndefined();
    });

    it('keeps the ingest journal until it ends, and reads the older layout under an id of its own', async () => {
      expect(answers.journal).toEqual({ id: 'batch-x', ids: ['0123456789abcdef', 'fedcba9876543210'] });
      await rig.store.kv.set('ingest:journal', ['aaaaaaaaaaaaaaaa']);
      expect(await rig.journal.pending()).toEqual({ id: 'legacy:aaaaaaaaaaaaaaaa', ids: ['aaaaaaaaaaaaaaaa'] });
      await rig.journal.end();
      expect(await rig.journal.pending()).toBeUndefined();
    });

    it('when a foreign writer leaves garbage then one value is skipped as on sqlite, and a list is refused', async () => {
      const kv = rig.store.kv;
      await kv.set('sub:42', { chatId: 'forty-two' });
      expect(await rig.subscriptions.get(42)).toBeUndefined();
      expect((await rig.subscriptions.list()).map((s) => s.chatId)).toEqual([-1001, -1002, -10055]);
      await kv.set('subs:owner:7', 'not ids');
      await expect(rig.subscriptions.listOwnedBy(7)).rejects.toBeInstanceOf(StoredValueError);

      await kv.set(`ledger:42:${DAY}`, { day: 3 });
      expect(await rig.ledger.get(42, DAY)).toBeUndefined();
      expect(await rig.ledger.recorded([{ chatId: 42, day: DAY }])).toEqual([true]);
      await kv.set('digest:last:42', []);
      expect(await rig.ledger.lastDigest([42])).toEqual([undefined]);

      await kv.set(`outbox:42:${DAY}`, { messages: [] });
      expect((await rig.outbox.open()).map((i) => i.chatId)).toEqual([-1001, -10055]);
      expect(await rig.outbox.has(42, DAY)).toBe(true);
      await kv.set('outbox:open', { ids: 1 });
      await expect(rig.outbox.open()).rejects.toThrow(/the stored value at "outbox:open" is not readable/);

      await kv.set('pending:42:7', { kind: 'colour' });
      expect(await rig.pending.get(42, 7, TEST_NOW)).toBeUndefined();
      await kv.set('lang:42', { locale: 'xx' });
      expect(await rig.languages.get(42)).toBeUndefined();
      await kv.set(`archive:chat:-1001:${DAY}`, { v: 2 });
      expect(await rig.archive.sentTo(-1001, DAY)).toBeUndefined();
      expect(await rig.archive.hasDays(-1001, [DAY])).toEqual([false]);
      await kv.set(`archive:view:${OTHER_VIEW_HASH}`, 'a view?');
      expect(await rig.archive.sentTo(42, NEXT_DAY)).toBeUndefined();
      expect((await rig.archive.sentTo(42, DAY))?.messages[1]).toBe('second');
      expect(VIEW_HASH).not.toBe(OTHER_VIEW_HASH);
      await kv.set('summary:event-1', { hash: 'hash-a', sentences: 'one' });
      expect(await rig.summaries.get('event-1', 'hash-a')).toBeUndefined();
      await kv.set('ingest:journal', { id: '', ids: 7 });
      await expect(rig.journal.pending()).rejects.toBeInstanceOf(StoredValueError);
    });
  });
}

describe("store conformance: a chat's state", () => {
  it(`gives the same answers on ${backends.map((b) => b.name).join(', ')} as on sqlite`, () => {
    book.expectSameAsSqlite(backends);
  });
});
