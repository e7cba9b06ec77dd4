// Is the bot really serving? Fed by the API transformer (every Telegram call's outcome) and read
// by GET /healthz. Ready only after getMe succeeded, while Telegram answers: no failure since the
// last success and, when long polling, a getUpdates answer within `pollStaleMs`.

export interface HealthStatus {
  ready: boolean;
  /** Why not ready (absent when ready). */
  reason?: string;
}

export interface TelegramHealth {
  /** Start-up finished (getMe succeeded, webhook set or polling started). */
  markStarted(mode: 'polling' | 'webhook'): void;
  /** A call Telegram answered (any answer that isn't an outage: ok, 4xx other than 401). */
  succeeded(method: string): void;
  /** A call that failed like an outage: network error, timeout, 5xx, 401. */
  failed(method: string, reason: string): void;
  status(): HealthStatus;
  /** The current failure streak ("getMe: network error: …"), if any. */
  lastFailure(): string | undefined;
}

export function createTelegramHealth(options: { now: () => number; pollStaleMs?: number }): TelegramHealth {
  const pollStaleMs = options.pollStaleMs ?? 90_000;
  let mode: 'polling' | 'webhook' | undefined;
  let failure: { method: string; reason: string; since: number } | undefined;
  let lastPollAt = 0;
  const secondsSince = (t: number) => Math.round((options.now() - t) / 1000);
  return {
    markStarted(m) {
      mode = m;
      lastPollAt = options.now();
    },
    succeeded(method) {
      failure = undefined;
      if (method === 'getUpdates') lastPollAt = options.now();
    },
    failed(method, reason) {
      failure = { method, reason, since: failure?.since ?? options.now() };
    },
    status() {
      const failing = failure && `Telegram ${failure.method} failing for ${secondsSince(failure.since)} s: ${failure.reason}`;
      if (!mode) return { ready: false, reason: failing ? `starting: ${failing}` : 'starting: getMe has not succeeded yet' };
      if (failing) return { ready: false, reason: failing };
      if (mode === 'polling' && options.now() - lastPollAt > pollStaleMs) {
        return { ready: false, reason: `no getUpdates answer for ${secondsSince(lastPollAt)} s` };
      }
      return { ready: true };
    },
    lastFailure: () => failure && `${failure.method}: ${failure.reason}`,
  };
}
