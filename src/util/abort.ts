// Small AbortSignal helpers for calls that must end at shutdown: a sleep that ends early when
// aborted, and one signal that fires when any of several does (or after a timeout), with cleanup
// so a long-lived shutdown signal doesn't collect a listener per call.

/** What we need of a signal: native AbortSignals and grammY's (abort-controller shim) both fit. */
export interface SignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** Waits `ms`, or less if `signal` aborts first (it resolves either way; the caller checks). */
export function abortableSleep(ms: number, signal?: SignalLike): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

export interface LinkedSignal {
  signal: AbortSignal;
  /** True when the timeout (not one of the sources) fired. */
  timedOut(): boolean;
  /** Removes the listeners and the timer; call it when the guarded work is done. */
  dispose(): void;
}

/** A signal aborted when any source aborts, or after `timeoutMs` (when given). */
export function linkSignals(sources: readonly (SignalLike | undefined)[], timeoutMs?: number): LinkedSignal {
  const controller = new AbortController();
  let timedOut = false;
  const abort = () => controller.abort();
  const live = sources.filter((s): s is SignalLike => s !== undefined);
  for (const s of live) {
    if (s.aborted) controller.abort();
    else s.addEventListener('abort', abort, { once: true });
  }
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs);
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose() {
      if (timer) clearTimeout(timer);
      for (const s of live) s.removeEventListener('abort', abort);
    },
  };
}
