// SIGINT/SIGTERM for the live bot, in three stages so a stop is graceful but always quick, even
// mid-outage: at once, retries and the waits between them end (`stopping`); after `graceMs`,
// Telegram requests still in flight are cut (`abortAll`); after `forceExitMs`, the process exits
// whatever is still running (logged), so an orchestrator's SIGTERM never needs a SIGKILL.
import type { Logger } from './logger.js';

export interface Shutdown {
  /** Aborted when a stop is asked for (signal or `request`). */
  stopping: AbortSignal;
  /** Aborted `graceMs` after that. */
  abortAll: AbortSignal;
  /** Resolves with what asked for the stop. */
  requested: Promise<string>;
  /** Asks for a stop from inside (e.g. the poller died on a 401). */
  request(reason: string): void;
  /**
   * Removes the signal handlers. The stop's timers stay (unref'd, so they never keep the process
   * alive): a request still hanging after the stop is cut, and a process stuck past
   * `forceExitMs` exits.
   */
  dispose(): void;
}

export function watchShutdown(options: { logger: Logger; graceMs?: number; forceExitMs?: number; exit?: (code: number) => void }): Shutdown {
  const stopping = new AbortController();
  const abortAll = new AbortController();
  let resolveRequested: (reason: string) => void = () => {};
  const requested = new Promise<string>((resolve) => (resolveRequested = resolve));
  const request = (reason: string) => {
    if (stopping.signal.aborted) return;
    stopping.abort();
    resolveRequested(reason);
    setTimeout(() => abortAll.abort(), options.graceMs ?? 4000).unref();
    setTimeout(() => {
      options.logger.error({ code: 'SHUTDOWN_FORCED', reason }, 'shutdown is taking too long; exiting now');
      (options.exit ?? process.exit)(1);
    }, options.forceExitMs ?? 8000).unref();
  };
  const onSignal = (signal: NodeJS.Signals) => request(signal);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    stopping: stopping.signal,
    abortAll: abortAll.signal,
    requested,
    request,
    dispose() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
