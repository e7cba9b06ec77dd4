import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../src/store/outbox.port.js';
import { createDigestRig, type DigestRig, type RigOptions } from '../support/digest-rig.js';

const rigs: DigestRig[] = [];
afterEach(async () => {
  for (const rig of rigs.splice(0)) await rig.close();
});

const DAY = '2026-03-10';
const AT = '2026-03-10T05:00:00Z';

/** A rig with one queued digest per item given (rendered messages, chat and overrides). */
async function queued(items: Partial<OutboxItem>[], options: RigOptions = {}): Promise<DigestRig> {
  const rig = await createDigestRig(AT, options);
  rigs.push(rig);
  await rig.app.outbox.enqueue(items.map((o) => ({ chatId: 1, day: DAY, chatKind: 'private' as const, messages: ['x'], next: 0, events: {}, attempts: 0, createdAt: AT, ...o })));
  return rig;
}

const calls = (rig: DigestRig, chatId: number) => rig.tg.calls.filter((c) => c.method === 'sendMessage' && c.chatId === chatId);
const LONG = 'word '.repeat(2000).trim(); // 9999 characters: three plain-text pieces

describe('sender: plain-text pieces are outbox messages', () => {
  it('when a 502 hits the second plain-text piece then the retry resends only that piece, each piece goes once, with one alert', async () => {
    const rig = await queued([{ chatId: 74, messages: [`<b>${LONG}</b>`, '<i>After</i>'] }]);
    // Arm the 502 once the first piece is accepted, so it hits the second piece.
    void rig.tg.waitFor((c) => c.chatId === 74 && c.accepted).then(() => rig.tg.failNext('sendMessage', { kind: '5xx', status: 502 }, { chatId: 74 }));
    const report = await rig.send();
    expect(calls(rig, 74).map((c) => c.status)).toEqual([400, 200, 502, 200, 200, 200]);
    const sent = rig.tg.messagesTo(74);
    expect(sent.map((m) => m.parseMode)).toEqual([undefined, undefined, undefined, 'HTML']);
    expect(sent.slice(0, 3).map((m) => m.text).join(' ')).toBe(LONG);
    expect(rig.alerts).toEqual([expect.stringMatching(/chat 74 .*message 1 of 2 was refused as HTML \(Bad Request: message is too long\)/)]);
    expect(report).toMatchObject({ delivered: 1, messages: 4, asPlainText: 1, refusedContents: 1 });
    expect(await rig.app.ledger.get(74, DAY)).toMatchObject({ status: 'sent', messageCount: 4 });
  });

  it('when a run ends between plain-text pieces then the next run resumes at the next piece without asking Telegram for HTML again', async () => {
    const rig = await queued([{ chatId: 76, messages: [`<b>${LONG}</b>`] }], { maxAttempts: 1 });
    void rig.tg.waitFor((c) => c.chatId === 76 && c.accepted).then(() => rig.tg.failNext('sendMessage', { kind: '5xx', status: 503 }, { chatId: 76 }));
    expect(await rig.send()).toMatchObject({ leftForNextTick: 1, asPlainText: 1 });
    const [stored] = await rig.app.outbox.open();
    expect(stored).toMatchObject({ next: 1, plain: [0, 1, 2] });
    expect(stored?.messages).toHaveLength(3);
    expect(await rig.send()).toMatchObject({ delivered: 1, messages: 2, asPlainText: 0 });
    expect(calls(rig, 76).map((c) => [c.status, c.payload.parse_mode])).toEqual([[400, 'HTML'], [200, undefined], [503, undefined], [200, undefined], [200, undefined]]);
    expect(rig.tg.messagesTo(76).map((m) => m.text).join(' ')).toBe(LONG);
    expect(rig.alerts.filter((a) => a.includes('refused as HTML'))).toHaveLength(1);
  });
});

