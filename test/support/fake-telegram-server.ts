// The HTTP side: listens on 127.0.0.1 (a free port), routes /bot<token>/<method> (GET or POST),
// reads parameters from the query string and a JSON, urlencoded or multipart body like Telegram
// does, and writes the JSON envelope with the HTTP status equal to error_code.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { badRequest, notFound, type ApiReply, type Payload } from './fake-telegram-errors.js';

export interface IncomingCall { token: string; method: string; payload: Payload; signal: AbortSignal }
/** An answer, or: never answer / drop the connection (for timeout and network-error tests). */
export type Outcome = ApiReply | { hang: true } | { reset: true };

/** Fields Telegram reads as JSON when they arrive as form strings. */
const JSON_FIELD = /^[[{]/;

async function readPayload(req: IncomingMessage, url: URL): Promise<Payload> {
  const payload: Payload = Object.fromEntries(url.searchParams);
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  if (!body.length) return payload;
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) return { ...payload, ...(JSON.parse(body.toString('utf8')) as Payload) };
  if (type.includes('multipart/form-data') || type.includes('application/x-www-form-urlencoded')) {
    const form = await new Response(body, { headers: { 'content-type': type } }).formData();
    for (const [key, value] of form) {
      if (typeof value !== 'string') payload[key] = { file: value.name, size: value.size };
      else payload[key] = JSON_FIELD.test(value) ? tryJson(value) : value;
    }
    return payload;
  }
  return payload;
}

function tryJson(value: string): unknown {
  try { return JSON.parse(value) as unknown; } catch { return value; }
}

function send(res: ServerResponse, reply: ApiReply) {
  if (res.destroyed || res.writableEnded) return;
  res.writeHead(reply.ok ? 200 : reply.error_code, { 'content-type': 'application/json' });
  res.end(JSON.stringify(reply));
}

export async function serveBotApi(handle: (call: IncomingCall) => Outcome | Promise<Outcome>): Promise<{ apiRoot: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const match = /^\/bot([^/]+)\/([A-Za-z]\w*)$/.exec(url.pathname);
      if (!match || (req.method !== 'GET' && req.method !== 'POST')) return send(res, notFound());
      let payload: Payload;
      try {
        payload = await readPayload(req, url);
      } catch {
        return send(res, badRequest("can't parse request body"));
      }
      const aborted = new AbortController();
      res.on('close', () => { if (!res.writableFinished) aborted.abort(); });
      const outcome = await handle({ token: decodeURIComponent(match[1] ?? ''), method: match[2] ?? '', payload, signal: aborted.signal });
      if ('reset' in outcome) return void req.socket.destroy();
      if ('hang' in outcome) return;
      send(res, outcome);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
