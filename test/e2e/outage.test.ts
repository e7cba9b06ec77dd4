// The real process (`newsbrief start`) when Telegram is unreachable, failing, or refuses the token.
import { describe, expect, it } from 'vitest';
import { TOKEN_REJECTED } from '../../src/telegram/fatal-errors.js';
import { E2E_TOKEN, started, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { startFakeTelegram } from '../support/fake-telegram.js';
import { freePort } from '../support/free-port.js';


/** The lines on stderr that aren't pino JSON: what an operator reads. */
const plainLines = (bot: BotProcess) => bot.logs.filter((l) => l.raw === true).map((l) => String(l.msg)).filter((l) => l.trim() !== '');
const failedAttempts = (bot: BotProcess, method: string) => bot.logs.filter((l) => String(l.msg).startsWith('Telegram call failed') && l.method === method);
const SECRET_PART = E2E_TOKEN.split(':')[1]!;

function expectNoToken(bot: BotProcess) {
  const { stdout, stderr } = bot.output();
  for (const text of [stdout, stderr]) {
    expect(text).not.toContain(E2E_TOKEN);
    expect(text).not.toContain(SECRET_PART);
  }
}

async function health(port: number): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('start-up against an unreachable Bot API', () => {
  it('when nothing listens at TELEGRAM_API_ROOT then every attempt is logged and it exits 1 with one clear line within the start-up timeout', async () => {
    const apiRoot = `http://127.0.0.1:${await freePort()}`;
    const bot = startBotProcess({ TELEGRAM_API_ROOT: apiRoot, STARTUP_TIMEOUT_SECONDS: '3' });
    const first = await bot.waitForLog((l) => failedAttempts(bot, 'getMe').includes(l), 15_000);
    const since = Date.now();
    const code = await bot.exited;
    expect(code).toBe(1);
    // 3 s of trying (less the time to the first attempt), plus closing the store.
    expect(Date.now() - since).toBeLessThan(4500);
    const attempts = failedAttempts(bot, 'getMe');
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    expect(attempts.map((a) => a.attempt)).toEqual(attempts.map((_, i) => i + 1));
    expect(first).toMatchObject({ method: 'getMe', attempt: 1, retryInMs: 1000, reason: expect.stringContaining('ECONNREFUSED') });
    expect(plainLines(bot)).toEqual([expect.stringMatching(new RegExp(`^newsbrief: cannot reach the Telegram Bot API at ${apiRoot} within 3 s \\(getMe: network error: .*ECONNREFUSED`))]);
    expectNoToken(bot);
  }, 30_000);

  it('when Telegram rejects the token (401) then one clear line, no stack trace, exit 2', async () => {
    const tg = await startFakeTelegram({ token: '999999:a-different-token-than-the-bot-has-abcdef' });
    const bot = startBotProcess({ TELEGRAM_API_ROOT: tg.apiRoot, LOG_LEVEL: 'info' });
    try {
      expect(await bot.exited).toBe(2);
      expect(plainLines(bot)).toEqual([TOKEN_REJECTED]);
      expect(bot.output().stderr).not.toMatch(/stack|at .*\.js:\d+/);
      expect(tg.calls.filter((c) => c.method === 'getMe')).toHaveLength(1);
    } finally {
      await bot.stop('SIGKILL');
      await tg.close();
    }
  }, 30_000);
});

describe('/healthz', () => {
  it('when getMe keeps failing then /healthz answers 503 with the reason, and 200 once Telegram is back', async () => {
    const tg = await startFakeTelegram({ token: E2E_TOKEN });
    tg.failNext('getMe', { kind: '5xx', status: 502 }, { times: Infinity });
    const port = await freePort();
    const bot = startBotProcess({ TELEGRAM_API_ROOT: tg.apiRoot, HEALTH_PORT: String(port), STARTUP_TIMEOUT_SECONDS: '30' });
    try {
      await bot.waitForLog((l) => failedAttempts(bot, 'getMe').includes(l), 15_000);
      const down = await health(port);
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ ok: false, ready: false, mode: 'polling', reason: expect.stringMatching(/^starting: Telegram getMe failing for \d+ s: 502 Bad Gateway$/) });
      tg.clearFailures();
      await bot.waitForLog(started, 15_000);
      const up = await health(port);
      expect(up.status).toBe(200);
      expect(up.body).toMatchObject({ ok: true, ready: true, mode: 'polling', bot: tg.bot.username });
      // The store answers its ping; the job leases this process holds now (at most the three scheduled jobs).
      expect(up.body['store']).toMatchObject({ backend: 'sqlite', ok: true, latencyMs: expect.any(Number) });
      const held = (up.body['leases'] as { held: { name: string }[] }).held.map((l) => l.name);
      expect(held.every((name) => ['job:inbox', 'job:sources', 'job:digest'].includes(name))).toBe(true);
    } finally {
      expect(await bot.stop('SIGTERM')).toBe(0);
      await tg.close();
    }
  }, 40_000);
});

