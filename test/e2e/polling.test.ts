// The real process (`newsbrief start`, long polling) against the local Bot API stand-in over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMINS_ONLY } from '../../src/telegram/admin.js';
import { FLOOD_NOTICE } from '../../src/telegram/rate-limit.js';
import { E2E_TOKEN, started, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram.js';
import type { FakeChat } from '../support/fake-telegram-state.js';
import { findButton, latestMenu } from '../support/inline-menu.js';

let tg: FakeTelegram;
let bot: BotProcess;
const ADMIN = { id: 601, first_name: 'Alice' };
const MEMBER = { id: 602, first_name: 'Bob' };
const PROBE = { id: 603, first_name: 'Probe' };
const GROUP = { id: -200, type: 'group' as const, title: 'Readers' };

beforeAll(async () => {
  tg = await startFakeTelegram({ token: E2E_TOKEN, chats: [GROUP] });
  tg.setMember(GROUP.id, ADMIN.id, 'administrator');
  tg.setMember(GROUP.id, MEMBER.id, 'member');
  tg.failNext('setMyCommands', { kind: 'custom', errorCode: 400, description: 'Bad Request: BOT_COMMANDS_TOO_MUCH' }, { times: 1 });
  bot = startBotProcess({ TELEGRAM_API_ROOT: tg.apiRoot, RATE_LIMIT_COUNT: '16' });
  await bot.waitForLog(started, 30_000);
}, 40_000);
afterAll(async () => {
  expect(await bot.stop('SIGTERM')).toBe(0);
  await tg.close();
});

/** Pushes a message update and waits for the bot's next accepted message to that chat. */
async function ask(text: string, chat: number | FakeChat, from = ADMIN, extra: { senderChat?: FakeChat } = {}) {
  const chatId = typeof chat === 'number' ? chat : chat.id;
  const before = tg.messagesTo(chatId).length;
  tg.pushUpdate(tg.message({ text, chat, from, ...extra }));
  await tg.waitFor((c) => c.method === 'sendMessage' && c.chatId === chatId && c.accepted && tg.messagesTo(chatId).length > before, { timeoutMs: 10_000 });
  return tg.messagesTo(chatId).slice(before).map((m) => m.text);
}

/** Pushes an update and proves the bot sent nothing for it (a later probe is answered first). */
async function expectSilence(text: string, chat: FakeChat, from = ADMIN) {
  const before = tg.messagesTo(chat.id).length;
  tg.pushUpdate(tg.message({ text, chat, from }));
  await ask('/start', PROBE.id, PROBE); // processed after the update above
  expect(tg.messagesTo(chat.id).length).toBe(before);
}

describe('start-up', () => {
  it('should register command menus: everything for group admins (and private chats), queries for group members', async () => {
    await tg.waitFor((c) => c.method === 'setMyCommands' && c.accepted && JSON.stringify(c.payload).includes('all_group_chats'));
    const names = (scope: string) => tg.commands({ scope: { type: scope } })?.map((c) => c.command) ?? [];
    // The private-chat menu was the injected failure; the other menus were still set.
    expect(names('all_private_chats')).toEqual([]);
    expect(names('all_chat_administrators')).toEqual(expect.arrayContaining(['latest', 'who', 'digest', 'subscribe', 'unsubscribe']));
    expect(names('all_group_chats')).toContain('who');
    expect(names('all_group_chats')).not.toContain('subscribe');
    // The first attempt failed (injected), was logged, and the bot kept going.
    expect(bot.logs.some((l) => String(l.msg).includes('setMyCommands failed'))).toBe(true);
  });
});

describe('private chat', () => {
  it('should answer /start and hint toward /help on plain text', async () => {
    expect((await ask('/start', ADMIN.id))[0]).toContain('newsbrief');
    expect((await ask('good morning', ADMIN.id))[0]).toContain('/help');
  });

  it('when a reply gets 429 then it is retried after retry_after and delivered', async () => {
    tg.failNext('sendMessage', { kind: '429', retryAfter: 1 }, { chatId: 777 });
    const startedAt = Date.now();
    const [reply] = await ask('/help', 777, { id: 777, first_name: 'Cy' });
    expect(reply).toContain('/latest');
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(900);
    expect(tg.calls.filter((c) => c.chatId === 777 && c.status === 429)).toHaveLength(1);
  });

  it('when a user floods then one polite notice is sent and the rest dropped', async () => {
    const flooder = { id: 888, first_name: 'Flo' };
    for (let i = 0; i < 20; i++) tg.pushUpdate(tg.message({ text: '/start', chat: flooder.id, from: flooder }));
    await ask('/help', PROBE.id, PROBE); // everything above is processed by now
    await new Promise((r) => setTimeout(r, 300));
    const texts = tg.messagesTo(flooder.id).map((m) => m.text);
    expect(texts.filter((t) => t === FLOOD_NOTICE)).toHaveLength(1);
    expect(texts.length).toBe(17); // 16 answered + 1 notice
  });
});

describe('groups', () => {
  it('should let an admin subscribe, refuse a member, and let an anonymous admin change it', async () => {
    expect((await ask('/subscribe 09:00 Europe/Berlin', GROUP, ADMIN))[0]).toContain('09:00');
    expect(await ask('/subscribe 10:00', GROUP, MEMBER)).toEqual([ADMINS_ONLY]);
    const anonymous = await ask('/subscribe@newsbrief_bot 11:30', GROUP, { id: 1087968824, first_name: 'Group' }, { senderChat: GROUP });
    expect(anonymous[0]).toContain('11:30');
  });

  it('should answer queries from anyone, ignore commands for other bots, and stay quiet otherwise', async () => {
    expect((await ask('/latest', GROUP, MEMBER))[0]).toContain('No stories stored yet');
    await expectSilence('/latest@SomeOtherBot', GROUP, MEMBER);
    await expectSilence('hello everyone', GROUP, MEMBER);
  });

  it('when removed the subscription pauses, and re-adding resumes it with an intro', async () => {
    tg.pushUpdate(tg.myChatMember({ chat: GROUP, oldStatus: 'member', newStatus: 'left', from: ADMIN }));
    await bot.waitForLog((l) => l.msg === 'bot removed from chat' && l.paused === true);
    tg.pushUpdate(tg.myChatMember({ chat: GROUP, oldStatus: 'left', newStatus: 'member', from: ADMIN }));
    const intro = await tg.waitFor((c) => c.method === 'sendMessage' && c.chatId === GROUP.id && String(c.payload.text).includes('Welcome back'));
    expect(String(intro.payload.text)).toContain('/subscribe');
    expect(String(intro.payload.text)).toContain('11:30');
  });

  it('when a new group adds the bot then it explains how an admin subscribes', async () => {
    const fresh = { id: -201, type: 'group' as const, title: 'New readers' };
    tg.setChat(fresh);
    tg.pushUpdate(tg.myChatMember({ chat: fresh, oldStatus: 'left', newStatus: 'member', from: ADMIN }));
    const intro = await tg.waitFor((c) => c.method === 'sendMessage' && c.chatId === fresh.id);
    expect(String(intro.payload.text)).toContain('An admin can send /subscribe');
    expect(String(intro.payload.text)).not.toContain('Welcome back');
  });

  it('should move the subscription when the group becomes a supergroup', async () => {
    const old = { id: -300, type: 'group' as const, title: 'Upgraders' };
    const upgraded = { id: -100300, type: 'supergroup' as const, title: 'Upgraders' };
    tg.setChat(old);
    tg.setChat(upgraded);
    tg.setMember(old.id, ADMIN.id, 'administrator');
    tg.setMember(upgraded.id, ADMIN.id, 'administrator');
    await ask('/subscribe 06:45', old, ADMIN);
    tg.pushUpdates(tg.migration({ fromChatId: old.id, toChatId: upgraded.id, from: ADMIN }));
    await bot.waitForLog((l) => l.msg === 'subscription followed the group to its supergroup');
    expect((await ask('/unsubscribe', upgraded, ADMIN))[0]).toContain('Unsubscribed');
    expect((await ask('/unsubscribe', old, ADMIN))[0]).toContain('Not subscribed');
  });
});

describe('channels', () => {
  const CHANNEL = { id: -100777, type: 'channel' as const, title: 'Daily Wire', username: 'dailywire' };
  const OWNER = { id: 701, first_name: 'Olga' };

  it('should subscribe a channel from a private chat when the bot can post and the user is an admin', async () => {
    tg.setChat(CHANNEL);
    tg.setMember(CHANNEL.id, tg.bot.id, { status: 'administrator', can_post_messages: true });
    tg.setMember(CHANNEL.id, OWNER.id, 'creator');
    const [reply] = await ask('/subscribe @dailywire 07:15 Europe/Minsk', OWNER.id, OWNER);
    expect(reply).toContain('@dailywire is subscribed');
    expect(reply).toContain('07:15');
  });

  it('should report both problems: the bot cannot post, and the user is not an admin there', async () => {
    const other = { id: -100778, type: 'channel' as const, title: 'Other', username: 'otherwire' };
    tg.setChat(other);
    tg.setMember(other.id, tg.bot.id, 'member');
    tg.setMember(other.id, MEMBER.id, 'member');
    const [reply] = await ask('/subscribe @otherwire', MEMBER.id, MEMBER);
    expect(reply).toContain("I can't post in @otherwire");
    expect(reply).toContain('Only admins of @otherwire can subscribe it');
    expect((await ask('/subscribe @nosuchchannel', MEMBER.id, MEMBER))[0]).toContain("I can't find @nosuchchannel");
  });

  it('should honour commands posted in the channel itself', async () => {
    tg.pushUpdate(tg.channelPost({ chat: CHANNEL, text: '/latest' }));
    const post = await tg.waitFor((c) => c.method === 'sendMessage' && c.chatId === CHANNEL.id);
    expect(String(post.payload.text)).toContain('No stories stored yet');
  });
});

describe('private subscribe and settings through the inline menu', () => {
  const READER = { id: 650, first_name: 'Rita' };
  async function press(label: string) {
    const { menu: message, button } = findButton(tg, READER.id, new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    const before = tg.calls.length;
    tg.pushUpdate(tg.callbackQuery({ chat: READER.id, messageId: message.message_id, data: button.callback_data, from: READER }));
    await tg.waitFor((c) => c.method === 'answerCallbackQuery' && tg.calls.indexOf(c) >= before, { timeoutMs: 10_000 });
    return tg.messagesTo(READER.id).find((m) => m.message_id === message.message_id)?.text ?? '';
  }

  it('should subscribe, change time and zone in the menu, refuse 25:00 and Mars/Olympus, and pause', async () => {
    expect((await ask('/subscribe 07:30 Europe/Minsk', READER.id, READER))[0]).toContain('07:30');
    expect((await ask('/settings', READER.id, READER))[0]).toContain('Delivery: <b>07:30</b> (Europe/Minsk)');
    await press('🕗 Time');
    expect(await press('09:00')).toContain('Delivery: <b>09:00</b>');
    await press('🕗 Time');
    await press('Other…');
    expect((await ask('25:00', READER.id, READER))[0]).toContain('25:00 is not a time of day');
    const beforeAnswer = tg.calls.length;
    expect((await ask('6:45', READER.id, READER))[0]).toContain('06:45');
    // The confirmation comes first, then the menu is edited back in place.
    await tg.waitFor((c) => c.method === 'editMessageText' && c.chatId === READER.id && tg.calls.indexOf(c) > beforeAnswer);
    await press('🌍 Time zone');
    await press('Other…');
    expect((await ask('Mars/Olympus', READER.id, READER))[0]).toContain('I don\'t know the time zone "Mars/Olympus"');
    const beforeZone = tg.calls.length;
    await ask('asia/tokyo', READER.id, READER);
    await tg.waitFor((c) => c.method === 'editMessageText' && c.chatId === READER.id && tg.calls.indexOf(c) > beforeZone);
    const menu = latestMenu(tg, READER.id)?.text ?? '';
    expect(menu).toContain('Delivery: <b>06:45</b> (Asia/Tokyo)');
    expect(await press('⏸ Pause')).toMatch(/paused/i);
  }, 30_000);
});
