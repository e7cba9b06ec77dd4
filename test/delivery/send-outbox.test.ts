import { afterEach, describe, expect, it } from 'vitest';
import type { BriefingService } from '../../briefings/briefing-service.port.js';
import type { BriefingEvent } from '../../briefings/compose.js';
import { STANDING_DISCLAIMER } from '../../briefings/render.js';
import { seedText, unrelatedText } from '../support/articles.js';
import { createDigestRig, type DigestRig, type RigOptions } from '../support/digest-rig.js';
import { htmlToPlain } from '../support/fake-telegram-html.js';
import { newSource } from '../../src/sources/source.js';

const rigs: DigestRig[] = [];
afterEach(async () => {
  for (const rig of rigs.splice(0)) await rig.close();
});

const DUE = '2026-03-10T05:00:00Z';

/** A rig with two events ingested before 08:00 Minsk time, and the clock at 08:00. */
async function dueRig(chats: number[], options: RigOptions = {}): Promise<DigestRig> {
  const rig = await createDigestRig('2026-03-10T01:00:00Z', options);
  rigs.push(rig);
  await rig.ingest('seed.txt', seedText());
  await rig.ingest('ecb.txt', unrelatedText);
  for (const id of chats) await rig.subscribe(id, { createdAt: '2026-03-10T00:00:00.000Z' });
  rig.time.set(DUE);
  return rig;
}

const sendCalls = (rig: DigestRig, chatId: number) => rig.tg.calls.filter((c) => c.method === 'sendMessage' && c.chatId === chatId);

describe('sender: pacing under Telegram flood limits', () => {
  it('when 120 private chats and 3 groups are due then all are delivered without a single 429', async () => {
    const privates = Array.from({ length: 120 }, (_, i) => 7000 + i);
    const groups = [-701, -702, -703];
    const rig = await dueRig([...privates, ...groups]);
    // A backlog of 25 messages per group (yesterday's long digest) makes the 20/min group limit bite too.
    await rig.app.outbox.enqueue(groups.map((chatId) => ({
      chatId, day: '2026-03-09', chatKind: 'group' as const, messages: Array.from({ length: 25 }, (_, i) => `Backlog part ${i + 1}`),
      next: 0, events: {}, attempts: 0, createdAt: '2026-03-09T05:00:00.000Z',
    })));
    rig.tg.enforceRateLimits({ perSecondGlobal: 30, perChatPerSecond: 1, perGroupPerMinute: 20 });
    const report = await rig.tick();
    expect(report.sent).toMatchObject({ delivered: 126, messages: 198, rateLimited: 0, leftForNextTick: 0 });
    for (const id of privates) expect(rig.tg.messagesTo(id)).toHaveLength(1);
    for (const id of groups) {
      const texts = rig.tg.messagesTo(id).map((m) => m.text);
      expect(texts).toHaveLength(26);
      const backlog = texts.filter((t) => t.startsWith('Backlog'));
      expect(backlog).toEqual(Array.from({ length: 25 }, (_, i) => `Backlog part ${i + 1}`));
    }
    expect(rig.tg.stats().rateLimited).toBe(0);
    // 26 messages to one group at under 20 a minute take over a minute of (fake) time.
    expect(rig.time.ms() - Date.parse(DUE)).toBeGreaterThanOrEqual(60_000);
  });
});