describe('an outage while running', () => {
  it('when Telegram drops every connection then calls are retried and logged, /healthz says 503, SIGTERM exits within 10 s, and the token is never logged', async () => {
    const tg = await startFakeTelegram({ token: E2E_TOKEN });
    const port = await freePort();
    const bot = startBotProcess({ TELEGRAM_API_ROOT: tg.apiRoot, HEALTH_PORT: String(port) });
    try {
      await bot.waitForLog(started, 30_000);
      expect((await health(port)).status).toBe(200);
      await tg.waitFor((c) => c.method === 'getUpdates'); // the long poll is in flight
      tg.failNext('*', { kind: 'reset' }, { times: Infinity });
      // The update ends the long poll in flight; from then on getUpdates and the reply both fail.
      tg.pushUpdate(tg.message({ text: '/start', chat: 501 }));
      await bot.waitForLog((l) => failedAttempts(bot, 'sendMessage').includes(l), 15_000);
      await bot.waitForLog((l) => failedAttempts(bot, 'getUpdates').includes(l), 15_000);
      const down = await health(port);
      expect(down.status).toBe(503);
      expect(down.body.reason).toMatch(/failing for \d+ s: network error/);

      const since = Date.now();
      const code = await bot.stop('SIGTERM');
      expect(Date.now() - since).toBeLessThan(10_000);
      expect(code).toBe(0);
      // The handler gave up at shutdown with the network error: logged with the token scrubbed.
      const failed = bot.logs.find((l) => l.msg === 'handler failed') as { err?: { message?: string; error?: { message?: string } } } | undefined;
      expect(JSON.stringify(failed?.err)).toContain('/bot<redacted>/sendMessage');
      expectNoToken(bot);
    } finally {
      await bot.stop('SIGKILL');
      await tg.close();
    }
  }, 60_000);

  it('when Telegram stops answering (requests hang) then SIGTERM still exits within 10 s', async () => {
    const tg = await startFakeTelegram({ token: E2E_TOKEN });
    const bot = startBotProcess({ TELEGRAM_API_ROOT: tg.apiRoot });
    try {
      await bot.waitForLog(started, 30_000);
      await tg.waitFor((c) => c.method === 'getUpdates');
      tg.failNext('*', { kind: 'hang' }, { times: Infinity });
      tg.pushUpdate(tg.message({ text: '/help', chat: 502 }));
      await tg.waitFor((c) => c.method === 'sendMessage' && c.chatId === 502, { timeoutMs: 15_000 });
      expect(tg.calls.find((c) => c.method === 'sendMessage' && c.chatId === 502)?.injected).toBe('hang');
      const since = Date.now();
      const code = await bot.stop('SIGTERM');
      expect(Date.now() - since).toBeLessThan(10_000);
      expect(code).toBe(0);
    } finally {
      await bot.stop('SIGKILL');
      await tg.close();
    }
  }, 60_000);

  it('when the token is revoked while polling (401) then the bot stops with one clear line and exit 2', async () => {
    const tg = await startFakeTelegram({ token: E2E_TOKEN });
    const bot = startBotProcess({ TELEGRAM_API_ROOT: tg.apiRoot });
    try {
      await bot.waitForLog(started, 30_000);
      await tg.waitFor((c) => c.method === 'getUpdates');
      tg.failNext('getUpdates', { kind: 'custom', errorCode: 401, description: 'Unauthorized' }, { times: Infinity });
      tg.pushUpdate(tg.message({ text: '/help', chat: 504 })); // ends the long poll in flight
      expect(await bot.exited).toBe(2);
      expect(plainLines(bot)).toEqual([TOKEN_REJECTED]);
      expect(bot.output().stderr).not.toContain('"stack"');
    } finally {
      await bot.stop('SIGKILL');
      await tg.close();
    }
  }, 60_000);
});
