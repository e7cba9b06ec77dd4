import { buttonsOf, findButton, latestMenu } from '../../support/inline-menu.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import type { FakeChat, UserRef } from '../../support/fake-telegram.js';
import { createHarness, type Harness, USER } from '../../support/bot-harness.js';
import { createTestApp, TEST_NOW } from '../../support/test-app.js';

const GROUP: FakeChat = { id: -1001234567890, type: 'supergroup', title: 'Friends <&> Co' };
const FORUM: FakeChat = { id: -1009876543210, type: 'supergroup', title: 'Forum', is_forum: true };
const CHANNEL: FakeChat = { id: -1005550001111, type: 'channel', title: 'Daily News', username: 'dailynews' };
const STRANGER: UserRef = { id: 777, first_name: 'Eve' };

let app: App;
let bot: Harness;
beforeEach(async () => {
  app = await createTestApp();
  bot = await createHarness(app);
  for (const chat of [GROUP, FORUM, CHANNEL]) bot.telegram.setChat(chat);
  bot.telegram.setMember(GROUP.id, USER.id, 'administrator');
  bot.telegram.setMember(GROUP.id, STRANGER.id, 'member');
});
afterEach(async () => {
  await bot.close();
  await app.close();
});

const menu = (chatId: number) => latestMenu(bot.telegram, chatId);

async function press(label: string | RegExp, chat: number, from?: UserRef) {
  const { menu: m, button: b } = findButton(bot.telegram, chat, label);
  const calls = await bot.send(bot.telegram.callbackQuery({ chat, messageId: m.message_id, data: b.callback_data, ...(from ? { from } : {}) }));
  expect(calls.filter((c) => !c.accepted)).toEqual([]);
  const answers = calls.filter((c) => c.method === 'answerCallbackQuery');
  expect(answers).toHaveLength(1);
  return { calls, answer: answers[0]!.payload };
}

async function subscribeGroup(chat: FakeChat = GROUP) {
  await app.subscriptions.put({
    chatId: chat.id, chatType: 'supergroup', title: chat.title ?? 'Group', time: '08:00', timeZone: 'UTC', include: [], exclude: [],
    status: 'active', createdAt: TEST_NOW.toISOString(), updatedAt: TEST_NOW.toISOString(),
  });
}

describe('/settings in a group', () => {
  it('when an admin uses the menu then the change is saved and the title is escaped', async () => {
    await subscribeGroup();
    const [text] = await bot.say('/settings', { id: GROUP.id, type: 'supergroup', title: GROUP.title! });
    expect(text).toContain('Group “Friends &lt;&amp;&gt; Co”');
    await press(/^🕗 Time/, GROUP.id);
    await press('18:00', GROUP.id);
    expect((await app.subscriptions.get(GROUP.id))?.time).toBe('18:00');
  });

  it('when a non-admin presses a button then they get a refusal alert and nothing changes', async () => {
    await subscribeGroup();
    await bot.say('/settings', { id: GROUP.id, type: 'supergroup', title: 'Friends' });
    const before = menu(GROUP.id)!.text;
    for (const label of ['⏸ Pause', /^🕗 Time/, '🚫 Unsubscribe']) {
      const { answer, calls } = await press(label, GROUP.id, STRANGER);
      expect(answer).toMatchObject({ show_alert: true });
      expect(String(answer.text)).toMatch(/admins/);
      expect(calls.map((c) => c.method)).not.toContain('editMessageText');
    }
    expect(await app.subscriptions.get(GROUP.id)).toMatchObject({ status: 'active', time: '08:00', updatedAt: TEST_NOW.toISOString() });
    expect(menu(GROUP.id)!.text).toBe(before);
  });

  it('when a non-admin sends /settings then it is refused without a menu', async () => {
    await subscribeGroup();
    const calls = await bot.send(bot.telegram.message({ text: '/settings', chat: GROUP, from: STRANGER }));
    const sent = calls.filter((c) => c.method === 'sendMessage');
    expect(sent).toHaveLength(1);
    expect(String(sent[0]?.payload.text)).toMatch(/Only the chat.s admins/);
    expect(sent[0]?.payload.reply_markup).toBeUndefined();
  });

  it('when an anonymous admin sends /settings then the menu opens', async () => {
    await subscribeGroup();
    const calls = await bot.send(bot.telegram.message({ text: '/settings', chat: GROUP, senderChat: GROUP }));
    expect(calls.filter((c) => !c.accepted)).toEqual([]);
    expect(menu(GROUP.id)?.text).toContain('Digest settings');
  });

  it('when an admin types topics in reply to the question then they are saved; other members are ignored', async () => {
    await subscribeGroup();
    await bot.say('/settings', { id: GROUP.id, type: 'supergroup', title: 'Friends' });
    const { calls } = await press('➕ Include topics', GROUP.id);
    const question = calls.find((c) => c.method === 'sendMessage');
    expect(question?.payload.reply_markup).toMatchObject({ force_reply: true, selective: true });
    const questionId = (question?.result as { message_id: number }).message_id;
    const stranger = await bot.send(bot.telegram.message({ text: 'cats, dogs', chat: GROUP, from: STRANGER, replyTo: questionId }));
    expect(stranger.filter((c) => c.method === 'sendMessage')).toEqual([]);
    await bot.send(bot.telegram.message({ text: 'Belarus, Sanctions', chat: GROUP, replyTo: questionId }));
    expect((await app.subscriptions.get(GROUP.id))?.include).toEqual(['belarus', 'sanctions']);
  });

  it('when an admin is demoted before answering then the typed answer is refused and nothing changes', async () => {
    await subscribeGroup();
    await bot.say('/settings', { id: GROUP.id, type: 'supergroup', title: 'Friends' });
    await press(/^🕗 Time/, GROUP.id);
    await press('Other…', GROUP.id);
    bot.telegram.setMember(GROUP.id, USER.id, 'member');
    expect((await bot.say('09:30', { id: GROUP.id, type: 'supergroup', title: 'Friends' }))[0]).toContain('no longer change');
    expect((await app.subscriptions.get(GROUP.id))?.time).toBe('08:00');
  });

  it('when the chat is not subscribed then the Subscribe button subscribes it in its forum topic', async () => {
    bot.telegram.setMember(FORUM.id, USER.id, 'creator');
    const calls = await bot.send(bot.telegram.message({ text: '/settings', chat: FORUM, thread: 42 }));
    expect(calls.find((c) => c.method === 'sendMessage')?.payload).toMatchObject({ message_thread_id: 42 });
    expect(menu(FORUM.id)?.text).toContain('Not subscribed yet');
    await press('🔔 Subscribe', FORUM.id);
    expect(await app.subscriptions.get(FORUM.id)).toMatchObject({ status: 'active', threadId: 42, chatType: 'supergroup', title: 'Forum' });
    const { calls: asked } = await press('➖ Exclude topics', FORUM.id);
    expect(asked.find((c) => c.method === 'sendMessage')?.payload).toMatchObject({ message_thread_id: 42 });
  });
});

