import { createServer as createHttpServer, type RequestListener } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createSafeFetch, type SafeFetch, type SafeFetchOptions } from '../../src/sources/safe-fetch.js';

const FEED = ['application/rss+xml', 'text/xml'];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

async function serve(handler: RequestListener): Promise<string> {
  const server = createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A raw TCP server, for responses node:http refuses to send (a Content-Length that lies). */
async function serveRaw(onSocket: (socket: Socket) => void): Promise<string> {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('data', () => onSocket(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => { for (const s of sockets) s.destroy(); server.close(() => resolve()); }));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function fetcher(overrides: Partial<SafeFetchOptions> = {}): SafeFetch {
  const safe = createSafeFetch({ allowPrivate: true, userAgent: 'newsbrief-test/1', timeoutMs: 1000, maxBytes: 64 * 1024, maxRedirects: 3, ...overrides });
  cleanups.push(() => safe.close());
  return safe;
}

/** Writes `chunk` every `everyMs` until the client goes away; returns how many bytes went out. */
function endless(chunk: Buffer, everyMs: number): RequestListener {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/xml' });
    const timer = setInterval(() => res.write(chunk), everyMs);
    res.on('close', () => clearInterval(timer));
  };
}

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work;
  return { value, ms: performance.now() - started };
}

describe('safe fetch: time limits', () => {
  it('when the headers are slow then the fetch fails with FETCH_TIMEOUT at the deadline', async () => {
    const origin = await serve((_req, res) => {
      const timer = setTimeout(() => res.writeHead(200, { 'content-type': 'text/xml' }).end('<rss/>'), 5000);
      res.on('close', () => clearTimeout(timer));
    });
    const { value, ms } = await timed(fetcher({ timeoutMs: 300 }).fetchUrl(`${origin}/slow`, { accept: FEED }));
    expect(value).toMatchObject({ ok: false, code: 'FETCH_TIMEOUT' });
    expect(!value.ok && value.message).toMatch(/within 300 ms.*FETCH_TIMEOUT_MS/);
    expect(ms).toBeGreaterThanOrEqual(280);
    expect(ms).toBeLessThan(1500);
  });

  it('when the body trickles forever under the size cap then the total deadline cuts it', async () => {
    const origin = await serve(endless(Buffer.from('<item/>'), 20));
    const { value, ms } = await timed(fetcher({ timeoutMs: 400, maxBytes: 10 << 20 }).fetchUrl(`${origin}/drip`, { accept: FEED }));
    expect(value).toMatchObject({ ok: false, code: 'FETCH_TIMEOUT' });
    expect(ms).toBeLessThan(1500);
  });

  it('when the caller aborts then the fetch stops with FETCH_ABORTED', async () => {
    const origin = await serve(endless(Buffer.from('<item/>'), 20));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const result = await fetcher({ timeoutMs: 5000 }).fetchUrl(`${origin}/`, { accept: FEED, signal: controller.signal });
    expect(result).toMatchObject({ ok: false, code: 'FETCH_ABORTED' });
  });
});

