import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callApi } from '../support/fake-telegram-client.js';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram.js';

let tg: FakeTelegram;
beforeEach(async () => { tg = await startFakeTelegram(); });
afterEach(async () => { await tg.close(); });

const resultOf = (r: { body: unknown }) => (r.body as { result: { update_id: number; message?: { text?: string } }[] }).result;

describe('getUpdates long polling', () => {
  it('when an update is pushed during the poll then it returns early with that update', async () => {
    const started = Date.now();
    const poll = callApi(tg.apiRoot, 'getUpdates', { timeout: 5 });
    await tg.waitFor((c) => c.method === 'getUpdates');
    setTimeout(() => tg.pushUpdate(tg.message({ text: 'hello' })), 100);
    const res = await poll;
    expect(res.status).toBe(200);
    expect(resultOf(res).map((u) => u.message?.text)).toEqual(['hello']);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('when nothing arrives then it answers an empty list after the timeout', async () => {
    const started = Date.now();
    const res = await callApi(tg.apiRoot, 'getUpdates', { timeout: 1 });
    expect(resultOf(res)).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('should confirm updates below the offset and honour limit', async () => {
    const [a, b, c] = tg.pushUpdates([tg.message({ text: 'a' }), tg.message({ text: 'b' }), tg.message({ text: 'c' })]);
    expect(a!.update_id).toBeLessThan(b!.update_id);
    expect(resultOf(await callApi(tg.apiRoot, 'getUpdates', { limit: 2 })).map((u) => u.message?.text)).toEqual(['a', 'b']);
    // Without a higher offset nothing is confirmed: the same updates come again.
    expect(resultOf(await callApi(tg.apiRoot, 'getUpdates', {})).length).toBe(3);
    const next = await callApi(tg.apiRoot, 'getUpdates', { offset: b!.update_id + 1 });
    expect(resultOf(next).map((u) => u.update_id)).toEqual([c!.update_id]);
    expect(tg.pendingUpdates().map((u) => u.update_id)).toEqual([c!.update_id]);
  });

  it('when a second poller starts then the first gets 409 Conflict', async () => {
    const first = callApi(tg.apiRoot, 'getUpdates', { timeout: 5 });
    await tg.waitFor((c) => c.method === 'getUpdates');
    const second = callApi(tg.apiRoot, 'getUpdates', { timeout: 0 });
    const conflict = await first;
    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({ ok: false, error_code: 409, description: expect.stringContaining('terminated by other getUpdates request') });
    expect((await second).status).toBe(200);
  });
});

describe('webhook', () => {
  it('when a webhook is set then a pending poll and later polls get 409 until it is deleted', async () => {
    const pending = callApi(tg.apiRoot, 'getUpdates', { timeout: 5 });
    await tg.waitFor((c) => c.method === 'getUpdates');
    expect((await callApi(tg.apiRoot, 'setWebhook', { url: 'https://bot.example/hook', secret_token: 's3cret_token' })).body).toEqual({ ok: true, result: true, description: 'Webhook was set' });
    expect((await pending).body).toEqual({ ok: false, error_code: 409, description: 'Conflict: terminated by setWebhook request' });
    const later = await callApi(tg.apiRoot, 'getUpdates', {});
    expect(later.status).toBe(409);
    expect(tg.webhook).toEqual({ url: 'https://bot.example/hook', secret: 's3cret_token' });
    const info = await callApi(tg.apiRoot, 'getWebhookInfo');
    expect(info.body).toMatchObject({ ok: true, result: { url: 'https://bot.example/hook', pending_update_count: 0 } });

    tg.pushUpdate(tg.message({ text: 'queued' }));
    await callApi(tg.apiRoot, 'deleteWebhook', { drop_pending_updates: true });
    expect(tg.webhook).toBeUndefined();
    const after = await callApi(tg.apiRoot, 'getUpdates', {});
    expect(after.status).toBe(200);
    expect(resultOf(after)).toEqual([]);
  });

  it('should deliver pending updates to the webhook with the secret header', async () => {
    const { createServer } = await import('node:http');
    const received: { secret: unknown; body: string }[] = [];
    const hook = createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => { received.push({ secret: req.headers['x-telegram-bot-api-secret-token'], body }); res.end(); });
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
    const port = (hook.address() as { port: number }).port;
    await callApi(tg.apiRoot, 'setWebhook', { url: `http://127.0.0.1:${port}/hook`, secret_token: 'abc' });
    tg.pushUpdate(tg.message({ text: 'via webhook' }));
    expect(await tg.deliverWebhook()).toEqual([200]);
    expect(received).toHaveLength(1);
    expect(received[0]!.secret).toBe('abc');
    expect(JSON.parse(received[0]!.body)).toMatchObject({ message: { text: 'via webhook' } });
    expect(tg.pendingUpdates()).toEqual([]);
    await new Promise((r) => hook.close(r));
  });
});
