// Per-host politeness: at most `maxInFlight` requests to one host at a time (default 2), and starts at
// least `minGapMs` apart (default 1 s). Hosts are independent: a slow host never delays another.
// Tasks for one host start in the order they were given (FIFO). A task that throws frees its slot too.
// A task given a `signal` that aborts while it waits (for a slot or for the gap) never starts: run rejects
// with the signal's reason and the next waiter moves up, so a deadline or a shutdown isn't held by a queue.
// `now` and `sleep` are injected so tests drive a virtual clock; the defaults are the real ones.

export interface HostGateOptions {
  maxInFlight?: number;
  minGapMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface HostGate {
  /**
   * Runs `task` when `host` has a free slot and the gap since its last start has passed; rejects with
   * `signal.reason`, without running it, if `signal` aborts first (a task already started is not stopped).
   */
  run<T>(host: string, task: () => Promise<T>, options?: { signal?: AbortSignal }): Promise<T>;
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

  /**
   * Waits for `waiting`, or until `signal` aborts, whichever is first (true: aborted); no listener is left
   * behind. Callers without a signal await `waiting` itself: no extra turns, so starts stay where the clock says.
   */
  const raceAbort = async (waiting: Promise<unknown>, signal: AbortSignal): Promise<boolean> => {
    if (signal.aborted) return true;
    let listener = () => {};
    const aborted = new Promise<true>((resolve) => signal.addEventListener('abort', (listener = () => resolve(true)), { once: true }));
    try {
      return await Promise.race([waiting.then(() => false), aborted]);
    } finally {
      signal.removeEventListener('abort', listener);
    }
  };

  const grant = async (state: HostState, signal: AbortSignal | undefined) => {
    signal?.throwIfAborted();
    while (state.inFlight >= maxInFlight) {
      let wake = () => {};
      const freed = new Promise<void>((resolve) => state.freed.push((wake = resolve)));
      if (!signal) {
        await freed;
        continue;
      }
      if (await raceAbort(freed, signal)) {
        // An aborted waiter leaves the list, so the next free slot goes to one that still wants it.
        const at = state.freed.indexOf(wake);
        if (at >= 0) state.freed.splice(at, 1);
        signal.throwIfAborted();
      }
    }
    const wait = state.lastStartAt + minGapMs - now();
    if (wait > 0) await (signal ? raceAbort(sleep(wait), signal) : sleep(wait));
    signal?.throwIfAborted();
    state.inFlight += 1;
    state.lastStartAt = now();
  };

  return {
    async run(host, task, options = {}) {
      const { signal } = options;
      const state = stateOf(host.toLowerCase());
      state.pending += 1;
      const granted = state.queue.then(() => grant(state, signal));
      state.queue = granted.catch(() => undefined);
      const release = () => {
        state.inFlight -= 1;
        state.freed.shift()?.();
      };
      let aborted = false;
      try {
        if (signal) aborted = await raceAbort(granted, signal);
        else await granted;
      } catch (error) {
        state.pending -= 1;
        throw error;
      }
      if (aborted) {
        // Queued behind others: its grant throws when its turn comes; or it took a slot just as the signal
        // fired: the slot goes back. Either way the task never runs.
        void granted.then(release, () => undefined).finally(() => void (state.pending -= 1));
        throw signal!.reason;
      }
      try {
        return await task();
      } finally {
        release();
        state.pending -= 1;
      }
    },
    inFlight: (host) => hosts.get(host.toLowerCase())?.inFlight ?? 0,
  };
}
