// One writer at a time inside this process: callers queue on a promise chain. The cross-process
// locks build on it, and memory:// stores (which live in one process) use it alone.
import type { WriterLock } from './writer-lock.port.js';

export interface ProcessMutex {
  run<T>(work: () => Promise<T>): Promise<T>;
}

export function createProcessMutex(): ProcessMutex {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(work: () => Promise<T>): Promise<T> {
      const result = tail.then(work);
      // The next caller waits for this one to settle, whether it succeeded or not.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}

/** The writer lock of a store that lives in one process (memory://, sqlite://:memory:). */
export function createProcessWriterLock(): WriterLock {
  const mutex = createProcessMutex();
  return { withLock: (work) => mutex.run(work), close: () => Promise.resolve() };
}