describe('safe fetch: size limits', () => {
  it('when an endless body has no Content-Length then it is cut at maxBytes while streaming', async () => {
    const origin = await serve(endless(Buffer.alloc(16 * 1024, 'x'), 1));
    const { value, ms } = await timed(fetcher({ maxBytes: 64 * 1024, timeoutMs: 5000 }).fetchUrl(`${origin}/`, { accept: FEED }));
    expect(value).toMatchObject({ ok: false, code: 'FETCH_TOO_LARGE' });
    expect(!value.ok && value.message).toMatch(/larger than 65536 bytes.*FETCH_MAX_BYTES/);
    expect(ms).toBeLessThan(2000);
  });

  it('when Content-Length is over the cap then it is refused before the body is read', async () => {
    const origin = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml', 'content-length': String(50 << 20) });
      res.write('<rss>'); // the rest never comes: reading it would hit the deadline instead
    });
    const { value, ms } = await timed(fetcher({ timeoutMs: 3000 }).fetchUrl(`${origin}/`, { accept: FEED }));
    expect(value).toMatchObject({ ok: false, code: 'FETCH_TOO_LARGE' });
    expect(!value.ok && value.message).toMatch(/is 52428800 bytes, over the 65536 limit/);
    expect(ms).toBeLessThan(1000);
  });

  it('when Content-Length says less than is sent then only the declared bytes are taken, and more than is sent is a network failure', async () => {
    const short = await serveRaw((socket) => {
      socket.write('HTTP/1.1 200 OK\r\ncontent-type: text/xml\r\ncontent-length: 6\r\n\r\n<rss/>' + 'x'.repeat(200_000));
    });
    const cut = await fetcher().fetchUrl(`${short}/`, { accept: FEED });
    expect(cut.ok && cut.status === 200 && Buffer.from(cut.body).toString()).toBe('<rss/>');
    const early = await serveRaw((socket) => socket.end('HTTP/1.1 200 OK\r\ncontent-type: text/xml\r\ncontent-length: 1000\r\n\r\n<rss>'));
    expect(await fetcher().fetchUrl(`${early}/`, { accept: FEED })).toMatchObject({ ok: false, code: 'FETCH_NETWORK' });
  });

  it('when a gzip bomb arrives then decoding stops at maxDecompressedBytes', async () => {
    const bomb = gzipSync(Buffer.alloc(64 << 20));
    expect(bomb.byteLength).toBeLessThan(64 * 1024);
    const origin = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/xml', 'content-encoding': 'gzip' }).end(bomb));
    const result = await fetcher({ maxBytes: 64 * 1024, maxDecompressedBytes: 1 << 20 }).fetchUrl(`${origin}/`, { accept: FEED });
    expect(result).toMatchObject({ ok: false, code: 'FETCH_DECOMPRESSED_TOO_LARGE' });
    expect(!result.ok && result.message).toMatch(/decompresses to more than 1048576 bytes/);
  });

  it('when the body is gzip, br, zlib deflate or raw deflate then it is decoded', async () => {
    const xml = Buffer.from('<rss version="2.0"><channel><title>ü</title></channel></rss>');
    const encoders: Record<string, (b: Buffer) => Buffer> = { gzip: gzipSync, br: brotliCompressSync, deflate: deflateSync };
    const origin = await serve((req, res) => {
      const coding = req.url?.slice(1) ?? '';
      const data = coding === 'raw' ? deflateRawSync(xml) : (encoders[coding] ?? ((b: Buffer) => b))(xml);
      res.writeHead(200, { 'content-type': 'text/xml', 'content-encoding': coding === 'raw' ? 'deflate' : coding }).end(data);
    });
    for (const coding of ['gzip', 'br', 'deflate', 'raw']) {
      const result = await fetcher().fetchUrl(`${origin}/${coding}`, { accept: FEED });
      expect(result.ok && result.status === 200 && Buffer.from(result.body).equals(xml), coding).toBe(true);
    }
    const bad = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/xml', 'content-encoding': 'gzip' }).end('not gzip'));
    expect(await fetcher().fetchUrl(`${bad}/`, { accept: FEED })).toMatchObject({ ok: false, code: 'FETCH_BAD_ENCODING' });
  });
});

describe('safe fetch: content type', () => {
  it('when the content type is not accepted then it is refused with what was expected', async () => {
    const origin = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html></html>'));
    const result = await fetcher().fetchUrl(`${origin}/`, { accept: FEED });
    expect(result).toMatchObject({ ok: false, code: 'FETCH_CONTENT_TYPE', status: 200 });
    expect(!result.ok && result.message).toMatch(/is text\/html, expected application\/rss\+xml or text\/xml/);
    expect(await fetcher().fetchUrl(`${origin}/`, { accept: ['text/*'] })).toMatchObject({ ok: true, status: 200 });
  });
});
