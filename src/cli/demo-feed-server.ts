// The demo's stand-in for news sites: samples/feeds and samples/pages served on 127.0.0.1 (port 0), with the
// validators a real site sends (ETag, Last-Modified) and 304 for a conditional GET that still matches, so
// `newsbrief fetch` runs its real path offline. It counts what it answered, for the demo to show.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';

const TYPES: Record<string, string> = {
  '.xml': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};
/** Served as Last-Modified: fixed, so a second run of the demo sends the same validators (file times vary by checkout). */
const LAST_MODIFIED = new Date('2025-10-17T12:00:00Z');

export type ServedKind = 'feeds' | 'pages';

export interface ServerCounts {
  /** Full answers per folder. */
  ok: Record<ServedKind, number>;
  /** 304 Not Modified answers per folder. */
  notModified: Record<ServedKind, number>;
  /** Requests for a served file that carried If-None-Match or If-Modified-Since. */
  conditional: Record<ServedKind, number>;
  notFound: number;
}

export interface DemoFeedServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** `${origin}/feeds/<name>` for every file in samples/feeds, sorted. */
  feedUrls: string[];
  counts(): ServerCounts;
  close(): Promise<void>;
}

interface Served {
  body: Buffer;
  type: string;
  etag: string;
  kind: ServedKind;
}

function load(dir: string, kind: ServedKind): Map<string, Served> {
  const files = new Map<string, Served>();
  for (const name of readdirSync(join(dir, kind)).sort()) {
    const type = TYPES[extname(name)];
    if (!type) continue;
    const body = readFileSync(join(dir, kind, name));
    files.set(`/${kind}/${name}`, { body, type, etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`, kind });
  }
  return files;
}

/** RFC 9110 §13.1: If-None-Match wins when present; If-Modified-Since is read only without it. */
function stillFresh(req: IncomingMessage, file: Served): boolean {
  const noneMatch = req.headers['if-none-match'];
  if (noneMatch !== undefined) return noneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === file.etag || tag.trim() === '*');
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && since >= LAST_MODIFIED.getTime();
}

/** Serves `samplesDir`/feeds and `samplesDir`/pages until closed. */
export async function startDemoFeedServer(samplesDir: string): Promise<DemoFeedServer> {
  const files = new Map([...load(samplesDir, 'feeds'), ...load(samplesDir, 'pages')]);
  const counts: ServerCounts = { ok: { feeds: 0, pages: 0 }, notModified: { feeds: 0, pages: 0 }, conditional: { feeds: 0, pages: 0 }, notFound: 0 };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/robots.txt') return res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    const file = req.method === 'GET' || req.method === 'HEAD' ? files.get(path) : undefined;
    if (!file) {
      counts.notFound += 1;
      return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    }
    if (req.headers['if-none-match'] !== undefined || req.headers['if-modified-since'] !== undefined) counts.conditional[file.kind] += 1;
    const validators = { etag: file.etag, 'last-modified': LAST_MODIFIED.toUTCString(), 'cache-control': 'max-age=0' };
    if (stillFresh(req, file)) {
      counts.notModified[file.kind] += 1;
      return res.writeHead(304, validators).end();
    }
    counts.ok[file.kind] += 1;
    res.writeHead(200, { ...validators, 'content-type': file.type, 'content-length': file.body.byteLength });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    feedUrls: [...files.entries()].filter(([, f]) => f.kind === 'feeds').map(([path]) => `${origin}${path}`),
    counts: () => structuredClone(counts),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
