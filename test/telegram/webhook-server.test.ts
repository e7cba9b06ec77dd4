// The webhook server in-process, with a real grammY bot (fixed botInfo) and real HTTP.
import { Bot } from 'grammy';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BotContext } from '../../src/telegram/context.js';
import { OFFLINE_BOT_INFO as BOT_INFO } from '../../src/cli/fake-updates.js';
import { startWebhookServer, type WebhookServer } from '../../src/telegram/webhook-server.js';

let server: WebhookServer | undefined;
afterEach(async () => {
  await server?.close();
  vi.restoreAllMocks();
});

async function start(bot: Bot<BotContext>, handlerTimeoutMs?: number) {
  const logs: Record<string, unknown>[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  server = await startWebhookServer(bot, {
    port: 0, path: '/hook', secret: 's3cret', logger, health: () => ({ ready: false, reason: 'starting: getMe has not succeeded yet' }),
    ...(handlerTimeoutMs !== undefined ? { handlerTimeoutMs } : {}),
  });
  const port = (server.server.address() as { port: number }).port;
  const post = (body: string) => fetch(`http://127.0.0.1:${port}/hook`, { method: 'POST', headers: { 'x-telegram-bot-api-secret-token': 's3cret' }, body });
  return { logs, port, post };
}

describe('webhook server', () => {
  it('when handling an update throws past every boundary then it answers 500 and the error is logged', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // grammY's default handler prints too
    const bot = new Bot<BotContext>('1:x', { botInfo: BOT_INFO });
    bot.use(() => {
      throw new Error('boom in middleware');
    });
    const { logs, post } = await start(bot);
    const res = await post(JSON.stringify({ update_id: 7, message: { message_id: 1, date: 0, chat: { id: 1, type: 'private' }, text: 'hi' } }));
    expect(res.status).toBe(500);
    const line = logs.find((l) => l.msg === 'webhook: update handling failed') as { err?: { message?: string } } | undefined;
    expect(line?.err?.message).toContain('boom in middleware');
    expect(logs.filter((l) => l.code === 'WEBHOOK_UPDATE_FAILED')).toHaveLength(1);
  });

  it('when a handler outlives the timeout and then throws then Telegram got its 200 and the failure is logged once, with its own code', async () => {
    let failed!: () => void;
    const failedNow = new Promise<void>((resolve) => (failed = resolve));
    const bot = new Bot<BotContext>('1:x', { botInfo: BOT_INFO });
    bot.use(async () => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      failed();
      throw new Error('boom after the answer');
    });
    const { logs, post } = await start(bot, 20);
    const res = await post(JSON.stringify({ update_id: 8, message: { message_id: 1, date: 0, chat: { id: 1, type: 'private' }, text: 'hi' } }));
    expect(res.status).toBe(200);
    expect(logs.filter((l) => l.code === 'WEBHOOK_UPDATE_SLOW')).toHaveLength(1);
    await failedNow;
    await new Promise((resolve) => setImmediate(resolve));
    const late = logs.filter((l) => l.code === 'WEBHOOK_UPDATE_FAILED_LATE') as { err?: { message?: string } }[];
    expect(late).toHaveLength(1);
    expect(late[0]?.err?.message).toContain('boom after the answer');
    expect(logs.filter((l) => l.code === 'WEBHOOK_UPDATE_FAILED')).toHaveLength(0);
  });

  it('when the body is not an update then it answers 400 and logs WEBHOOK_BAD_UPDATE once', async () => {
    const { logs, post } = await start(new Bot<BotContext>('1:x', { botInfo: BOT_INFO }));
    const res = await post('{"nope":1}');
    expect(res.status).toBe(400);
    expect(logs.filter((l) => l.code === 'WEBHOOK_BAD_UPDATE')).toHaveLength(1);
  });

  it('when not ready then /healthz answers 503 with the reason as JSON', async () => {
    const { port } = await start(new Bot<BotContext>('1:x', { botInfo: BOT_INFO }));
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ok: false, ready: false, reason: 'starting: getMe has not succeeded yet' });
  });
});