describe('sender: failures', () => {
  it('when Telegram answers 429 retry_after 2 then the message is retried no sooner than 2 s later and delivered once', async () => {
    const rig = await dueRig([81, 82]);
    rig.tg.failNext('sendMessage', { kind: '429', retryAfter: 2 }, { chatId: 81 });
    const report = await rig.tick();
    expect(report.sent).toMatchObject({ delivered: 2, rateLimited: 1 });
    const [refused, accepted, ...more] = sendCalls(rig, 81);
    expect(refused?.status).toBe(429);
    expect(accepted?.accepted).toBe(true);
    expect(more).toHaveLength(0);
    expect(accepted!.at - refused!.at).toBeGreaterThanOrEqual(2000);
    expect(rig.tg.messagesTo(81)).toHaveLength(1);
  });

  it('when one chat gets 5xx five times then the others are delivered, it stays in the outbox with an alert, and the next tick delivers it', async () => {
    const rig = await dueRig([83, 84, 85], { adminChatId: 99 });
    rig.tg.failNext('sendMessage', { kind: '5xx', status: 502 }, { chatId: 84, times: 5 });
    const first = await rig.tick();
    expect(first.sent).toMatchObject({ delivered: 2, leftForNextTick: 1 });
    expect(rig.tg.messagesTo(83)).toHaveLength(1);
    expect(rig.tg.messagesTo(85)).toHaveLength(1);
    expect(rig.tg.messagesTo(84)).toHaveLength(0);
    expect((await rig.app.outbox.open()).map((i) => i.chatId)).toEqual([84]);
    expect(rig.alerts).toHaveLength(1);
    expect(rig.alerts[0]).toMatch(/chat 84.*502/);
    expect(rig.tg.messagesTo(99).map((m) => m.text)).toEqual([`newsbrief: ${rig.alerts[0]}`]);
    expect(rig.sleeps).toEqual(expect.arrayContaining([500, 1000])); // backoff between the tries

    rig.time.set('2026-03-10T05:01:00Z');
    const second = await rig.tick();
    expect(second).toMatchObject({ due: 0, enqueued: 0 });
    expect(second.sent).toMatchObject({ delivered: 1 });
    expect(rig.tg.messagesTo(84)).toHaveLength(1);
    expect(rig.tg.messagesTo(84)[0]?.text).not.toMatch(/502|failed|error/i);
    expect(await rig.app.outbox.open()).toEqual([]);
    expect(await rig.app.ledger.get(84, '2026-03-10')).toMatchObject({ status: 'sent' });
  });

  it('when a digest keeps failing for 30 ticks then it is dropped as undeliverable with an alert', async () => {
    const rig = await dueRig([87]);
    rig.tg.failNext('sendMessage', { kind: '5xx', status: 500 }, { chatId: 87, times: Infinity });
    for (let minute = 0; minute < 30; minute++) {
      rig.time.set(new Date(Date.parse('2026-03-10T05:00:00Z') + minute * 60_000).toISOString());
      await rig.tick();
    }
    expect(await rig.app.outbox.open()).toEqual([]);
    expect(await rig.app.ledger.get(87, '2026-03-10')).toMatchObject({ status: 'undeliverable' });
    expect(rig.alerts.at(-1)).toMatch(/chat 87 .*gave up after 30 ticks/);
    expect(rig.tg.messagesTo(87)).toHaveLength(0);
  });

  it('when the user blocked the bot then the subscription is paused as blocked and not tried again', async () => {
    const rig = await dueRig([86]);
    rig.tg.failNext('sendMessage', { kind: '403', reason: 'blocked' }, { chatId: 86 });
    expect((await rig.tick()).sent).toMatchObject({ delivered: 0, paused: 1 });
    expect(await rig.app.subscriptions.get(86)).toMatchObject({ status: 'paused', pausedReason: 'blocked' });
    expect(await rig.app.ledger.get(86, '2026-03-10')).toMatchObject({ status: 'undeliverable' });
    expect(await rig.app.outbox.open()).toEqual([]);
    rig.time.set('2026-03-11T05:00:00Z');
    await rig.tick();
    expect(sendCalls(rig, 86)).toHaveLength(1);
  });

  it('when a digest queued before the user paused meets a 403 then the pause stays the user\'s (an unblock will not undo it)', async () => {
    const rig = await dueRig([]);
    await rig.subscribe(88, { status: 'paused', pausedReason: 'user' });
    await rig.app.outbox.enqueue([{ chatId: 88, day: '2026-03-10', chatKind: 'private', messages: ['Queued earlier'], next: 0, events: {}, attempts: 0, createdAt: DUE }]);
    rig.tg.failNext('sendMessage', { kind: '403', reason: 'blocked' }, { chatId: 88 });
    expect(await rig.send()).toMatchObject({ delivered: 0, paused: 1 });
    expect(await rig.app.subscriptions.get(88)).toMatchObject({ status: 'paused', pausedReason: 'user' });
    expect(await rig.app.outbox.open()).toEqual([]);
  });

  it('when Telegram says chat not found then the subscription is paused as chat_not_found', async () => {
    const rig = await dueRig([87]);
    rig.tg.failNext('sendMessage', { kind: '400-chat-not-found' }, { chatId: 87 });
    expect((await rig.tick()).sent).toMatchObject({ paused: 1 });
    expect(await rig.app.subscriptions.get(87)).toMatchObject({ status: 'paused', pausedReason: 'chat_not_found' });
    expect(rig.tg.messagesTo(87)).toHaveLength(0);
  });

  it('when the group was upgraded to a supergroup then the digest follows it and the subscription moves', async () => {
    const rig = await dueRig([-88]);
    const to = -1_000_000_000_088;
    rig.tg.migrateChat(-88, to);
    expect((await rig.tick()).sent).toMatchObject({ delivered: 1 });
    expect(rig.tg.messagesTo(to)).toHaveLength(1);
    expect(await rig.app.subscriptions.get(-88)).toBeUndefined();
    expect(await rig.app.subscriptions.get(to)).toMatchObject({ status: 'active', chatType: 'supergroup', time: '08:00' });
    expect(await rig.app.ledger.get(to, '2026-03-10')).toMatchObject({ status: 'sent' });
    rig.time.set('2026-03-10T05:05:00Z');
    await rig.tick();
    expect(rig.tg.messagesTo(to)).toHaveLength(1);
    expect(await rig.app.outbox.open()).toEqual([]);
  });
});

