// GET /healthz: 200 when the bot is serving, 503 with a JSON reason when not (starting, or
// Telegram failing). Served by the webhook server and, when HEALTH_PORT is set, by this small
// listener of its own (in polling mode too), which a webhook socket flood can't reach.
import { createServer, type ServerResponse } from 'node:http';
import { GUARDED_SERVER_OPTIONS, guardServer, listenOn } from './http-guard.js';

export interface HealthReport {
  ready: boolean;
  reason?: string;
  [field: string]: unknown;
}

export function writeHealth(res: ServerResponse, report: HealthReport): void {
  res.writeHead(report.ready ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ ok: report.ready, ...report }));
}

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

export async function startHealthServer(port: number, report: () => HealthReport): Promise<HealthServer> {
  const server = createServer(GUARDED_SERVER_OPTIONS, (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/healthz') return writeHealth(res, report());
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  guardServer(server, { maxIdle: 32, maxConnections: 64 });
  await listenOn(server, port);
  return {
    port: (server.address() as { port: number }).port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