describe('sender: one alert per refused message content', () => {
  it('when 40 chats share a rendering Telegram refuses then they all get it as plain text and the operator gets one alert, with the counts in the report', async () => {
    const shared = ['<b>Broken &foo; markup</b>', '<i>Fine</i>'];
    const chats = Array.from({ length: 40 }, (_, i) => 5000 + i);
    const rig = await queued([...chats.map((chatId) => ({ chatId, messages: shared })), { chatId: 6000, messages: ['<b>Other &bar; markup</b>'] }], { adminChatId: 99 });
    const report = await rig.send();
    expect(rig.alerts).toEqual([expect.stringMatching(/chat 5000 .*refused as HTML/), expect.stringMatching(/chat 6000 .*refused as HTML/)]);
    expect(rig.tg.messagesTo(99)).toHaveLength(2);
    for (const chatId of chats) expect(rig.tg.messagesTo(chatId).map((m) => m.text)).toEqual(['Broken &foo; markup', '<i>Fine</i>']);
    expect(report).toMatchObject({ delivered: 41, asPlainText: 41, refusedContents: 2 });
  });
});

describe('sender: 400s that are not about the text', () => {
  it('when the forum topic was deleted then the digest goes to the group main thread, once, without an alert, and the subscription forgets the topic', async () => {
    const rig = await queued([{ chatId: -75, chatKind: 'group', threadId: 9, messages: ['<b>Part 1</b>', '<b>Part 2</b>'] }]);
    await rig.subscribe(-75, { threadId: 9 });
    rig.tg.failNext('sendMessage', { kind: 'custom', errorCode: 400, description: 'Bad Request: message thread not found' }, { chatId: -75 });
    expect(await rig.send()).toMatchObject({ delivered: 1, messages: 2, asPlainText: 0 });
    expect(calls(rig, -75).map((c) => [c.status, c.payload.message_thread_id])).toEqual([[400, 9], [200, undefined], [200, undefined]]);
    expect(rig.tg.messagesTo(-75).map((m) => [m.text, m.parseMode, m.threadId])).toEqual([['<b>Part 1</b>', 'HTML', undefined], ['<b>Part 2</b>', 'HTML', undefined]]);
    expect(rig.alerts).toEqual([]);
    expect(await rig.app.ledger.get(-75, DAY)).toMatchObject({ status: 'sent' });
    const sub = await rig.app.subscriptions.get(-75);
    expect(sub?.status).toBe('active');
    expect(sub?.threadId).toBeUndefined();
  });

  it.each(['Bad Request: text is too long', 'Bad Request: entities too long', 'Bad Request: some wording not seen before'])(
    'when Telegram answers 400 "%s" then the message goes as plain text instead of the digest being dropped',
    async (description) => {
      const rig = await queued([{ chatId: 77, messages: ['<b>Part 1</b>', '<i>Part 2</i>'] }]);
      rig.tg.failNext('sendMessage', { kind: 'custom', errorCode: 400, description }, { chatId: 77 });
      expect(await rig.send()).toMatchObject({ delivered: 1, asPlainText: 1 });
      expect(rig.tg.messagesTo(77).map((m) => [m.text, m.parseMode])).toEqual([['Part 1', undefined], ['<i>Part 2</i>', 'HTML']]);
      expect(await rig.app.ledger.get(77, DAY)).toMatchObject({ status: 'sent' });
    },
  );

  it('when the bot has no rights to write in the group then no plain-text copy is tried and the digest is dropped with an alert', async () => {
    const rig = await queued([{ chatId: -78, chatKind: 'group', messages: ['<b>Part 1</b>'] }]);
    rig.tg.failNext('sendMessage', { kind: 'custom', errorCode: 400, description: 'Bad Request: not enough rights to send text messages to the chat' }, { chatId: -78 });
    expect(await rig.send()).toMatchObject({ delivered: 0, asPlainText: 0 });
    expect(calls(rig, -78)).toHaveLength(1);
    expect(rig.alerts).toEqual([expect.stringMatching(/chat -78 .*not enough rights/)]);
    expect(await rig.app.ledger.get(-78, DAY)).toMatchObject({ status: 'undeliverable' });
  });
});