describe('sender: a migrated group with sources of its own', () => {
  // Composition ignores source sets here: this is about the sender following the migration, not selection.
  const oneEvent: BriefingService = {
    build: ({ since, until }) => Promise.resolve({
      since: since.toISOString(), until: until.toISOString(), disclaimers: [],
      events: [{ id: 'ev_own', title: 'Ferry timetable approved', summary: ['The harbour board approved it.'], articleIds: ['art_own'], sources: [{ name: 'Harbour Times' }], importance: 1 }],
    }),
  };

  it('when the send says the group became a supergroup then the group’s own sources move to the new id with the subscription', async () => {
    const rig = await dueRig([-77], { briefings: oneEvent });
    const to = -1_000_000_000_077;
    await rig.app.sources.add(newSource({ url: 'https://example.org/feed.xml', feedUrl: 'https://example.org/feed.xml', kind: 'feed', chatId: -77 }, new Date('2026-03-09T00:00:00Z')));
    rig.tg.migrateChat(-77, to);
    expect((await rig.tick()).sent).toMatchObject({ delivered: 1 });
    // Source ids hash the chat id: without the move the supergroup's digest would fall back to the pool.
    expect((await rig.app.sources.list({ chatId: to })).map((s) => s.feedUrl)).toEqual(['https://example.org/feed.xml']);
    expect(await rig.app.sources.list({ chatId: -77 })).toEqual([]);
  });
});

