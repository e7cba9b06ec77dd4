// A local Telegram Bot API stand-in: real HTTP on 127.0.0.1, the real URL scheme
// (/bot<token>/<method>) and JSON envelope. It records every call and rejects what Telegram
// rejects: text over 4096 characters and malformed parse_mode HTML.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
  /** Whether the stand-in accepted the call (Telegram would have delivered it). */
  accepted: boolean;
  error?: string;
}

export interface FakeTelegram {
  apiRoot: string;
  calls: RecordedCall[];
  /** Messages the stand-in accepted, in order (rejected ones are in `calls` with accepted: false). */
  sent(): { chatId: unknown; text: string; payload: Record<string, unknown> }[];
  close(): Promise<void>;
}

const ALLOWED_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'a', 'code', 'pre', 'span', 'tg-spoiler', 'blockquote', 'tg-emoji']);

/** Mirrors Telegram's HTML parser closely enough to catch what would make sendMessage fail. */
export function htmlProblem(text: string): string | undefined {
  const stack: string[] = [];
  const tokens = text.match(/<[^>]*>|&[^;\s]*;?|[<>]/g) ?? [];
  for (const token of tokens) {
    if (token === '<' || token === '>') return `unescaped "${token}"`;
    if (token.startsWith('&')) {
      if (!/^&(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);$/i.test(token)) return `unsupported entity ${token}`;
      continue;
    }
    const m = /^<(\/?)([a-z-]+)(\s[^>]*)?>$/i.exec(token);
    if (!m) return `bad tag ${token}`;
    const [, closing, name = ''] = m;
    if (!ALLOWED_TAGS.has(name.toLowerCase())) return `unsupported tag ${name}`;
    if (closing) {
      if (stack.pop() !== name.toLowerCase()) return `can't find end tag corresponding to start tag for ${name}`;
    } else stack.push(name.toLowerCase());
  }
  return stack.length ? `unclosed tag ${stack.at(-1)}` : undefined;
}

export async function startFakeTelegram(): Promise<FakeTelegram> {
  const calls: RecordedCall[] = [];
  let messageId = 1;
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
    const body = await readBody(req);
    let call: RecordedCall | undefined;
    const reply = (status: number, json: { ok: boolean; description?: string }) => {
      if (call) Object.assign(call, { accepted: json.ok, ...(json.description ? { error: json.description } : {}) });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    if (!match) return reply(404, { ok: false, error_code: 404, description: 'Not Found' });
    const method = match[2] ?? '';
    const payload = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    call = { method, payload, accepted: false };
    calls.push(call);
    if (method === 'sendMessage') {
      const text = String(payload.text ?? '');
      if (!text.trim()) return reply(400, { ok: false, error_code: 400, description: 'Bad Request: message text is empty' });
      if (text.length > 4096) return reply(400, { ok: false, error_code: 400, description: 'Bad Request: message is too long' });
      const problem = payload.parse_mode === 'HTML' ? htmlProblem(text) : undefined;
      if (problem) return reply(400, { ok: false, error_code: 400, description: `Bad Request: can't parse entities: ${problem}` });
      return reply(200, {
        ok: true,
        result: { message_id: messageId++, date: Math.floor(Date.now() / 1000), chat: { id: payload.chat_id, type: 'private' }, text },
      });
    }
    return reply(200, { ok: true, result: true });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    sent: () =>
      calls
        .filter((c) => c.method === 'sendMessage' && c.accepted)
        .map((c) => ({ chatId: c.payload.chat_id, text: String(c.payload.text), payload: c.payload })),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
