// The sender saves its progress after every message: a process that dies mid-digest is resumed by the
// next one at the first message not yet sent. "Dies" here: after `sentBeforeCrash` accepted messages,
// the sender's next request never leaves (the process is frozen for good); a second sender on the
// same store and the same Telegram then takes over, as after a restart.
import { Api } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import type { OutboxItem } from '../../src/store/outbox.port.js';
import { createPacer } from '../../src/delivery/pacer.js';
import { sendOutbox, type SendDeps } from '../../src/delivery/send-outbox.js';
import { silentLogger } from '../../src/logger.js';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram.js';
import { createTestApp } from '../support/test-app.js';

const START = Date.parse('2026-03-10T05:00:00Z');
const CHAT = 4242;

let app: App;
let tg: FakeTelegram;
afterEach(async () => {
  await tg.close();
  await app.close();
});

async function setUp() {
  let now = START;
  const clock = { now: () => new Date(now) };
  app = await createTestApp({ now: new Date(START) });
  tg = await startFakeTelegram({ now: () => now });
  await app.subscriptions.put({
    chatId: CHAT, chatType: 'private', time: '08:00', timeZone: 'UTC', include: [], exclude: [], status: 'active',
    createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z',
  });
  /** One sender "process": its own Api and pacer; the store and Telegram are shared. */
  const sender = (sentBeforeCrash = Infinity): Omit<SendDeps, 'api'> & { api: Api } => {
    const api = new Api('123456:TEST-progress-token-abcdefghijklmnopq', { apiRoot: tg.apiRoot });
    let accepted = 0;
    api.config.use(async (prev, method, payload, signal) => {
      if (method === 'sendMessage' && accepted >= sentBeforeCrash) return new Promise<never>(() => {}); // frozen: never returns
      const result = await prev(method, payload, signal);
      if (method === 'sendMessage' && result.ok) accepted++;
      return result;
    });
    return {
      api, outbox: app.outbox, ledger: app.ledger, subscriptions: app.subscriptions, sources: app.sources, pacer: createPacer(), clock, logger: silentLogger,
      alert: () => Promise.resolve(), sleep: (ms) => {
        now += ms;
        return Promise.resolve();
      },
    };
  };
  /** Starts a sender that dies after `n` messages; resolves once it is frozen. */
  const crashAfter = async (n: number) => {
    void sendOutbox(sender(n));
    for (let i = 0; i < 200 && tg.messagesTo(CHAT).length < n; i++) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 20)); // its last save (if any) lands
  };
  return { sender, crashAfter };
}

const item = (messages: string[]): OutboxItem => ({
  chatId: CHAT, day: '2026-03-10', chatKind: 'private', messages, next: 0, events: { ev_a: 2 }, attempts: 0, createdAt: '2026-03-10T05:00:00.000Z',
});

describe('sender: progress after every message', () => {
  it('when the sender dies after the first of three messages then the next sender sends only the second and third', async () => {
    const { sender, crashAfter } = await setUp();
    await app.outbox.enqueue([item(['<b>Part one</b>', 'Part two', '<i>Part three</i>'])]);
    await crashAfter(1);
    expect(tg.messagesTo(CHAT).map((m) => m.text)).toEqual(['<b>Part one</b>']);

    const report = await sendOutbox(sender());
    expect(report).toMatchObject({ delivered: 1, messages: 2 });
    expect(tg.messagesTo(CHAT).map((m) => m.text)).toEqual(['<b>Part one</b>', 'Part two', '<i>Part three</i>']);
    expect(await app.ledger.get(CHAT, '2026-03-10')).toMatchObject({ status: 'sent', messageCount: 3 });
  });

  it('when the sender dies after the first plain-text piece of a refused message then the next sender resumes at the second piece', async () => {
    const { sender, crashAfter } = await setUp();
    // Too long for one message: Telegram refuses it as HTML, and it goes as two plain-text pieces.
    const long = `<b>${'x'.repeat(5000)}</b>`;
    await app.outbox.enqueue([item([long, 'The end'])]);
    await crashAfter(1);
    const [firstPiece] = tg.messagesTo(CHAT).map((m) => m.text);
    expect(firstPiece).toMatch(/^x+$/);

    await sendOutbox(sender());
    const texts = tg.messagesTo(CHAT).map((m) => m.text);
    expect(texts).toHaveLength(3);
    expect(texts.join('')).toBe(`${'x'.repeat(5000)}The end`);
    expect(texts.filter((t) => t === firstPiece)).toHaveLength(1);
    expect(tg.messagesTo(CHAT).slice(0, 2).map((m) => m.parseMode)).toEqual([undefined, undefined]);
  });
});
