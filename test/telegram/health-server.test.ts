// /healthz with the store and the leases: the store's last ping (a real store, open, then closed, then hanging)
// and the job leases this process holds, on the small health listener.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLeaseRunCoordinator } from '../../src/store/lease-run-coordinator.js';
import { openStore } from '../../src/store/open-store.js';
import { probeStore, startHealthServer, withCluster, type HealthReport, type StoreProbe } from '../../src/telegram/health-server.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForPing(probe: StoreProbe, ok: boolean) {
  for (let i = 0; i < 100 && probe.status()?.ok !== ok; i++) await sleep(20);
  return probe.status();
}

describe('/healthz: the store and the leases', () => {
  it('when the store answers then 200 with its backend and latency and the jobs this process runs; once it is closed, 503 with the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-health-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const store = await openStore(`sqlite://${join(dir, 'store.sqlite')}`);
    let closed = false;
    cleanups.push(() => (closed ? undefined : store.close()));
    const probe = probeStore(store, { intervalMs: 50, timeoutMs: 500 });
    cleanups.push(() => probe.stop());
    const jobs = createLeaseRunCoordinator(store);
    const telegram: HealthReport = { ready: true, mode: 'polling' };
    const server = await startHealthServer(0, () => {
      const status = probe.status();
      return withCluster(telegram, { ...(status ? { store: status } : {}), leases: jobs.held() });
    });
    cleanups.push(() => server.close());
    const get = async () => {
      const res = await fetch(`http://127.0.0.1:${server.port}/healthz`);
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };

    await waitForPing(probe, true);
    expect(await jobs.shouldRun('inbox:2026-12-02T08:00:00.000Z', 5000)).toBe(true);
    const up = await get();
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({
      ok: true,
      ready: true,
      mode: 'polling',
      store: { backend: 'sqlite', ok: true, latencyMs: expect.any(Number), checkedAt: expect.any(String) },
      leases: { held: [{ name: 'job:inbox', since: expect.any(String), valid: true }] },
    });
    await jobs.onComplete('inbox:2026-12-02T08:00:00.000Z');
    expect((await get()).body['leases']).toEqual({ held: [] });

    await store.close();
    closed = true;
    await waitForPing(probe, false);
    const down = await get();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ ok: false, ready: false, store: { backend: 'sqlite', ok: false }, reason: expect.stringMatching(/^store \(sqlite\) not answering: /) });
  });

  it('when a ping hangs then it counts as a failure after its timeout, and no second ping piles up behind it', async () => {
    let gets = 0;
    // keyv's get that never answers (a store cut off mid-request).
    const probe = probeStore({ backend: 'redis', kv: { get: () => (gets++, new Promise<never>(() => undefined)) } }, { intervalMs: 30, timeoutMs: 100 });
    cleanups.push(() => probe.stop());
    expect(probe.status()).toBeUndefined();
    const status = await waitForPing(probe, false);
    expect(status).toMatchObject({ backend: 'redis', ok: false, error: 'no answer within 100 ms' });
    await sleep(200);
    expect(gets).toBe(1);
    // Telegram's own reason comes first when it is the one failing.
    expect(withCluster({ ready: false, reason: 'starting' }, { ...(status ? { store: status } : {}) })).toMatchObject({ ready: false, reason: 'starting' });
  });
});
