// A keyv that "crashes" before its k-th write: that write and every later one throw without
// touching the store, as if the process had died there. Reads pass through. Used to check that
// recovery finishes an interrupted batch exactly once, at every write of it.
import type Keyv from 'keyv';

const WRITES = new Set(['set', 'setMany', 'delete', 'deleteMany', 'clear']);

export class InjectedCrash extends Error {
  constructor(readonly write: number) {
    super(`injected crash before store write ${write}`);
    this.name = 'InjectedCrash';
  }
}

export interface CrashingKeyv {
  kv: Keyv;
  /** The writes attempted so far (the crashing one included), each named by its (first) key. */
  writes(): string[];
}

/** `crashAt` counts from 1; Infinity never crashes (to count a clean run's writes). */
export function crashingKeyv(inner: Keyv, crashAt: number): CrashingKeyv {
  const writes: string[] = [];
  const kv = new Proxy(inner, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !WRITES.has(property) || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        writes.push(`${property} ${firstKey(args[0])}`);
        if (writes.length >= crashAt) return Promise.reject(new InjectedCrash(crashAt));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { kv, writes: () => [...writes] };
}

function firstKey(arg: unknown): string {
  const first: unknown = Array.isArray(arg) ? arg[0] : arg;
  if (typeof first === 'string') return first.replace(/[0-9a-f]{16,}/g, '…');
  const key = (first as { key?: unknown } | undefined)?.key;
  return typeof key === 'string' ? key.replace(/[0-9a-f]{16,}/g, '…') : '';
}
