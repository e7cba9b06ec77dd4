// GET /healthz: 200 when the bot is serving, 503 with a JSON reason when not (starting, Telegram
// failing, or the store not answering). Served by the webhook server and, when HEALTH_PORT is set, by
// this small listener of its own (in polling mode too), which a webhook socket flood can't reach.
// The report is built synchronously: the store is pinged in the background (probeStore), never per request.
import { createServer, type ServerResponse } from 'node:http';
import type { QueueHealth } from '../delivery/queue-health.js';
import { GUARDED_SERVER_OPTIONS, guardServer, listenOn } from './http-guard.js';

export interface HealthReport {
  ready: boolean;
  reason?: string;
  [field: string]: unknown;
}

/** The store as the last ping saw it. */
export interface StoreHealth {
  backend: string;
  /** False when the last ping failed or took longer than its timeout. */
  ok: boolean;
  latencyMs?: number;
  error?: string;
  checkedAt: string;
}

/** A lease this process holds now (a job it runs: job:inbox, job:sources, job:digest). */
export interface LeaseHealth {
  name: string;
  since: string;
  valid: boolean;
}

/** The delivery queue (BullMQ) as its last poll saw it. */
export type { QueueHealth };

/** What the running bot adds to Telegram's part of the report. */
export interface ClusterHealth {
  store?: StoreHealth;
  leases?: LeaseHealth[];
  /**
   * Reported, but readiness doesn't depend on it: updates are served without the queue, and its digests wait
   * in the outbox until it answers again.
   */
  queue?: QueueHealth;
}

/** The report with the store and the leases: not ready while the store doesn't answer. */
export function withCluster(report: HealthReport, cluster: ClusterHealth): HealthReport {
  const out: HealthReport = { ...report };
  if (cluster.store) {
    out['store'] = cluster.store;
    if (out.ready && !cluster.store.ok) {
      out.ready = false;
      out.reason = `store (${cluster.store.backend}) not answering: ${cluster.store.error ?? 'unknown error'}`;
    }
  }
  if (cluster.leases) out['leases'] = { held: cluster.leases };
  if (cluster.queue) out['queue'] = cluster.queue;
  return out;
}

export interface StoreProbe {
  /** undefined until the first ping has ended. */
  status(): StoreHealth | undefined;
  stop(): void;
}

/**
 * Pings the store now and every intervalMs with kv.get of one small key (a miss on every backend), each ping
 * bounded by timeoutMs. A ping still hanging blocks the next one (no pile-up) and counts as a failure.
 */
export function probeStore(
  store: { backend: string; kv: { get(key: string): Promise<unknown> } },
  options: { intervalMs?: number; timeoutMs?: number } = {},
): StoreProbe {
  const intervalMs = options.intervalMs ?? 5000;
  const timeoutMs = options.timeoutMs ?? 1000;
  let last: StoreHealth | undefined;
  let pending = false;
  const ping = () => {
    if (pending) return;
    pending = true;
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      timer.unref();
    });
    // The get itself may hang past the timeout: the next ping waits for it to settle.
    const get = Promise.resolve()
      .then(() => store.kv.get('health:ping'))
      .finally(() => {
        pending = false;
      });
    get.catch(() => undefined);
    void Promise.race([get, timeout])
      .then(
        () => ({ backend: store.backend, ok: true, latencyMs: Math.round(performance.now() - started), checkedAt: new Date().toISOString() }),
        (error: unknown) => ({ backend: store.backend, ok: false, error: (error as Error).message || String(error), checkedAt: new Date().toISOString() }),
      )
      .then((health: StoreHealth) => {
        clearTimeout(timer);
        last = health;
      });
  };
  ping();
  const interval = setInterval(ping, intervalMs);
  interval.unref();
  return {
    status: () => last,
    stop: () => clearInterval(interval),
  };
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
