// The bot's own membership drives the subscription through its transitions (removed, blocked, back, migrated).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import type { Subscription } from '../../src/subscriptions/subscription.js';
import type { FakeChat } from '../support/fake-telegram.js';
import { createHarness, USER, type Harness } from '../support/bot-harness.js';
import { createTestApp, TEST_NOW } from '../support/test-app.js';

const GROUP: FakeChat = { id: -1001234567890, type: 'supergroup', title: 'Friends' };

let app: App;
let bot: Harness;
beforeEach(async () => {
  app = await createTestApp();
  bot = await createHarness(app);
  bot.telegram.setChat(GROUP);
});
afterEach(async () => {
  await bot.close();
  await app.close();
});

async function subscribed(chatId: number, change: Partial<Subscription> = {}) {
  await app.subscriptions.put({
    chatId, chatType: chatId > 0 ? 'private' : 'supergroup', time: '08:00', timeZone: 'UTC', include: [], exclude: [],
    status: 'active', createdAt: TEST_NOW.toISOString(), updatedAt: TEST_NOW.toISOString(), ...change,
  });
}

const removed = (chat: FakeChat | number) => bot.send(bot.telegram.myChatMember({ chat, oldStatus: 'member', newStatus: 'left' }));
const addedBack = (chat: FakeChat | number) => bot.send(bot.telegram.myChatMember({ chat, oldStatus: 'left', newStatus: 'member' }));
const texts = (calls: Awaited<ReturnType<Harness['send']>>) => calls.filter((c) => c.method === 'sendMessage').map((c) => String(c.payload.text));

describe('membership', () => {
  it('when the bot is removed from a group and added back then the digest pauses as removed and resumes with a welcome', async () => {
    await subscribed(GROUP.id);
    await removed(GROUP);
    expect(await app.subscriptions.get(GROUP.id)).toMatchObject({ status: 'paused', pausedReason: 'removed' });
    const [intro] = texts(await addedBack(GROUP));
    expect(intro).toContain('Welcome back');
    expect(await app.subscriptions.get(GROUP.id)).toMatchObject({ status: 'active' });
    expect(await app.subscriptions.get(GROUP.id)).not.toHaveProperty('pausedReason');
  });

  it('when a group paused by its admins loses and regains the bot then it stays paused by hand, with no welcome back', async () => {
    await subscribed(GROUP.id, { status: 'paused', pausedReason: 'user' });
    await removed(GROUP);
    const [intro] = texts(await addedBack(GROUP));
    expect(intro).not.toContain('Welcome back');
    expect(await app.subscriptions.get(GROUP.id)).toMatchObject({ status: 'paused', pausedReason: 'user' });
  });

  it('when a user blocks and unblocks the bot then the digest pauses as blocked and resumes', async () => {
    await subscribed(USER.id);
    await bot.send(bot.telegram.myChatMember({ chat: USER.id, oldStatus: 'member', newStatus: 'kicked' }));
    expect(await app.subscriptions.get(USER.id)).toMatchObject({ status: 'paused', pausedReason: 'blocked' });
    await bot.send(bot.telegram.myChatMember({ chat: USER.id, oldStatus: 'kicked', newStatus: 'member' }));
    expect(await app.subscriptions.get(USER.id)).toMatchObject({ status: 'active' });
  });

  it('when an unsubscribed group gets the bot back then it stays unsubscribed', async () => {
    await subscribed(GROUP.id, { status: 'unsubscribed' });
    await removed(GROUP);
    await addedBack(GROUP);
    expect(await app.subscriptions.get(GROUP.id)).toMatchObject({ status: 'unsubscribed' });
  });

  it('when a group becomes a supergroup then the subscription moves to the new id with its settings', async () => {
    await subscribed(-4001, { chatType: 'group', time: '06:30', include: ['belarus'] });
    const [from, to] = bot.telegram.migration({ fromChatId: -4001, toChatId: -1004001 });
    await bot.send(from);
    await bot.send(to);
    expect(await app.subscriptions.get(-4001)).toBeUndefined();
    expect(await app.subscriptions.get(-1004001)).toMatchObject({ chatId: -1004001, chatType: 'supergroup', time: '06:30', include: ['belarus'], status: 'active' });
  });
});
