// The retry policy against the Bot API stand-in over real HTTP; waits go through an injected
// sleep that records the delay and returns at once (so a 30 s back-off takes no time).
import { Api, GrammyError, HttpError } from 'grammy';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiRetry, type ApiRetryOptions } from '../../src/telegram/api-retry.js';
import { createTelegramHealth } from '../../src/telegram/telegram-health.js';
import { abortableSleep } from '../../src/util/abort.js';
import { FAKE_TOKEN } from '../support/fake-telegram-client.js';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram.js';

let tg: FakeTelegram;
beforeEach(async () => { tg = await startFakeTelegram({ token: FAKE_TOKEN }); });
afterEach(async () => { await tg.close(); });

function rig(options: Partial<ApiRetryOptions> = {}) {
  const logs: Record<string, unknown>[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  const delays: number[] = [];
  let clock = 0;
  const health = createTelegramHealth({ now: () => clock });
  const api = new Api(FAKE_TOKEN, { apiRoot: tg.apiRoot });
  api.config.use(apiRetry({ logger, health, sleep: (ms) => {
    delays.push(ms);
    return Promise.resolve();
  }, ...options }));
  return { api, logs, delays, health, advance: (ms: number) => (clock += ms) };
}

const retried = (logs: Record<string, unknown>[]) => logs.filter((l) => l.msg === 'Telegram call failed; retrying');

describe('apiRetry', () => {
  it('when the network fails repeatedly then every attempt is logged and the back-off doubles from 1 s to a 30 s cap', async () => {
    const { api, logs, delays } = rig();
    tg.failNext('getMe', { kind: 'reset' }, { times: 8 });
    const me = await api.getMe();
    expect(me.is_bot).toBe(true);
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    const lines = retried(logs);
    expect(lines).toHaveLength(8);
    expect(lines[0]).toMatchObject({ level: 40, method: 'getMe', attempt: 1, retryInMs: 1000 });
    expect(String(lines[0]?.reason)).toMatch(/^network error: /);
    expect(lines[7]).toMatchObject({ attempt: 8, retryInMs: 30000 });
  });

  it('when Telegram answers 5xx then it is retried with back-off, and a 429 waits exactly retry_after', async () => {
    const { api, logs, delays } = rig();
    tg.failNext('sendMessage', { kind: '5xx', status: 502 }, { times: 2 });
    tg.failNext('sendMessage', { kind: '429', retryAfter: 7 });
    const sent = await api.sendMessage(501, 'hello');
    expect(sent.text).toBe('hello');
    expect(delays).toEqual([1000, 2000, 7000]);
    expect(retried(logs).map((l) => [l.errorCode, l.reason])).toEqual([
      [502, '502 Bad Gateway'],
      [502, '502 Bad Gateway'],
      [undefined, '429 Too Many Requests: retry after 7'],
    ]);
  });

  it('when maxAttempts is 1 then a 5xx or a 429 goes straight back to the caller, logged once', async () => {
    const { api, logs, delays } = rig({ maxAttempts: 1 });
    tg.failNext('sendMessage', { kind: '5xx' });
    await expect(api.sendMessage(501, 'x')).rejects.toBeInstanceOf(GrammyError);
    tg.failNext('sendMessage', { kind: '429', retryAfter: 3 });
    await expect(api.sendMessage(501, 'x')).rejects.toMatchObject({ error_code: 429 });
    expect(delays).toEqual([]);
    expect(logs.filter((l) => l.msg === 'Telegram call failed').map((l) => l.reason)).toEqual(['500 Internal Server Error', '429 Too Many Requests: retry after 3']);
  });

  it('when a request hangs then the attempt times out, is logged, and is retried', async () => {
    const { api, logs } = rig({ attemptTimeoutMs: 200 });
    tg.failNext('getMe', { kind: 'hang' });
    await api.getMe();
    expect(retried(logs)[0]).toMatchObject({ method: 'getMe', reason: 'no answer within 200 ms' });
  });

  it('when shutdown starts during a long wait then the call ends at once with the last error', async () => {
    const stop = new AbortController();
    const { api, logs } = rig({ stopRetrying: stop.signal, sleep: abortableSleep, baseDelayMs: 30_000 });
    tg.failNext('getMe', { kind: 'reset' }, { times: Infinity });
    const started = Date.now();
    const call = api.getMe();
    setTimeout(() => stop.abort(), 100);
    await expect(call).rejects.toBeInstanceOf(HttpError);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(retried(logs)).toHaveLength(1);
  });

  it('when the token is rejected (401) then it is not retried and health is not ready', async () => {
    const { api, delays, health } = rig();
    health.markStarted('webhook');
    tg.failNext('getMe', { kind: 'custom', errorCode: 401, description: 'Unauthorized' });
    await expect(api.getMe()).rejects.toMatchObject({ error_code: 401 });
    expect(delays).toEqual([]);
    expect(health.status()).toEqual({ ready: false, reason: expect.stringContaining('401 Unauthorized') });
  });

  it('when Telegram fails and comes back then health goes not ready, then ready again', async () => {
    const { api, health, advance } = rig({ maxAttempts: 1 });
    expect(health.status()).toMatchObject({ ready: false, reason: 'starting: getMe has not succeeded yet' });
    await api.getMe();
    health.markStarted('polling');
    await api.getUpdates({ timeout: 0 });
    expect(health.status()).toEqual({ ready: true });
    tg.failNext('getUpdates', { kind: 'reset' });
    await expect(api.getUpdates({ timeout: 0 })).rejects.toBeInstanceOf(HttpError);
    expect(health.status()).toMatchObject({ ready: false, reason: expect.stringMatching(/^Telegram getUpdates failing for 0 s: network error/) });
    await api.getUpdates({ timeout: 0 });
    expect(health.status()).toEqual({ ready: true });
    advance(91_000);
    expect(health.status()).toEqual({ ready: false, reason: 'no getUpdates answer for 91 s' });
  });
});
