// The worker's entry when the bot runs from source (tsx, vitest): a worker thread doesn't inherit
// the parent's loader hooks on Node 20, so tsx is registered here before the TypeScript worker loads.
// The compiled bot (dist/) starts build-worker.js directly and never uses this file.
import { register } from 'tsx/esm/api';

register();
await import('./build-worker.ts');
