// Webhook mode (secret checked, /healthz) and a graceful SIGTERM while a handler is in flight.
import { connect, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { E2E_TOKEN, started, startBotProcess } from '../support/bot-process.js';
import { startFakeOpenAi } from '../support/fake-openai.js';
import { startFakeTelegram } from '../support/fake-telegram.js';
import { createTestApp, input } from '../support/test-app.js';
import { seedText } from '../support/articles.js';
import { freePort } from '../support/free-port.js';

const scratch = mkdtempSync(join(tmpdir(), 'newsbrief-e2e-store-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));


/** Writes a raw request and resolves with the response's status code. */
function rawStatus(port: number, request: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let head = '';
    socket.on('data', (chunk) => {
      head += chunk.toString('latin1');
      const match = /^HTTP\/1\.1 (\d{3})/.exec(head);
      if (!match) return;
      socket.destroy();
      resolve(Number(match[1]));
    });
    socket.on('error', reject);
  });
}

describe('webhook mode', () => {
  it('should set the webhook with a secret, handle updates that carry it, reject others with 401, and serve /healthz', async () => {
    const tg = await startFakeTelegram({ token: E2E_TOKEN });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/telegram/hook`;
    const bot = startBotProcess({ TELEGRAM_API_ROOT: tg.apiRoot, WEBHOOK_URL: url, PORT: String(port) });
    try {
      await bot.waitForLog(started, 30_000);
      expect(tg.webhook?.url).toBe(url);
      expect(tg.webhook?.secret).toMatch(/^[A-Za-z0-9_-]{16,}$/);

      tg.pushUpdate(tg.message({ text: '/start', chat: 501 }));
      expect(await tg.deliverWebhook()).toEqual([200]);
      expect(tg.messagesTo(501).at(-1)?.text).toContain('newsbrief');

      const forged = tg.message({ text: '/help', chat: 502 });
      for (const secret of ['wrong-secret', undefined]) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
          body: JSON.stringify(forged),
        });
        expect(response.status).toBe(401);
      }
      await new Promise((r) => setTimeout(r, 200));
      expect(tg.messagesTo(502)).toEqual([]);

      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ ok: true, mode: 'webhook' });
    } finally {
      expect(await bot.stop('SIGTERM')).toBe(0);
      await tg.close();
    }
  }, 60_000);
});

describe('webhook hardening', () => {
  it('when a body with the right secret is empty, null, not JSON or not an update then 400, each logged once, and real updates still work', async () => {
    const tg = await startFakeTelegram({ token: E2E_TOKEN });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/telegram/hook`;
    const bot = startBotProcess({ TELEGRAM_API_ROOT: tg.apiRoot, WEBHOOK_URL: url, PORT: String(port) });
    try {
      await bot.waitForLog(started, 30_000);
      const secret = tg.webhook?.secret ?? '';
      const bodies = ['', 'null', '{"update_id":', 'not json at all', '[1,2]', '{"message":{}}', '"text"'];
      for (const body of bodies) {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret }, body });
        expect(response.status, `body ${JSON.stringify(body)}`).toBe(400);
      }
      // Over the 1 MiB cap: refused from the declared length, before the body is read.
      expect(await rawStatus(port, `POST /telegram/hook HTTP/1.1\r\nHost: x\r\nX-Telegram-Bot-Api-Secret-Token: ${secret}\r\nContent-Length: 2000000\r\n\r\n`)).toBe(413);
      tg.pushUpdate(tg.message({ text: '/start', chat: 503 }));
      expect(await tg.deliverWebhook()).toEqual([200]);
      expect(tg.messagesTo(503).at(-1)?.text).toContain('newsbrief');
      const refused = bot.logs.filter((l) => String(l.msg).startsWith('webhook: malformed update'));
      expect(refused).toHaveLength(bodies.length);
      expect(bot.logs.some((l) => l.msg === 'webhook: update handling failed')).toBe(false);
    } finally {
      expect(await bot.stop('SIGTERM')).toBe(0);
      await tg.close();
    }
  }, 60_000);

  it('when 1100 idle sockets are open (fd limit 1024) then /healthz still answers promptly', async () => {
    const tg = await startFakeTelegram({ token: E2E_TOKEN });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/telegram/hook`;
    const bot = startBotProcess({ TELEGRAM_API_ROOT: tg.apiRoot, WEBHOOK_URL: url, PORT: String(port) }, { fdLimit: 1024 });
    const sockets: Socket[] = [];
    try {
      await bot.waitForLog(started, 30_000);
      for (let i = 0; i < 1100; i++) {
        const socket = connect(port, '127.0.0.1');
        socket.on('error', () => {}); // the server may drop some of them: that is the point
        sockets.push(socket);
        if (i % 100 === 99) await new Promise((r) => setTimeout(r, 20));
      }
      await new Promise((r) => setTimeout(r, 300));
      const since = Date.now();
      const health = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(3000) });
      expect(health.status).toBe(200);
      expect(Date.now() - since).toBeLessThan(1000);
    } finally {
      for (const s of sockets) s.destroy();
      expect(await bot.stop('SIGTERM')).toBe(0);
      await tg.close();
    }
  }, 60_000);
});

describe('graceful shutdown', () => {
  it('when SIGTERM arrives during a handler then the handler finishes, its reply is sent, and the process exits 0', async () => {
    const storeUrl = `sqlite://${join(scratch, 'shutdown.sqlite')}`;
    const seeded = await createTestApp({ storeUrl });
    await seeded.ingestor.ingest([input('seed', seedText())]);
    await seeded.close();

    const tg = await startFakeTelegram({ token: E2E_TOKEN });
    const openai = await startFakeOpenAi({ kind: 'hang' });
    const bot = startBotProcess({
      TELEGRAM_API_ROOT: tg.apiRoot,
      STORE_URL: storeUrl,
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: openai.baseURL,
      OPENAI_TIMEOUT_MS: '1500',
    });
    try {
      await bot.waitForLog(started, 30_000);
      tg.pushUpdate(tg.message({ text: '/who Lukashenko', chat: 501 }));
      // The handler is now waiting on the (hanging) model: stop the process mid-handler.
      for (let i = 0; i < 100 && openai.requests.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
      expect(openai.requests.length).toBeGreaterThan(0);
      const code = await bot.stop('SIGTERM');
      expect(code).toBe(0);
      const reply = tg.messagesTo(501).at(-1)?.text ?? '';
      expect(reply).toContain('Alexander Lukashenko');
      expect(bot.logs.some((l) => l.msg === 'stopped')).toBe(true);
    } finally {
      await bot.stop('SIGKILL');
      await openai.close();
      await tg.close();
    }
  }, 60_000);
});
