// Bounded calls to unreliable services: a deadline, and a known-good value when anything goes wrong.

/**
 * Runs the call with a timeout; on any error/timeout/empty result returns the fallback value (and reports the error through onError).
 *
 * @example
 * const summary = await withFallback((signal) => summarizer.summarizeEvent(event, signal), extractive, { timeoutMs: 15_000 });
 */
export async function withFallback<T>(
  call: (signal: AbortSignal) => Promise<T>,
  fallback: T,
  options: { timeoutMs: number; onError?: (error: unknown) => void; isEmpty?: (value: T) => boolean },
): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const report = (error: unknown) => {
    try {
      options.onError?.(error);
    } catch {
      // A failing reporter must not turn a handled failure into an unhandled one.
    }
  };
  const deadline = new Promise<{ ok: false; error: unknown }>((resolve) => {
    timer = setTimeout(() => {
      const error = new FallbackTimeoutError(options.timeoutMs);
      controller.abort(error);
      resolve({ ok: false, error });
    }, options.timeoutMs);
  });
  const attempt = (async () => {
    try {
      return { ok: true as const, value: await call(controller.signal) };
    } catch (error) {
      return { ok: false as const, error };
    }
  })();
  try {
    const result = await Promise.race([attempt, deadline]);
    if (!result.ok) {
      report(result.error);
      return fallback;
    }
    const empty = options.isEmpty ? options.isEmpty(result.value) : isEmptyValue(result.value);
    if (empty) {
      report(new EmptyResultError());
      return fallback;
    }
    return result.value;
  } finally {
    clearTimeout(timer);
    if (!controller.signal.aborted) controller.abort(); // stop any work still attached to the signal
  }
}

/** The call did not finish within `timeoutMs`. */
export class FallbackTimeoutError extends Error {
  readonly code = 'LLM_TIMEOUT';
  constructor(readonly timeoutMs: number) {
    super(`The call did not finish within ${timeoutMs} ms; the fallback was used. Raise the timeout if the service is slow.`);
    this.name = 'FallbackTimeoutError';
  }
}

/** The call answered, but with nothing usable. */
export class EmptyResultError extends Error {
  readonly code = 'LLM_EMPTY';
  constructor() {
    super('The call returned an empty result; the fallback was used.');
    this.name = 'EmptyResultError';
  }
}

function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0 || value.every((v) => typeof v === 'string' && v.trim() === '');
  return false;
}
