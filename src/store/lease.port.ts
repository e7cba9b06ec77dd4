// Leases: a named, exclusive, time-bounded claim shared by every process on one store. They carry the
// store's writer lock (lease-writer-lock.ts), the locks around small shared lists, and the cluster-wide
// run of each scheduled job (lease-run-coordinator.ts). Each backend brings its own:
//   redis     SET <ns>:lease:<name> <holder> NX PX ttl, renewed while held (redis-leases.ts)
//   postgres  a session advisory lock on a connection of its own (postgres-leases.ts)
//   sqlite    an open write transaction on <db>.<name>.lock (sqlite-leases.ts)
//   memory    this process only (memory-leases.ts)
// A holder that dies loses its lease: at once on sqlite and PostgreSQL (the OS or the server drops it with
// the connection), and after at most ttlMs on Redis (it is no longer renewed).

export interface Lease {
  readonly name: string;
  /** False once the lease was lost (not renewed in time, or the connection under it dropped). */
  held(): boolean;
  /** Gives the lease back. Idempotent; never throws (a lease that can't be released expires). */
  release(): Promise<void>;
}

export interface LeaseProvider {
  /** The lease, or undefined at once when another holder (in this process or another) has it. */
  tryAcquire(name: string, ttlMs: number): Promise<Lease | undefined>;
  /** Who holds `name` now ("host pid 123"), when the backend can tell. */
  holder(name: string): Promise<string | undefined>;
  /** Releases every lease this provider holds and closes its connection. */
  close(): Promise<void>;
}

/** How a holder names itself: enough for an operator to find the process. */
export const holderName = (host: string, pid: number): string => `${host} pid ${pid}`;
