// Per-host politeness: at most `maxInFlight` requests to one host at a time (default 2), and starts at
// least `minGapMs` apart (default 1 s). Hosts are independent: a slow host never delays another.
// Tasks for one host start in the order they were given (FIFO). A task that throws frees its slot too.
// `now` and `sleep` are injected so tests drive a virtual clock; the defaults are the real ones.

export interface HostGateOptions {
  maxInFlight?: number;
  minGapMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface HostGate {
  /** Runs `task` when `host` has a free slot and the gap since its last start has passed. */
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
  /** Requests running now for `host` (for tests and status lines). */
  inFlight(host: string): number;
}

interface HostState {
  inFlight: number;
  lastStartAt: number;
  /** Tasks given and not yet finished: the state is dropped when 0 and the gap has passed. */
  pending: number;
  /** The grant chain: one waiter at a time takes the next slot, so order and gap hold. */
  queue: Promise<void>;
  freed: (() => void)[];
}

const MAX_IDLE_HOSTS = 1000;

export function createHostGate(options: HostGateOptions = {}): HostGate {
  const maxInFlight = Math.max(1, options.maxInFlight ?? 2);
  const minGapMs = Math.max(0, options.minGapMs ?? 1000);
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const hosts = new Map<string, HostState>();

  // Idle hosts whose gap has passed hold nothing worth keeping; swept only when many accumulate.
  const sweep = () => {
    if (hosts.size < MAX_IDLE_HOSTS) return;
    const at = now();
    for (const [host, s] of hosts) if (s.pending === 0 && at - s.lastStartAt >= minGapMs) hosts.delete(host);
  };

  const stateOf = (host: string): HostState => {
    let state = hosts.get(host);
    if (!state) {
      sweep();
      state = { inFlight: 0, lastStartAt: -Infinity, pending: 0, queue: Promise.resolve(), freed: [] };
      hosts.set(host, state);
    }
    return state;
  };

  const grant = async (state: HostState) => {
    while (state.inFlight >= maxInFlight) await new Promise<void>((resolve) => state.freed.push(resolve));
    const wait = state.lastStartAt + minGapMs - now();
    if (wait > 0) await sleep(wait);
    state.inFlight += 1;
    state.lastStartAt = now();
  };

  return {
    async run(host, task) {
      const state = stateOf(host.toLowerCase());
      state.pending += 1;
      const granted = state.queue.then(() => grant(state));
      state.queue = granted.catch(() => undefined);
      try {
        await granted;
      } catch (error) {
        state.pending -= 1;
        throw error;
      }
      try {
        return await task();
      } finally {
        state.inFlight -= 1;
        state.pending -= 1;
        state.freed.shift()?.();
      }
    },
    inFlight: (host) => hosts.get(host.toLowerCase())?.inFlight ?? 0,
  };
}
