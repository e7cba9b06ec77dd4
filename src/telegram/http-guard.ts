// Limits for a public HTTP listener, so idle or slow sockets can't exhaust the process's file
// descriptors and take /healthz (or the webhook) down: at most `maxIdle` connections that have
// no request in progress (a new one evicts the oldest: fresh sockets that sent nothing, slow
// headers, idle keep-alives), a hard `maxConnections`, and short header/request timeouts.
// A reverse proxy (nginx, caddy) in front is still expected in production.
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export interface GuardLimits {
  maxIdle?: number;
  maxConnections?: number;
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  keepAliveTimeoutMs?: number;
}

/** Pass to createServer: how often Node checks the header/request timeouts (its default is 30 s). */
export const GUARDED_SERVER_OPTIONS = { connectionsCheckingInterval: 1000 } as const;

export function guardServer(server: Server, limits: GuardLimits = {}): void {
  const maxIdle = limits.maxIdle ?? 256;
  server.maxConnections = limits.maxConnections ?? 512;
  server.headersTimeout = limits.headersTimeoutMs ?? 10_000;
  server.requestTimeout = limits.requestTimeoutMs ?? 30_000;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs ?? 5_000;
  // Insertion order is age: the first key is the connection idle the longest.
  const idle = new Map<Socket, true>();
  server.on('connection', (socket: Socket) => {
    idle.set(socket, true);
    socket.once('close', () => idle.delete(socket));
    while (idle.size > maxIdle) {
      const oldest = idle.keys().next().value;
      if (!oldest) break;
      idle.delete(oldest);
      oldest.destroy();
    }
  });
  server.on('request', (req, res) => {
    const socket = req.socket;
    idle.delete(socket);
    res.once('finish', () => {
      if (!socket.destroyed) idle.set(socket, true);
    });
  });
}

/** Starts listening; rejects with the listen error (EADDRINUSE…) instead of emitting it. */
export function listenOn(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
