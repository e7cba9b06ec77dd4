// Leases of a store that lives in one process (memory://, sqlite://:memory:): a set of held names.
import { hostname } from 'node:os';
import { holderName, type Lease, type LeaseProvider } from './lease.port.js';

export function createMemoryLeases(): LeaseProvider {
  const held = new Map<string, Lease>();
  const me = holderName(hostname(), process.pid);
  return {
    tryAcquire(name) {
      if (held.has(name)) return Promise.resolve(undefined);
      let released = false;
      const lease: Lease = {
        name,
        held: () => !released,
        release: () => {
          if (!released) held.delete(name);
          released = true;
          return Promise.resolve();
        },
      };
      held.set(name, lease);
      return Promise.resolve(lease);
    },
    holder: (name) => Promise.resolve(held.has(name) ? me : undefined),
    async close() {
      await Promise.all([...held.values()].map((lease) => lease.release()));
    },
  };
}
