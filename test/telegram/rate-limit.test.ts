// The flood limit: every answered update counts, keyed by the real sender and the chat, and a flood
// is answered once per window.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { FLOOD_NOTICE } from '../../src/telegram/rate-limit.js';
import { USER } from '../support/bot-harness.js';
import { createRig, type Rig } from '../support/bot-rig.js';
import type { FakeChat } from '../support/fake-telegram.js';
import { createTestApp } from '../support/test-app.js';

const LIMIT = 20;
const WINDOW_MS = 60_000;
const GROUP_A: FakeChat = { id: -1001000000001, type: 'supergroup', title: 'A' };
const GROUP_B: FakeChat = { id: -1001000000002, type: 'supergroup', title: 'B' };
const CHANNEL: FakeChat = { id: -1002000000001, type: 'channel', title: 'Wire', username: 'wire' };

let app: App;
let rig: Rig;
beforeEach(async () => {
  app = await createTestApp();
  rig = await createRig(app, { rateLimit: { limit: LIMIT, windowMs: WINDOW_MS } });
  for (const chat of [GROUP_A, GROUP_B, CHANNEL]) rig.telegram.setChat(chat);
});
afterEach(async () => {
  await rig.close();
  await app.close();
});

async function sendAll(updates: () => Parameters<Rig['send']>[0], times: number): Promise<string[]> {
  const texts: string[] = [];
  for (let i = 0; i < times; i++) texts.push(...rig.texts(await rig.send(updates())));
  return texts;
}

describe('rate limit on what the bot answers', () => {
  it('when 200 plain texts arrive in private then at most the limit is answered plus one notice', async () => {
    const texts = await sendAll(() => rig.telegram.message({ text: 'hello?' }), 200);
    expect(texts).toHaveLength(LIMIT + 1);
    expect(texts.filter((t) => t === FLOOD_NOTICE)).toHaveLength(1);
    expect(texts.at(-1)).toBe(FLOOD_NOTICE);
  });

  it('when the window has passed then the same sender is answered again, and flooding again gets one more notice', async () => {
    await sendAll(() => rig.telegram.message({ text: '/help' }), LIMIT + 5);
    rig.clock.advance(WINDOW_MS);
    const texts = await sendAll(() => rig.telegram.message({ text: '/help' }), LIMIT + 5);
    expect(texts.filter((t) => t === FLOOD_NOTICE)).toHaveLength(1);
    expect(texts).toHaveLength(LIMIT + 1);
  });

  it('when anonymous admins of two groups send commands then each group has its own bucket', async () => {
    const fromA = await sendAll(() => rig.telegram.message({ text: '/help', chat: GROUP_A, senderChat: GROUP_A }), LIMIT + 3);
    expect(fromA.filter((t) => t === FLOOD_NOTICE)).toHaveLength(1);
    const fromB = await sendAll(() => rig.telegram.message({ text: '/help', chat: GROUP_B, senderChat: GROUP_B }), LIMIT);
    expect(fromB).toHaveLength(LIMIT);
    expect(fromB).not.toContain(FLOOD_NOTICE);
    // A user of group A is someone else, too.
    expect(await sendAll(() => rig.telegram.message({ text: '/help', chat: GROUP_A, from: USER }), 1)).not.toContain(FLOOD_NOTICE);
  });

  it('when a channel floods commands then it is limited like anyone else', async () => {
    const texts = await sendAll(() => rig.telegram.channelPost({ chat: CHANNEL, text: '/help' }), 100);
    expect(texts).toHaveLength(LIMIT + 1);
    expect(texts.filter((t) => t === FLOOD_NOTICE)).toHaveLength(1);
  });

  it('when group members chat without commands then nothing is counted', async () => {
    await sendAll(() => rig.telegram.message({ text: 'just chatting', chat: GROUP_A, from: USER }), 100);
    expect(await sendAll(() => rig.telegram.message({ text: '/help', chat: GROUP_A, from: USER }), 1)).not.toContain(FLOOD_NOTICE);
  });

  it('when button presses flood then each one is answered once, the first over the limit with the notice, and nothing else is sent', async () => {
    const answers: unknown[] = [];
    let other = 0;
    for (let i = 0; i < LIMIT + 10; i++) {
      const calls = await rig.send(rig.telegram.callbackQuery({ chat: USER.id, messageId: 1, data: 'no-such-button' }));
      const answered = calls.filter((c) => c.method === 'answerCallbackQuery' && c.accepted);
      expect(answered).toHaveLength(1);
      answers.push(answered[0]?.payload.text);
      other += calls.filter((c) => c.method !== 'answerCallbackQuery').length;
    }
    expect(answers.filter((t) => t === FLOOD_NOTICE)).toHaveLength(1);
    expect(answers.slice(LIMIT + 1).every((t) => t === undefined)).toBe(true);
    expect(other).toBe(0);
  });
});
