import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callApi } from '../support/fake-telegram-client.js';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram.js';

let tg: FakeTelegram;
beforeEach(async () => { tg = await startFakeTelegram(); });
afterEach(async () => { await tg.close(); });

const send = (chat_id: number, text = 'hi') => callApi(tg.apiRoot, 'sendMessage', { chat_id, text });

describe('failNext', () => {
  it('should answer 429 with retry_after exactly like Telegram, then recover', async () => {
    tg.failNext('sendMessage', { kind: '429', retryAfter: 3 });
    expect(await send(1)).toEqual({ status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 3', parameters: { retry_after: 3 } } });
    expect((await send(1)).status).toBe(200);
    expect(tg.calls[0]).toMatchObject({ accepted: false, injected: '429', parameters: { retry_after: 3 } });
  });

  it('should fail only the given chat, the given number of times', async () => {
    tg.failNext('sendMessage', { kind: 'migrated', toChatId: -1009 }, { chatId: -5, times: 2 });
    expect((await send(7)).status).toBe(200);
    const migrated = { ok: false, error_code: 400, description: 'Bad Request: group chat was upgraded to a supergroup chat', parameters: { migrate_to_chat_id: -1009 } };
    expect((await send(-5)).body).toEqual(migrated);
    expect((await send(-5)).body).toEqual(migrated);
    expect((await send(-5)).status).toBe(200);
  });

  it('should word 403s, chat-not-found and 5xx like Telegram', async () => {
    tg.failNext('sendMessage', { kind: '403', reason: 'blocked' });
    tg.failNext('sendMessage', { kind: '403', reason: 'kicked' });
    tg.failNext('sendMessage', { kind: '400-chat-not-found' });
    tg.failNext('*', { kind: '5xx', status: 502 });
    expect((await send(1)).body).toMatchObject({ error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    expect((await send(-3)).body).toMatchObject({ error_code: 403, description: 'Forbidden: bot was kicked from the group chat' });
    expect((await send(1)).body).toMatchObject({ error_code: 400, description: 'Bad Request: chat not found' });
    expect(await callApi(tg.apiRoot, 'getMe')).toMatchObject({ status: 502, body: { ok: false, error_code: 502, description: 'Bad Gateway' } });
  });

  it('when told to hang then the request gets no answer until the client gives up', async () => {
    tg.failNext('sendMessage', { kind: 'hang' });
    const started = Date.now();
    const res = fetch(`${tg.apiRoot}/bot1:x/sendMessage`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"chat_id":1,"text":"x"}', signal: AbortSignal.timeout(300) });
    await expect(res).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(tg.calls[0]).toMatchObject({ method: 'sendMessage', injected: 'hang', accepted: false });
    expect(tg.calls[0]!.status).toBeUndefined();
  });
});

describe('persistent chat state', () => {
  it('when the bot is kicked, blocked or the group migrated then sends fail accordingly', async () => {
    tg.setChat({ id: -1005, type: 'supergroup', title: 'Team' });
    tg.setMember(-1005, tg.bot.id, 'kicked');
    tg.setMember(8, tg.bot.id, 'kicked');
    tg.migrateChat(-44, -1000044);
    expect((await send(-1005)).body).toMatchObject({ error_code: 403, description: 'Forbidden: bot was kicked from the supergroup chat' });
    expect((await send(8)).body).toMatchObject({ error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    expect((await send(-44)).body).toMatchObject({ error_code: 400, parameters: { migrate_to_chat_id: -1000044 } });
  });
});

describe('getChat and getChatMember tables', () => {
  it('should look chats up by id or @username and members by chat and user', async () => {
    tg.setChat({ id: -100777, type: 'channel', title: 'Daily', username: 'daily_news' });
    tg.setMember(-100777, tg.bot.id, { status: 'administrator', can_post_messages: false });
    tg.setMember(-100777, 31, 'creator');
    expect((await callApi(tg.apiRoot, 'getChat', { chat_id: '@daily_news' })).body).toMatchObject({ ok: true, result: { id: -100777, type: 'channel', title: 'Daily' } });
    expect((await callApi(tg.apiRoot, 'getChat', { chat_id: -100777 })).body).toMatchObject({ ok: true, result: { username: 'daily_news' } });
    expect((await callApi(tg.apiRoot, 'getChat', { chat_id: '@nobody_here' })).body).toEqual({ ok: false, error_code: 400, description: 'Bad Request: chat not found' });
    const botMember = await callApi(tg.apiRoot, 'getChatMember', { chat_id: -100777, user_id: tg.bot.id });
    expect(botMember.body).toMatchObject({ ok: true, result: { status: 'administrator', can_post_messages: false, can_edit_messages: true, user: { id: tg.bot.id, is_bot: true } } });
    expect((await callApi(tg.apiRoot, 'getChatMember', { chat_id: -100777, user_id: 31 })).body).toMatchObject({ result: { status: 'creator', user: { id: 31 } } });
    expect((await callApi(tg.apiRoot, 'getChatMember', { chat_id: -999, user_id: 31 })).body).toMatchObject({ description: 'Bad Request: chat not found' });
    // An admin without can_post_messages may not post in a channel.
    expect((await send(-100777)).body).toMatchObject({ error_code: 400, description: 'Bad Request: need administrator rights in the channel chat' });
  });
});

describe('rate limits', () => {
  it('should answer 429 past 1 message per second per chat and 20 per minute per group, counting them', async () => {
    let now = 1_000_000;
    await tg.close();
    tg = await startFakeTelegram({ now: () => now });
    tg.enforceRateLimits({ perSecondGlobal: 30, perChatPerSecond: 1, perGroupPerMinute: 20 });
    expect((await send(1)).status).toBe(200);
    expect((await send(1)).body).toEqual({ ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
    expect((await send(2)).status).toBe(200);
    for (let i = 0; i < 20; i++) {
      now += 1001;
      expect((await send(-7)).status, `group message ${i}`).toBe(200);
    }
    now += 1001;
    const refused = await send(-7);
    expect(refused.status).toBe(429);
    // The oldest of the 20 was sent 20 × 1.001 s ago, so it leaves the minute window in 39.98 s → 40.
    expect((refused.body as { parameters: { retry_after: number } }).parameters.retry_after).toBe(40);
    expect(tg.stats()).toMatchObject({ rateLimited: 2, calls: { sendMessage: 24 } });
  });

  it('should cap the global rate across chats', async () => {
    tg.enforceRateLimits({ perSecondGlobal: 3 });
    const statuses = await Promise.all([1, 2, 3, 4, 5].map((chat) => send(chat).then((r) => r.status)));
    expect(statuses.filter((s) => s === 429)).toHaveLength(2);
    tg.enforceRateLimits(false);
    expect((await send(6)).status).toBe(200);
  });
});
