// Where answers go in a chat with topics: the rule, case by case, and the bot following it through the stand-in.
import type { Update } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { replyTarget, threadIdOf } from '../../src/telegram/reply-target.js';
import type { FakeChat } from '../support/fake-telegram.js';
import { createHarness, USER, type Harness } from '../support/bot-harness.js';
import { createTestApp } from '../support/test-app.js';

describe('replyTarget', () => {
  it('when the message is in a forum topic then answers go to that topic', () => {
    expect(replyTarget({ msg: { message_thread_id: 42, is_topic_message: true } })).toEqual({ message_thread_id: 42 });
  });

  it("when the message is a reply in a forum's General topic then answers go to General (no thread id)", () => {
    // Telegram sets message_thread_id to the replied-to root message there; sending to it fails "message thread not found".
    expect(replyTarget({ msg: { message_thread_id: 17 } })).toEqual({});
    expect(replyTarget({ msg: {} })).toEqual({});
  });

  it('when the message is in a reply thread of a non-forum group then answers go to the chat', () => {
    expect(replyTarget({ msg: { message_thread_id: 9, is_topic_message: false } })).toEqual({});
  });

  it('when the message is in a private chat then answers go to the chat, or to its topic when the chat has topics', () => {
    expect(replyTarget({ msg: {} })).toEqual({});
    expect(replyTarget({ msg: { message_thread_id: 3, is_topic_message: true } })).toEqual({ message_thread_id: 3 });
  });

  it('when there is no message (a press on an inaccessible menu) then there is no thread', () => {
    expect(replyTarget({})).toEqual({});
    expect(threadIdOf(undefined)).toBeUndefined();
  });
});

const FORUM: FakeChat = { id: -1009876543210, type: 'supergroup', title: 'Forum', is_forum: true };
const GROUP: FakeChat = { id: -1001234567890, type: 'supergroup', title: 'Friends', is_forum: false };

describe('the bot answers where it was asked', () => {
  let app: App;
  let bot: Harness;
  beforeEach(async () => {
    app = await createTestApp();
    bot = await createHarness(app);
    for (const chat of [FORUM, GROUP]) bot.telegram.setChat(chat);
    bot.telegram.setMember(FORUM.id, USER.id, 'creator');
    bot.telegram.setMember(GROUP.id, USER.id, 'creator');
  });
  afterEach(async () => {
    await bot.close();
    await app.close();
  });

  const sentPayloads = async (update: Update) => (await bot.send(update)).filter((c) => c.method === 'sendMessage').map((c) => c.payload);

  it('when /subscribe is sent in a forum topic then the reply and the stored subscription use that topic', async () => {
    const [reply] = await sentPayloads(bot.telegram.message({ text: '/subscribe 07:00', chat: FORUM, thread: 42 }));
    expect(reply).toMatchObject({ message_thread_id: 42 });
    expect((await app.subscriptions.get(FORUM.id))?.threadId).toBe(42);
  });

  it("when /settings is a reply in the forum's General topic then the menu goes to General and /subscribe stores no topic", async () => {
    const inGeneral = (text: string): Update => {
      const update = bot.telegram.message({ text, chat: FORUM, thread: 17 });
      const { is_topic_message: _flag, ...message } = update.message!;
      return { ...update, message };
    };
    const [menu] = await sentPayloads(inGeneral('/settings'));
    expect(menu).toBeDefined();
    expect(menu).not.toHaveProperty('message_thread_id');
    await sentPayloads(inGeneral('/subscribe'));
    expect(await app.subscriptions.get(FORUM.id)).not.toHaveProperty('threadId');
  });

  it('when /subscribe is sent in a reply thread of a non-forum group then the reply and the subscription have no thread', async () => {
    const [reply] = await sentPayloads(bot.telegram.message({ text: '/subscribe', chat: GROUP, thread: 9 }));
    expect(reply).not.toHaveProperty('message_thread_id');
    expect(await app.subscriptions.get(GROUP.id)).not.toHaveProperty('threadId');
  });
});