describe('sender: long digests', () => {
  const longEvent = (i: number): BriefingEvent => ({
    id: `ev_long_${i}`,
    title: `Event ${i} headline`,
    summary: [`Opening sentence of event ${i} ${'with plenty of detail '.repeat(8)}.`, `Closing sentence of event ${i} ${'and more context '.repeat(6)}(end ${i}).`],
    articleIds: [`art_${i}`],
    sources: [{ name: `Wire ${i}`, articleUrl: `https://example.org/news/${i}`, publishedAt: '2026-03-09T12:00:00.000Z' }],
    importance: 40 - i,
  });
  const synthetic: BriefingService = {
    build: ({ since, until }) => Promise.resolve({
      since: since.toISOString(), until: until.toISOString(), events: Array.from({ length: 40 }, (_, i) => longEvent(i)), disclaimers: ['Synthetic fixture.'],
    }),
  };

  it('when a digest exceeds 4096 characters then it goes as several messages in order, each event whole, the disclaimer last', async () => {
    const rig = await dueRig([91], { briefings: synthetic });
    expect((await rig.tick()).sent).toMatchObject({ delivered: 1 });
    const texts = rig.tg.messagesTo(91).map((m) => m.text);
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) expect(htmlToPlain(text).length).toBeLessThanOrEqual(4096);
    const holder = (i: number) => texts.findIndex((t) => t.includes(`Event ${i} headline`));
    for (let i = 0; i < 40; i++) {
      const at = holder(i);
      expect(at).toBeGreaterThanOrEqual(0);
      // The first 8 in full (their last bullet too), the rest as linked headlines.
      if (i < 8) expect(texts[at]).toContain(`(end ${i}).`);
      else expect(texts[at]).toContain(`<a href="https://example.org/news/${i}">Event ${i} headline</a>`);
      expect(texts[at]).toContain(`https://example.org/news/${i}`);
      if (i > 0) expect(at).toBeGreaterThanOrEqual(holder(i - 1));
    }
    expect(texts.filter((t) => t.includes(STANDING_DISCLAIMER))).toEqual([texts.at(-1)]);
    expect(await rig.app.ledger.get(91, '2026-03-10')).toMatchObject({ status: 'sent', messageCount: texts.length });
  });
});

describe('sender: messages Telegram refuses for their text', () => {
  /** A due rig plus one queued digest for `chatId` with these (rendered) messages. */
  async function queued(chatId: number, messages: string[], options: RigOptions = {}): Promise<DigestRig> {
    const rig = await createDigestRig(DUE, options);
    rigs.push(rig);
    await rig.app.outbox.enqueue([{ chatId, day: '2026-03-10', chatKind: 'private', messages, next: 0, events: {}, attempts: 0, createdAt: DUE }]);
    return rig;
  }

  it('when one message is refused as HTML then it goes as plain text, the others as HTML, with one alert, and the digest counts as sent', async () => {
    const rig = await queued(71, ['<b>Part 1</b>', '<b>Broken &foo; <blink>markup</blink></b> A &amp; B', '<i>Part 3</i>']);
    const report = await rig.send();
    expect(report).toMatchObject({ delivered: 1, messages: 3, asPlainText: 1 });
    expect(rig.tg.messagesTo(71).map((m) => [m.text, m.parseMode])).toEqual([
      ['<b>Part 1</b>', 'HTML'],
      ['Broken &foo; markup A & B', undefined],
      ['<i>Part 3</i>', 'HTML'],
    ]);
    expect(rig.alerts).toEqual([expect.stringMatching(/chat 71 \(2026-03-10\), message 2 of 3 was refused as HTML \(Bad Request: can't parse entities.*\); sent as plain text/)]);
    expect(await rig.app.ledger.get(71, '2026-03-10')).toMatchObject({ status: 'sent', messageCount: 3 });
    expect(await rig.app.outbox.open()).toEqual([]);
  });

  it('when Telegram says a message is too long then its plain text goes split under the limit', async () => {
    const rig = await queued(72, [`<b>${'word '.repeat(1000)}</b>`]);
    rig.tg.failNext('sendMessage', { kind: 'custom', errorCode: 400, description: 'Bad Request: message is too long' }, { chatId: 72 });
    expect(await rig.send()).toMatchObject({ delivered: 1, asPlainText: 1 });
    const texts = rig.tg.messagesTo(72).map((m) => m.text);
    expect(texts.length).toBe(2);
    expect(texts.join(' ').trim()).toBe('word '.repeat(1000).trim());
    expect(rig.alerts).toHaveLength(1);
  });

  it('when a message has no visible text at all then it is skipped and the rest of the digest still goes', async () => {
    const rig = await queued(73, ['<b></b>', 'Part 2']);
    expect(await rig.send()).toMatchObject({ delivered: 1, asPlainText: 1 });
    expect(rig.tg.messagesTo(73).map((m) => m.text)).toEqual(['Part 2']);
    expect(rig.alerts).toEqual([expect.stringMatching(/message text is empty/)]);
  });
});
