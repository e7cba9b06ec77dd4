// Webhook mode: an HTTP server that hands Telegram's POSTs to grammY (which checks the secret
// header and answers 401 when it is wrong) and answers GET /healthz.
import { createServer, type Server } from 'node:http';
import { webhookCallback, type Bot } from 'grammy';
import type { BotContext } from './context.js';

export interface WebhookServer {
  server: Server;
  /** Stops accepting connections and resolves when the requests in flight are answered. */
  close(): Promise<void>;
}

export async function startWebhookServer(
  bot: Bot<BotContext>,
  options: { port: number; path: string; secret: string; health: () => Record<string, unknown> },
): Promise<WebhookServer> {
  const handle = webhookCallback(bot, 'http', { secretToken: options.secret, onTimeout: 'return', timeoutMilliseconds: 55_000 });
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, ...options.health() }));
      return;
    }
    if (req.method === 'POST' && path === options.path) {
      handle(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
      });
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, resolve);
  });
  return {
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
