import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callApi } from '../support/fake-telegram-client.js';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram.js';

let tg: FakeTelegram;
beforeEach(async () => { tg = await startFakeTelegram({ now: () => 1_700_000_000_000 }); });
afterEach(async () => { await tg.close(); });

describe('update builders', () => {
  it('should mark /commands, including /cmd@BotName, with bot_command entities', () => {
    const u = tg.message({ text: '/who@newsbrief_bot Lukashenko and /latest', chat: -100500, from: { id: 77, first_name: 'Bo' } });
    expect(u.message).toMatchObject({
      text: '/who@newsbrief_bot Lukashenko and /latest', date: 1_700_000_000, from: { id: 77, is_bot: false, first_name: 'Bo' },
      chat: { id: -100500, type: 'group' },
      entities: [{ type: 'bot_command', offset: 0, length: 18 }, { type: 'bot_command', offset: 34, length: 7 }],
    });
    expect(tg.message({ text: 'no command here' }).message).not.toHaveProperty('entities');
  });

  it('should default to a private chat with the sender and number messages per chat', () => {
    const first = tg.message({ text: 'a' });
    const second = tg.message({ text: 'b' });
    expect(first.message!.chat).toEqual({ id: 501, type: 'private', first_name: 'Ada', username: 'ada_l' });
    expect([first.message!.message_id, second.message!.message_id]).toEqual([1, 2]);
    expect(second.update_id).toBe(first.update_id + 1);
  });

  it('should build topic messages and anonymous-admin messages like Telegram', () => {
    tg.setChat({ id: -1001234, type: 'supergroup', title: 'Forum', is_forum: true });
    const topic = tg.message({ text: 'hi', chat: -1001234, thread: 4 });
    expect(topic.message).toMatchObject({ message_thread_id: 4, is_topic_message: true, chat: { is_forum: true } });
    const anon = tg.message({ text: 'hi', chat: -1001234, senderChat: -1001234 });
    expect(anon.message).toMatchObject({ from: { username: 'GroupAnonymousBot', is_bot: true }, sender_chat: { id: -1001234 } });
  });

  it('should build the two migration service messages, a channel post and a my_chat_member change', () => {
    const [old, fresh] = tg.migration({ fromChatId: -55, toChatId: -1000055, title: 'Team' });
    expect(old.message).toMatchObject({ chat: { id: -55, type: 'group', title: 'Team' }, migrate_to_chat_id: -1000055 });
    expect(fresh.message).toMatchObject({ chat: { id: -1000055, type: 'supergroup' }, migrate_from_chat_id: -55, sender_chat: { id: -1000055 } });
    const post = tg.channelPost({ chat: -1009, text: 'news' });
    expect(post.channel_post).toMatchObject({ chat: { id: -1009, type: 'channel' }, sender_chat: { id: -1009 }, text: 'news' });
    expect(post.channel_post).not.toHaveProperty('from');
    const kicked = tg.myChatMember({ chat: 501, oldStatus: 'member', newStatus: 'kicked' });
    expect(kicked.my_chat_member).toMatchObject({
      chat: { id: 501, type: 'private' }, old_chat_member: { status: 'member', user: { id: tg.bot.id } },
      new_chat_member: { status: 'kicked', until_date: 0 },
    });
  });

  it('when a button on a sent message is pressed then the callback carries that message', async () => {
    const keyboard = { inline_keyboard: [[{ text: 'Next', callback_data: 'next' }]] };
    await callApi(tg.apiRoot, 'sendMessage', { chat_id: 501, text: '<b>Page 1</b>', parse_mode: 'HTML', reply_markup: keyboard });
    const press = tg.callbackQuery({ chat: 501, messageId: 1, data: 'next' });
    expect(press.callback_query).toMatchObject({ data: 'next', from: { id: 501 }, message: { message_id: 1, text: 'Page 1', reply_markup: keyboard, from: { is_bot: true } } });
    expect(tg.callbackQuery({ chat: 501, messageId: 99, data: 'x' }).callback_query!.message).toMatchObject({ message_id: 99, date: 0 });
  });
});
