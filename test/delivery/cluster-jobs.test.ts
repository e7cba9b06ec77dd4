// Scheduled jobs on several processes sharing one store run once cluster-wide: two schedulers (each on a store
// of its own opening, as two `newsbrief start` processes have) fire the same job; node-cron's distributed mode
// asks the job leases (lease-run-coordinator.ts) before each fire.
import { describe, expect, it, type TestContext } from 'vitest';
import { createLeaseRunCoordinator, type LeaseRunCoordinator } from '../../src/store/lease-run-coordinator.js';
import type { Store } from '../../src/store/open-store.js';
import { startCronJob } from '../../src/util/cron-job.js';
import { freshBackend, testBackendNames, type TestBackend } from '../support/backends.js';

const backendNames = testBackendNames();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Two "processes" on one store: each its own store connection and its own coordinator. */
async function twoProcesses(context: TestContext, backend: TestBackend): Promise<{ stores: Store[]; jobs: LeaseRunCoordinator[]; stops: (() => Promise<void>)[] }> {
  const stores = [await backend.open(), await backend.open()];
  const stops: (() => Promise<void>)[] = [];
  context.onTestFinished(async () => {
    for (const stop of stops) await stop();
    for (const store of stores) await store.close();
    await backend.cleanup();
  });
  return { stores, jobs: stores.map((store) => createLeaseRunCoordinator(store)), stops };
}

describe.concurrent.each(backendNames)('scheduled jobs on one %s store', (name) => {
  it('when two processes fire the same job every second then each slot runs exactly once across both', async (context) => {
    const { jobs, stops } = await twoProcesses(context, freshBackend(name));
    const runs: { who: number; second: number }[] = [];
    for (const [who, coordinator] of jobs.entries()) {
      const job = startCronJob('* * * * * *', 'every-second', async () => {
        runs.push({ who, second: Math.floor(Date.now() / 1000) });
        await sleep(10);
      }, coordinator);
      stops.push(() => job.stop());
    }
    await sleep(3400);
    for (const stop of stops.splice(0)) await stop();

    const seconds = runs.map((r) => r.second);
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(new Set(seconds).size).toBe(seconds.length); // no slot twice
    // and none skipped: one run for every second from the first to the last
    expect(seconds.sort((x, y) => x - y)).toEqual(Array.from({ length: seconds.length }, (_, i) => seconds[0]! + i));
  }, 15_000);

  it('when a second process asks for a slot the first has already run then it is refused, and the next slot is its to run', async (context) => {
    const { jobs } = await twoProcesses(context, freshBackend(name));
    const [first, second] = jobs as [LeaseRunCoordinator, LeaseRunCoordinator];
    const slot = 'digest:2026-12-02T08:00:00.000Z';
    expect(await first.shouldRun(slot, 5000)).toBe(true);
    expect(first.held().map((h) => h.name)).toEqual(['job:digest']);
    expect(await second.shouldRun(slot, 5000)).toBe(false); // the run is going on
    expect(await second.shouldRun('digest:2026-12-02T08:01:00.000Z', 5000)).toBe(false); // so is the job
    await first.onComplete(slot);
    expect(first.held()).toEqual([]);
    // The first is done: the lease is free, but this slot has been run.
    expect(await second.shouldRun(slot, 5000)).toBe(false);
    expect(second.held()).toEqual([]);
    expect(await second.shouldRun('digest:2026-12-02T08:01:00.000Z', 5000)).toBe(true);
    expect(second.held()).toEqual([expect.objectContaining({ name: 'job:digest', valid: true })]);
    // A start-up tick (no slot) waits its turn on the same lease.
    expect(await first.exclusive('digest', () => Promise.resolve('ran'))).toBeUndefined();
    await second.onComplete('digest:2026-12-02T08:01:00.000Z');
    expect(await first.exclusive('digest', () => Promise.resolve('ran'))).toBe('ran');
    expect(first.held()).toEqual([]);
  });

  it('when a run outlasts the next fires then neither process starts another until it has ended', async (context) => {
    const { jobs, stops } = await twoProcesses(context, freshBackend(name));
    let active = 0;
    let maxActive = 0;
    const spans: { who: number; start: number; end: number }[] = [];
    const heldDuringRun: string[][][] = [];
    for (const [who, coordinator] of jobs.entries()) {
      const job = startCronJob('* * * * * *', 'slow', async () => {
        active++;
        maxActive = Math.max(maxActive, active);
        const start = performance.now();
        await sleep(2200); // past two more fires of each process
        heldDuringRun.push(jobs.map((j) => j.held().map((h) => h.name)));
        active--;
        spans.push({ who, start, end: performance.now() });
      }, coordinator);
      stops.push(() => job.stop());
    }
    await sleep(4900);
    for (const stop of stops.splice(0)) await stop();

    expect(spans.length).toBeGreaterThanOrEqual(1);
    expect(maxActive).toBe(1);
    const ordered = spans.sort((x, y) => x.start - y.start);
    for (let i = 1; i < ordered.length; i++) expect(ordered[i]!.start).toBeGreaterThanOrEqual(ordered[i - 1]!.end);
    // Meanwhile the job's lease is held by one process: the one running it.
    expect(heldDuringRun.length).toBe(spans.length);
    for (const held of heldDuringRun) expect(held.flat()).toEqual(['job:slow']);
  }, 15_000);
});
