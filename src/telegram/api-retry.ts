// Our retry policy for Bot API calls, as a grammY API transformer (it replaces
// @grammyjs/auto-retry 2.0.2, which retries network errors forever, ignoring maxRetryAttempts,
// and sleeps up to an hour between tries). Network errors, timeouts and 5xx are retried with a
// capped back-off, a 429 after its retry_after; every failed attempt is logged with its reason;
// shutdown ends every wait at once and cuts requests still in flight a little later.
//
//   bot.api.config.use(apiRetry({ logger, health, stopRetrying: stop.signal }));
import { HttpError, type Api, type Transformer } from 'grammy';
import { linkSignals, abortableSleep } from '../util/abort.js';
import { redactSecrets, type Logger } from '../logger.js';
import type { ApiResponse } from 'grammy/types';
import type { TelegramHealth } from './telegram-health.js';

export interface ApiRetryOptions {
  logger: Logger;
  /** Told every call's outcome (feeds /healthz). */
  health?: TelegramHealth;
  /** Aborted when shutdown starts: no new attempts, and waits between attempts end at once. */
  stopRetrying?: AbortSignal;
  /** Aborted a little later in shutdown: requests still in flight are cut. */
  abortAll?: AbortSignal;
  /** Attempts per call for network errors, 5xx and 429 (default: no limit). 1 = the caller retries. */
  maxAttempts?: number;
  /** Back-off for network errors and 5xx: baseDelayMs doubling up to maxDelayMs (1 s → 30 s). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A 429 asking for a longer wait than this is handed to the caller instead (default 60 s). */
  maxRetryAfterSeconds?: number;
  /** One attempt longer than this is a failure (default 30 s; getUpdates adds its long-poll timeout). */
  attemptTimeoutMs?: number;
  /** Injectable for tests (a fake clock); must resolve early when the signal aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** grammY types signals as its abort-controller shim's; a native AbortSignal works the same at runtime. */
export type GrammySignal = NonNullable<Parameters<Api['getMe']>[0]>;
export const grammySignal = (signal: AbortSignal): GrammySignal => signal as unknown as GrammySignal;

/** What went wrong in one attempt, for the log and /healthz. */
type Failure = { kind: 'outage'; reason: string; errorCode?: number } | { kind: 'flood'; reason: string; retryAfterMs: number };

export function apiRetry(options: ApiRetryOptions): Transformer {
  const { logger, health, stopRetrying, abortAll } = options;
  const maxAttempts = options.maxAttempts ?? Infinity;
  const base = options.baseDelayMs ?? 1000;
  const cap = options.maxDelayMs ?? 30_000;
  const sleep = options.sleep ?? abortableSleep;

  return async (prev, method, payload, signal) => {
    let backoff = base;
    // The poller always waits a flood out (abortably); a reply won't hang for minutes on one.
    const maxRetryAfter = method === 'getUpdates' ? Infinity : (options.maxRetryAfterSeconds ?? 60);
    for (let attempt = 1; ; attempt++) {
      const pollSeconds = method === 'getUpdates' ? Number((payload as { timeout?: unknown }).timeout ?? 0) : 0;
      const timeoutMs = (options.attemptTimeoutMs ?? 30_000) + pollSeconds * 1000;
      const guard = linkSignals([signal, abortAll], timeoutMs);
      let failure: Failure | undefined;
      // This call's own answer type (grammY's Transformer is generic in the method).
      let settle: () => ReturnType<typeof prev<typeof method>>;
      try {
        const res = await prev(method, payload, grammySignal(guard.signal));
        failure = classify(res, maxRetryAfter);
        if (!failure) {
          if (!res.ok && res.error_code === 401) health?.failed(method, '401 Unauthorized');
          else health?.succeeded(method);
          // Refusals are the caller's to handle and log; this line only helps when debugging.
          if (!res.ok) logger.debug({ method, errorCode: res.error_code, description: res.description }, 'Telegram refused the call');
          return res;
        }
        settle = () => Promise.resolve(res);
      } catch (error) {
        // The caller (e.g. the runner stopping) or shutdown cut it, or not a network error: not ours to retry.
        if (signal?.aborted || abortAll?.aborted || !(error instanceof HttpError)) throw error;
        failure = { kind: 'outage', reason: guard.timedOut() ? `no answer within ${timeoutMs} ms` : networkReason(error) };
        settle = () => Promise.reject(error);
      } finally {
        guard.dispose();
      }
      if (failure.kind === 'outage') health?.failed(method, failure.reason);
      const delay = failure.kind === 'flood' ? failure.retryAfterMs : backoff;
      const fields = { code: 'TELEGRAM_CALL_FAILED', method, attempt, reason: failure.reason, ...(failure.kind === 'outage' && failure.errorCode ? { errorCode: failure.errorCode } : {}) };
      if (attempt >= maxAttempts || stopRetrying?.aborted) {
        logger.warn(fields, 'Telegram call failed');
        return settle();
      }
      logger.warn({ ...fields, retryInMs: delay }, 'Telegram call failed; retrying');
      const wait = linkSignals([signal, stopRetrying, abortAll]);
      await sleep(delay, wait.signal).finally(() => wait.dispose());
      if (wait.signal.aborted) return settle();
      if (failure.kind === 'outage') backoff = Math.min(cap, backoff * 2);
    }
  };
}

type ApiResult = ApiResponse<unknown>;

/** A failed answer worth retrying (5xx, or a 429 we may wait out), else undefined. */
function classify(res: ApiResult, maxRetryAfter: number): Failure | undefined {
  if (res.ok) return undefined;
  const retryAfter = res.parameters?.retry_after;
  if (res.error_code === 429 && retryAfter !== undefined && retryAfter <= maxRetryAfter) {
    return { kind: 'flood', reason: `429 ${res.description}`, retryAfterMs: retryAfter * 1000 };
  }
  if (res.error_code >= 500) return { kind: 'outage', reason: `${res.error_code} ${res.description}`, errorCode: res.error_code };
  return undefined;
}

/** "connect ECONNREFUSED 127.0.0.1:443" from node-fetch's wrapped error, token-free. */
export function networkReason(error: HttpError): string {
  const cause = error.error as { message?: unknown; code?: unknown } | undefined;
  const message = typeof cause?.message === 'string' ? cause.message : error.message;
  const detail = message.includes('reason: ') ? message.slice(message.indexOf('reason: ') + 8) : message;
  return redactSecrets(`network error: ${detail}`);
}
