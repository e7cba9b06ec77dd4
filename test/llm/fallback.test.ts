import { describe, expect, it } from 'vitest';
import { withFallback } from '../../src/llm/fallback.js';

describe('withFallback', () => {
  it('when the call succeeds then returns its value', async () => {
    expect(await withFallback(() => Promise.resolve('model text'), 'fallback', { timeoutMs: 1000 })).toBe('model text');
  });

  it('when the call throws then returns the fallback and reports the error', async () => {
    const errors: unknown[] = [];
    const value = await withFallback(async () => Promise.reject(new Error('boom')), 'fallback', {
      timeoutMs: 1000,
      onError: (e) => errors.push(e),
    });
    expect(value).toBe('fallback');
    expect((errors[0] as Error).message).toBe('boom');
  });

  it('when the call hangs then returns the fallback after the timeout and aborts the signal', async () => {
    let seen: AbortSignal | undefined;
    const started = performance.now();
    const value = await withFallback(
      (signal) => {
        seen = signal;
        return new Promise<string>(() => {});
      },
      'fallback',
      { timeoutMs: 60, onError: () => {} },
    );
    expect(value).toBe('fallback');
    expect(performance.now() - started).toBeLessThan(500);
    expect(seen?.aborted).toBe(true);
  });

  it('when the result is empty then returns the fallback', async () => {
    expect(await withFallback(() => Promise.resolve(['  ']), ['extractive'], { timeoutMs: 1000 })).toEqual(['extractive']);
    expect(await withFallback(() => Promise.resolve(''), 'fallback', { timeoutMs: 1000 })).toBe('fallback');
  });

  it('should use a custom isEmpty when given', async () => {
    const value = await withFallback(() => Promise.resolve(0), 42, { timeoutMs: 1000, isEmpty: (n) => n === 0 });
    expect(value).toBe(42);
  });
});
