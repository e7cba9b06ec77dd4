// waitFor: lets a test that drives a child process (or a polling bot) block until the stand-in
// has seen a matching call, instead of sleeping and hoping.
import type { RecordedCall } from './fake-telegram-types.js';

export interface WaitOptions { timeoutMs?: number }

interface Waiter { predicate: (c: RecordedCall) => boolean; resolve: (c: RecordedCall) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }

export function createWaiters(calls: readonly RecordedCall[]) {
  const waiters = new Set<Waiter>();
  const settle = (w: Waiter, call: RecordedCall) => {
    clearTimeout(w.timer);
    waiters.delete(w);
    w.resolve(call);
  };
  return {
    waitFor(predicate: (c: RecordedCall) => boolean, { timeoutMs = 5000 }: WaitOptions = {}): Promise<RecordedCall> {
      const seen = calls.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(w);
          const recent = calls.slice(-10).map((c) => `${c.method}${c.status ? ` ${c.status}` : ''}${c.error ? ` (${c.error})` : ''}`);
          reject(new Error(`fake Telegram: no matching call within ${timeoutMs} ms; last calls: ${recent.join(', ') || 'none'}`));
        }, timeoutMs);
        const w: Waiter = { predicate, resolve, reject, timer };
        waiters.add(w);
      });
    },
    /** Called when a call arrives and again when it is answered. */
    notify(call: RecordedCall) {
      for (const w of [...waiters]) if (w.predicate(call)) settle(w, call);
    },
    close() {
      for (const w of waiters) {
        clearTimeout(w.timer);
        w.reject(new Error('fake Telegram closed'));
      }
      waiters.clear();
    },
  };
}
