// Webhook mode: an HTTP server that checks Telegram's secret header (401 when wrong, body
// unread), reads the update (413 over the size cap, 400 when it isn't a JSON update object —
// logged once), hands it to grammY, and answers GET /healthz. Connection limits and timeouts
// come from http-guard; a reverse proxy is still expected in front in production.
// Every failure is logged once with its own code: WEBHOOK_BAD_UPDATE (400), WEBHOOK_UPDATE_FAILED
// (a handler threw past the bot's boundary: 500, Telegram retries), WEBHOOK_UPDATE_SLOW (answered
// 200 before the handler finished, so Telegram does not resend it) and WEBHOOK_UPDATE_FAILED_LATE
// (that slow handler then threw: nobody is waiting for the answer, so only the log knows).
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { webhookCallback, type Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { z } from 'zod';
import type { Logger } from '../logger.js';
import type { BotContext } from './context.js';
import { writeHealth, type HealthReport } from './health-server.js';
import { readAllCapped } from '../io/read-capped.js';
import { GUARDED_SERVER_OPTIONS, guardServer, listenOn, type GuardLimits } from './http-guard.js';

export interface WebhookServer {
  server: Server;
  /** Stops accepting connections and resolves when the requests in flight are answered. */
  close(): Promise<void>;
}

export interface WebhookOptions {
  port: number;
  path: string;
  secret: string;
  logger: Logger;
  health: () => HealthReport;
  /** Largest body read (default 1 MiB; Telegram's updates are far smaller). */
  maxBodyBytes?: number;
  /** How long an update may take before Telegram gets its 200 anyway (default 55 s: Telegram gives up at about 60). */
  handlerTimeoutMs?: number;
  limits?: GuardLimits;
}

/** Enough of an update to hand to grammY: an object with an integer update_id. */
const updateShape = z.looseObject({ update_id: z.number().int().nonnegative() });

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';
const DEFAULT_HANDLER_TIMEOUT_MS = 55_000;

export async function startWebhookServer(bot: Bot<BotContext>, options: WebhookOptions): Promise<WebhookServer> {
  const log = options.logger.child({ component: 'webhook' });
  const maxBody = options.maxBodyBytes ?? 1024 * 1024;
  const timeoutMs = options.handlerTimeoutMs ?? DEFAULT_HANDLER_TIMEOUT_MS;
  // The update is already read and checked; grammY gets it through this adapter. The timeout is
  // ours, not grammY's: grammY's drops a failure that comes after it.
  const handle = webhookCallback(bot, (update: Update, res: ServerResponse) => ({
    update: Promise.resolve(update),
    header: options.secret,
    end: () => void (res.writableEnded || res.end()),
    respond: (json: string) => void (res.headersSent || res.writeHead(200, { 'content-type': 'application/json' }).end(json)),
    unauthorized: () => res.writeHead(401).end('secret token is wrong'),
    handlerReturn: undefined,
  }), { onTimeout: 'return', timeoutMilliseconds: Infinity });

  const handleInTime = async (update: Update, res: ServerResponse) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      log.warn({ code: 'WEBHOOK_UPDATE_SLOW', updateId: update.update_id, timeoutMs }, 'webhook: update still running; answered 200 so Telegram does not resend it');
      res.writeHead(200).end();
    }, timeoutMs);
    try {
      await handle(update, res);
    } catch (error) {
      if (!res.headersSent) throw error;
      log.error({ code: 'WEBHOOK_UPDATE_FAILED_LATE', err: error, updateId: update.update_id }, 'webhook: update handling failed after Telegram was answered');
    } finally {
      clearTimeout(timer);
    }
  };

  const onUpdate = async (req: IncomingMessage, res: ServerResponse) => {
    if (!secretMatches(req.headers[SECRET_HEADER], options.secret)) return void res.writeHead(401).end('secret token is wrong');
    const body = await readBody(req, maxBody);
    if (body === 'too-large') return void res.writeHead(413, { connection: 'close' }).end('update too large');
    const update = parseUpdate(body);
    if (typeof update === 'string') {
      log.warn({ code: 'WEBHOOK_BAD_UPDATE', problem: update, bytes: body.length }, 'webhook: malformed update refused (400)');
      return void res.writeHead(400, { 'content-type': 'text/plain' }).end(`bad update: ${update}`);
    }
    await handleInTime(update, res);
  };

  const server = createServer(GUARDED_SERVER_OPTIONS, (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/healthz') return writeHealth(res, options.health());
    if (req.method === 'POST' && path === options.path) {
      onUpdate(req, res).catch((error: unknown) => {
        log.error({ code: 'WEBHOOK_UPDATE_FAILED', err: error }, 'webhook: update handling failed');
        if (!res.headersSent) res.writeHead(500).end();
      });
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  guardServer(server, options.limits);
  await listenOn(server, options.port);
  return {
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Kept-alive sockets with no request would hold close() open until their timeout.
        server.closeIdleConnections();
      }),
  };
}

function secretMatches(header: string | string[] | undefined, secret: string): boolean {
  const given = Buffer.from(Array.isArray(header) ? (header[0] ?? '') : (header ?? ''));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The body, or 'too-large' once it passes the cap (the rest is not read). */
async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'too-large'> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return 'too-large';
  const read = await readAllCapped(req, maxBytes);
  return read.ok ? read.bytes : 'too-large';
}

/** The update, or what is wrong with the body. */
function parseUpdate(body: Buffer): Update | string {
  if (body.length === 0) return 'empty body';
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    return 'not JSON';
  }
  const parsed = updateShape.safeParse(value);
  return parsed.success ? parsed.data : 'not an update object (needs an integer update_id)';
}
