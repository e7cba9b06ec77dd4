// The chats' fetcher ends its refusals with its own hint (a chat user can't set FETCH_ALLOW_PRIVATE): the
// up-front literal and port checks and the connect-time check after DNS all use it; the default stays LIFT_HINT.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_HINT, LIFT_HINT } from '../../src/sources/address-guard.js';
import { createSafeFetch, type SafeFetch } from '../../src/sources/safe-fetch.js';

const FEED = ['application/rss+xml'];
let port: number;
let connections = 0;
let closeServer: () => Promise<void>;
const fetchers: SafeFetch[] = [];
beforeAll(async () => {
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss/>'));
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  closeServer = () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
});
afterAll(async () => {
  await Promise.all(fetchers.map((f) => f.close()));
  await closeServer();
});
function strict(liftHint?: string, allowedPorts?: number[]): SafeFetch {
  const f = createSafeFetch({ allowPrivate: false, userAgent: 'newsbrief-test', timeoutMs: 2000, maxBytes: 1 << 16, maxRedirects: 2, ...(liftHint ? { liftHint } : {}), ...(allowedPorts ? { allowedPorts } : {}) });
  fetchers.push(f);
  return f;
}

describe('safe fetch refusal hints', () => {
  it('when a liftHint is given then literal, port and after-DNS refusals end with it, and nothing connects', async () => {
    const chats = strict(CHAT_HINT, [80, 443, port]);
    const literal = await chats.fetchUrl('http://169.254.169.254/latest/meta-data/', { accept: FEED });
    expect(literal).toMatchObject({ ok: false, code: 'FETCH_ADDRESS_REFUSED', message: `169.254.169.254 is a linkLocal address, not a public one: refused; ${CHAT_HINT}` });
    const badPort = await strict(CHAT_HINT).fetchUrl('http://example.com:6379/', { accept: FEED });
    expect(badPort).toMatchObject({ ok: false, code: 'FETCH_PORT', message: `port 6379 is not allowed (only 80, 443); ${CHAT_HINT}` });
    const resolved = await chats.fetchUrl(`http://localhost:${port}/feed`, { accept: FEED });
    expect(resolved).toMatchObject({ ok: false, code: 'FETCH_ADDRESS_REFUSED' });
    expect(!resolved.ok && resolved.message).toMatch(new RegExp(`^localhost resolves to \\S+ \\(loopback\\), not a public address: refused; ${CHAT_HINT}$`));
    for (const r of [literal, badPort, resolved]) expect(!r.ok && r.message).not.toContain('FETCH_ALLOW_PRIVATE');
    expect(connections).toBe(0);
  });

  it('when no liftHint is given then refusals name the operator’s switch', async () => {
    const operator = strict(undefined, [80, 443, port]);
    expect(await operator.fetchUrl('http://10.0.0.1/', { accept: FEED })).toMatchObject({ ok: false, message: `10.0.0.1 is a private address, not a public one: refused; ${LIFT_HINT}` });
    const resolved = await operator.fetchUrl(`http://localhost:${port}/feed`, { accept: FEED });
    expect(!resolved.ok && resolved.message).toMatch(new RegExp(`; ${LIFT_HINT}$`));
    expect(connections).toBe(0);
  });
});
