// The polling benchmark's news sites, in their own process (so the bot's CPU time is measured without theirs).
// Feed i is served by its own listener on 127.0.A.B (Linux routes all of 127/8 to loopback), one host per feed
// as on the web, so the poller's per-host gate spaces nothing that a real pool of sites would not.
// argv: <feeds> <items per feed>. Prints {"feedUrls": […]} once listening; on stdin: "gen N" (serve generation
// N: new items, new ETag), "stats" (counts of 200/304/other as JSON), "quit".
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { createFeedWorld, feedXml } from './sources-feeds.js';

const feeds = Number(process.argv[2] ?? 500);
const items = Number(process.argv[3] ?? 50);
const world = createFeedWorld();
const counts = { ok: 0, notModified: 0, other: 0 };
let gen = 0;
let bodies: Buffer[] = [];
const etagOf = (feed: number) => `"g${gen}-f${feed}"`;
const lastModified = () => new Date(Date.UTC(2026, 10, 1) + gen * 3_600_000).toUTCString();

const hostOf = (i: number) => `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`;
const servers: Server[] = [];
const origins: string[] = [];
for (let i = 0; i < feeds; i++) {
  const server = createServer((req, res) => {
    if (req.url !== '/feed.xml') {
      counts.other += 1;
      return res.writeHead(404).end();
    }
    const headers = { etag: etagOf(i), 'last-modified': lastModified() };
    if (req.headers['if-none-match'] === headers.etag) {
      counts.notModified += 1;
      return res.writeHead(304, headers).end();
    }
    counts.ok += 1;
    res.writeHead(200, { ...headers, 'content-type': 'application/rss+xml; charset=utf-8' }).end(bodies[i]);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, hostOf(i), resolve);
  });
  servers.push(server);
  origins.push(`http://${hostOf(i)}:${(server.address() as AddressInfo).port}`);
}

const render = () => {
  bodies = origins.map((origin, i) => Buffer.from(feedXml(world, i, gen, items, origin)));
};
render();
process.stdout.write(`${JSON.stringify({ feedUrls: origins.map((o) => `${o}/feed.xml`), bytesPerFeed: Math.round(bodies.reduce((n, b) => n + b.byteLength, 0) / feeds) })}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  const [command, arg] = line.trim().split(/\s+/);
  if (command === 'gen') {
    gen = Number(arg);
    render();
    process.stdout.write('{"ok":true}\n');
  }
  if (command === 'stats') process.stdout.write(`${JSON.stringify(counts)}\n`);
  if (command === 'quit') break;
}
for (const s of servers) s.closeAllConnections();
await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
