// A local OpenAI-compatible stand-in: a real HTTP server on 127.0.0.1 implementing POST /v1/chat/completions.
// Tests tell it how to behave next (answer, fail, hang, garble) and read back the requests it got.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeOpenAiMode =
  | { kind: 'answer'; content: string | ((body: ChatRequestBody) => string) }
  | { kind: 'status'; status: 500 | 429 }
  | { kind: 'hang' }
  | { kind: 'malformed' }
  | { kind: 'empty' };

export interface ChatRequestBody {
  model: string;
  messages: { role: string; content: string }[];
  [key: string]: unknown;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: ChatRequestBody;
}

export interface FakeOpenAi {
  /** e.g. http://127.0.0.1:54321/v1 — pass as the SDK's baseURL. */
  baseURL: string;
  requests: RecordedRequest[];
  setMode(mode: FakeOpenAiMode): void;
  close(): Promise<void>;
}

export async function startFakeOpenAi(initial: FakeOpenAiMode = { kind: 'answer', content: 'OK.' }): Promise<FakeOpenAi> {
  let mode = initial;
  let counter = 0;
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  // The handler is async; node:http ignores a listener's return value, so its promise is dropped on purpose.
  const server = createServer((req, res) => void handle(req, res));
  async function handle(req: IncomingMessage, res: ServerResponse) {
    const raw = await readBody(req);
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      return sendJson(res, 404, { error: { message: `No route ${req.method} ${req.url}`, type: 'invalid_request_error' } });
    }
    let body: ChatRequestBody;
    try {
      body = JSON.parse(raw) as ChatRequestBody;
    } catch {
      return sendJson(res, 400, { error: { message: 'Invalid JSON body', type: 'invalid_request_error' } });
    }
    requests.push({ method: req.method, path: req.url, headers: req.headers, body });
    switch (mode.kind) {
      case 'status':
        return sendJson(res, mode.status, {
          error: { message: mode.status === 429 ? 'Rate limit reached' : 'The server had an error', type: 'server_error' },
        });
      case 'hang':
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return; // never answers
      case 'malformed':
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end('{"id": "chatcmpl-broken", "choices": [ {');
      case 'empty':
        return sendJson(res, 200, completion(++counter, body.model, ''));
      case 'answer': {
        const content = typeof mode.content === 'function' ? mode.content(body) : mode.content;
        return sendJson(res, 200, completion(++counter, body.model, content));
      }
    }
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    setMode: (next) => void (mode = next),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function completion(n: number, model: string, content: string) {
  return {
    id: `chatcmpl-fake${n}`,
    object: 'chat.completion',
    created: 1_757_664_000 + n,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
    usage: { prompt_tokens: 100, completion_tokens: content.split(/\s+/).length, total_tokens: 100 + content.split(/\s+/).length },
  };
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
