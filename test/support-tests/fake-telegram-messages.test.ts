import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callApi, FAKE_TOKEN } from '../support/fake-telegram-client.js';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram.js';

let tg: FakeTelegram;
beforeEach(async () => { tg = await startFakeTelegram({ token: FAKE_TOKEN }); });
afterEach(async () => { await tg.close(); });

describe('sendMessage', () => {
  it('should store messages per chat with thread and keyboard, and answer a Message', async () => {
    const keyboard = { inline_keyboard: [[{ text: 'More', callback_data: 'more:1' }]] };
    const res = await callApi(tg.apiRoot, 'sendMessage', { chat_id: -1001, text: '<b>Hi</b> &amp; bye', parse_mode: 'HTML', message_thread_id: 7, reply_markup: keyboard });
    expect(res.body).toMatchObject({ ok: true, result: { message_id: 1, chat: { id: -1001, type: 'group' }, text: 'Hi & bye', reply_markup: keyboard, message_thread_id: 7 } });
    await callApi(tg.apiRoot, 'sendMessage', { chat_id: -1001, text: 'second' });
    await callApi(tg.apiRoot, 'sendMessage', { chat_id: 42, text: 'elsewhere' });
    const inGroup = tg.messagesTo(-1001);
    expect(inGroup.map((m) => [m.message_id, m.text, m.threadId])).toEqual([[1, '<b>Hi</b> &amp; bye', 7], [2, 'second', undefined]]);
    expect(inGroup[0]!.replyMarkup).toEqual(keyboard);
    expect(tg.messagesTo(42).map((m) => m.message_id)).toEqual([1]);
    expect(tg.sent().map((m) => m.text)).toEqual(['<b>Hi</b> &amp; bye', 'second', 'elsewhere']);
  });

  it('should reject empty text, text over 4096 characters and malformed HTML like Telegram', async () => {
    expect((await callApi(tg.apiRoot, 'sendMessage', { chat_id: 1, text: ' ' })).body).toEqual({ ok: false, error_code: 400, description: 'Bad Request: message text is empty' });
    expect((await callApi(tg.apiRoot, 'sendMessage', { chat_id: 1, text: 'x'.repeat(4097) })).body).toMatchObject({ error_code: 400, description: 'Bad Request: message is too long' });
    const bad = await callApi(tg.apiRoot, 'sendMessage', { chat_id: 1, text: '<b>unclosed', parse_mode: 'HTML' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ ok: false, description: expect.stringMatching(/^Bad Request: can't parse entities/) });
    expect(tg.calls.map((c) => c.accepted)).toEqual([false, false, false]);
    expect(tg.messagesTo(1)).toEqual([]);
  });

  it('when the token is wrong or the method unknown then 401 and 404 bodies come back', async () => {
    expect(await callApi(tg.apiRoot, 'getMe', undefined, '999:wrong')).toEqual({ status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } });
    expect(await callApi(tg.apiRoot, 'sendTelepathy', {})).toEqual({ status: 404, body: { ok: false, error_code: 404, description: 'Not Found' } });
    expect((await callApi(tg.apiRoot, 'getme')).body).toMatchObject({ ok: true, result: { is_bot: true, username: 'newsbrief_bot' } });
  });

  it('should accept urlencoded and multipart bodies', async () => {
    const url = `${tg.apiRoot}/bot${FAKE_TOKEN}/sendMessage`;
    const form = new URLSearchParams({ chat_id: '77', text: 'form', reply_markup: '{"inline_keyboard":[]}' });
    expect((await fetch(url, { method: 'POST', body: form })).status).toBe(200);
    const multipart = new FormData();
    multipart.set('chat_id', '@news');
    multipart.set('text', 'multi');
    tg.setChat({ id: -1002000, type: 'channel', title: 'News', username: 'news' });
    expect((await fetch(url, { method: 'POST', body: multipart })).status).toBe(200);
    expect(tg.messagesTo(77)[0]).toMatchObject({ text: 'form', replyMarkup: { inline_keyboard: [] } });
    expect(tg.messagesTo('@news').map((m) => m.text)).toEqual(['multi']);
  });
});

describe('editMessageText', () => {
  it('should edit a stored message, refuse an identical edit and an unknown message', async () => {
    await callApi(tg.apiRoot, 'sendMessage', { chat_id: 5, text: 'v1' });
    expect((await callApi(tg.apiRoot, 'editMessageText', { chat_id: 5, message_id: 1, text: 'v2' })).body).toMatchObject({ ok: true, result: { text: 'v2' } });
    const same = await callApi(tg.apiRoot, 'editMessageText', { chat_id: 5, message_id: 1, text: 'v2' });
    expect(same.body).toMatchObject({ ok: false, error_code: 400, description: expect.stringMatching(/^Bad Request: message is not modified/) });
    expect((await callApi(tg.apiRoot, 'editMessageText', { chat_id: 5, message_id: 9, text: 'x' })).body).toMatchObject({ description: 'Bad Request: message to edit not found' });
    expect(tg.messagesTo(5)[0]).toMatchObject({ text: 'v2', history: ['v1', 'v2'] });
  });
});

describe('callbacks and commands', () => {
  it('should answer a callback query once and reject a second answer', async () => {
    const update = tg.callbackQuery({ chat: 9, messageId: 1, data: 'x' });
    const id = update.callback_query!.id;
    expect((await callApi(tg.apiRoot, 'answerCallbackQuery', { callback_query_id: id })).body).toEqual({ ok: true, result: true });
    expect((await callApi(tg.apiRoot, 'answerCallbackQuery', { callback_query_id: id })).status).toBe(400);
  });

  it('should store commands per scope and language and read them back', async () => {
    const list = [{ command: 'latest', description: 'Latest stories' }];
    const groups = { type: 'all_group_chats' };
    await callApi(tg.apiRoot, 'setMyCommands', { commands: list });
    await callApi(tg.apiRoot, 'setMyCommands', { commands: [{ command: 'digest', description: 'Digest' }], scope: groups, language_code: 'de' });
    expect((await callApi(tg.apiRoot, 'getMyCommands', {})).body).toEqual({ ok: true, result: list });
    expect((await callApi(tg.apiRoot, 'getMyCommands', { scope: groups })).body).toEqual({ ok: true, result: [] });
    expect(tg.commands({ scope: groups, languageCode: 'de' })).toEqual([{ command: 'digest', description: 'Digest' }]);
    expect((await callApi(tg.apiRoot, 'setMyCommands', { commands: [{ command: 'Bad Name', description: 'x' }] })).body).toMatchObject({ error_code: 400, description: 'Bad Request: BOT_COMMAND_INVALID' });
    await callApi(tg.apiRoot, 'deleteMyCommands', {});
    expect(tg.commands()).toBeUndefined();
  });
});