describe('/settings for a channel, from a private chat', () => {
  beforeEach(async () => {
    bot.telegram.setMember(CHANNEL.id, USER.id, 'administrator');
    await app.subscriptions.put({
      chatId: CHANNEL.id, chatType: 'channel', title: '@dailynews', ownerUserId: USER.id, time: '08:00', timeZone: 'UTC',
      include: [], exclude: [], status: 'active', createdAt: TEST_NOW.toISOString(), updatedAt: TEST_NOW.toISOString(),
    });
  });

  it('should offer a chooser with this chat and the channel, then change the channel only', async () => {
    await bot.say('/subscribe 06:00');
    const [text] = await bot.say('/settings');
    expect(text).toContain('Which digest');
    expect(buttonsOf(menu(USER.id)).map((b) => b.text)).toEqual([expect.stringMatching(/^This chat · 06:00/), expect.stringMatching(/^Channel @dailynews · 08:00/)]);
    await press(/^Channel @dailynews/, USER.id);
    expect(menu(USER.id)?.text).toContain('Channel @dailynews');
    await press('🕗 Time 08:00', USER.id);
    await press('07:00', USER.id);
    expect((await app.subscriptions.get(CHANNEL.id))?.time).toBe('07:00');
    expect((await app.subscriptions.get(USER.id))?.time).toBe('06:00');
    await press('« All chats', USER.id);
    expect(buttonsOf(menu(USER.id)).map((b) => b.text)).toContain('Channel @dailynews · 07:00 · active');
  });

  it('when only the channel is subscribed then its menu opens directly', async () => {
    expect((await bot.say('/settings'))[0]).toContain('Channel @dailynews');
  });

  it('when someone who is neither its owner nor its admin presses a channel button then nothing changes', async () => {
    await bot.say('/settings');
    const button = buttonsOf(menu(USER.id)).find((b) => b.text === '⏸ Pause')!;
    const calls = await bot.send(bot.telegram.callbackQuery({ chat: STRANGER.id, messageId: 1, data: button.callback_data, from: STRANGER }));
    expect(calls.find((c) => c.method === 'answerCallbackQuery')?.payload).toMatchObject({ show_alert: true });
    expect((await app.subscriptions.get(CHANNEL.id))?.status).toBe('active');
  });
});
