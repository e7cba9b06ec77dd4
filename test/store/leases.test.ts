// The store's leases on every backend, as two processes see them: one holder at a time, handed over on release,
// and taken from a holder that dies: at once on sqlite and PostgreSQL (the lock goes with its connection), within
// the ttl on Redis (the lease is no longer renewed) and not before.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, type TestContext } from 'vitest';
import type { Store } from '../../src/store/open-store.js';
import { projectRoot } from '../../src/util/project-root.js';
import { freshBackend, testBackendNames, type TestBackend } from '../support/backends.js';

type Cleanups = (() => Promise<void>)[];

/** The tests run concurrently: each keeps its own cleanups, run in reverse when it ends. */
function cleanupsOf(context: TestContext): Cleanups {
  const cleanups: Cleanups = [];
  context.onTestFinished(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return cleanups;
}

async function opened(cleanups: Cleanups, backend: TestBackend): Promise<[Store, Store]> {
  cleanups.push(() => backend.cleanup());
  const a = await backend.open();
  cleanups.push(() => a.close());
  const b = await backend.open();
  cleanups.push(() => b.close());
  return [a, b];
}

const backendNames = testBackendNames();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A separate node process that opens the store, takes the lease and keeps it until it is killed. */
async function holderProcess(cleanups: Cleanups, backend: TestBackend, name: string, ttlMs: number) {
  const root = projectRoot();
  const loader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const storeModule = pathToFileURL(join(root, 'src', 'store', 'open-store.ts')).href;
  const script = `
    const { openStore } = await import(${JSON.stringify(storeModule)});
    const store = await openStore(process.env.URL, { namespace: process.env.NS });
    const lease = await store.leases.tryAcquire(process.env.NAME, Number(process.env.TTL));
    process.stdout.write(lease ? 'held\\n' : 'busy\\n');
    setInterval(() => {}, 60_000);`;
  const child = spawn(process.execPath, ['--import', loader, '--input-type=module', '--eval', script], {
    env: { PATH: process.env['PATH'] ?? '', URL: backend.url, NS: backend.namespace, NAME: name, TTL: String(ttlMs) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  cleanups.push(async () => {
    child.kill('SIGKILL');
    await exited;
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const said = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => resolve(chunk.toString('utf8').trim()));
    child.once('close', () => reject(new Error(`the holder process exited: ${stderr}`)));
  });
  return { said, kill: () => (child.kill('SIGKILL'), exited) };
}

describe.concurrent.each(backendNames)('leases on %s', (name) => {
  it('when two processes ask for one lease then only one gets it, and the other gets it once it is released', async (context) => {
    const backend = freshBackend(name);
    const [a, b] = await opened(cleanupsOf(context), backend);
    const first = await a.leases.tryAcquire('job:x', 5000);
    expect(first?.held()).toBe(true);
    expect(await b.leases.tryAcquire('job:x', 5000)).toBeUndefined();
    expect(await a.leases.tryAcquire('job:x', 5000)).toBeUndefined(); // not re-entrant either
    expect(await b.leases.holder('job:x')).toMatch(new RegExp(` pid ${process.pid}$`));
    // Another name is another lease.
    const other = await b.leases.tryAcquire('job:y', 5000);
    expect(other?.held()).toBe(true);

    await first?.release();
    expect(first?.held()).toBe(false);
    const second = await b.leases.tryAcquire('job:x', 5000);
    expect(second?.held()).toBe(true);
    expect(await a.leases.tryAcquire('job:x', 5000)).toBeUndefined();
    await second?.release();
    await other?.release();
  });

  it(`when the holder process is killed then the other takes the lease ${name === 'redis' ? 'within the ttl, and not before' : 'at once'}`, async (context) => {
    const backend = freshBackend(name);
    const cleanups = cleanupsOf(context);
    const [a] = await opened(cleanups, backend);
    // Redis: a short ttl, renewed by the holder while it lives. Elsewhere: a ttl far longer than the test, so
    // only the dropped connection can free the lease.
    const ttlMs = backend.name === 'redis' ? 600 : 60_000;
    const holder = await holderProcess(cleanups, backend, 'job:dies', ttlMs);
    expect(holder.said).toBe('held');
    // Alive past two ttls: still its lease (renewed on Redis).
    await sleep(1300);
    expect(await a.leases.tryAcquire('job:dies', ttlMs)).toBeUndefined();
    expect(await a.leases.holder('job:dies')).not.toMatch(new RegExp(` pid ${process.pid}$`));

    await holder.kill();
    const killedAt = performance.now();
    let lease = await a.leases.tryAcquire('job:dies', ttlMs);
    const firstTry = lease !== undefined;
    while (!lease && performance.now() - killedAt < 3000) {
      await sleep(20);
      lease = await a.leases.tryAcquire('job:dies', ttlMs);
    }
    const tookMs = performance.now() - killedAt;
    expect(lease?.held()).toBe(true);
    if (backend.name === 'redis') {
      // Last renewed at most ttl/3 before the kill: it expires between 2/3 ttl and ttl after it.
      expect(firstTry).toBe(false);
      expect(tookMs).toBeGreaterThanOrEqual(ttlMs / 3);
      expect(tookMs).toBeLessThan(ttlMs + 300);
    } else {
      expect(tookMs).toBeLessThan(500);
    }
    await lease?.release();
  }, 15_000);
});
