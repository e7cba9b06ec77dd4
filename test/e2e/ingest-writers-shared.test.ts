// Four writers on one shared store (Redis, PostgreSQL): four real CLI processes ingest overlapping folders
// (overlapping articles, and every article names the same people) at the same time. All must exit 0, the
// overlap must be reported new exactly once in total, and every answer the store gives must equal one clean
// writer's run on sqlite over the same files. Then one writer is SIGKILLed mid-run and restarted: the same.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedBackends, type TestBackend } from '../support/backends.js';
import { waitUntilIdle } from '../support/process-idle.js';
import { ingestSummary, startCli } from '../support/cli-process.js';
import { manyArticles } from '../support/many-articles.js';
import { createTestApp } from '../support/test-app.js';

/** Articles 0..599 in all; each scenario's folders together hold exactly these. */
const UNIVERSE = 600;
const scratch = mkdtempSync(join(tmpdir(), 'newsbrief-shared-writers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function folder(name: string, from: number, count: number): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  for (const a of manyArticles(count, from)) writeFileSync(join(dir, a.name), a.text);
  return dir;
}

/** Every count a reader sees, read through the app's own adapters on that store and namespace. */
async function snapshot(storeUrl: string, namespace: string) {
  const app = await createTestApp({ storeUrl, env: { STORE_NAMESPACE: namespace } });
  try {
    const log = await app.articles.idsIngestedSince(new Date(0));
    const hashes = (await app.articles.getMany(log)).map((r) => r.contentHash).sort();
    return {
      count: await app.articles.count(),
      // Interleaved writers publish in another order than one writer: the log is compared as a set.
      log: [...log].sort(),
      logLength: log.length,
      latest: (await app.articles.latest(100)).map((r) => r.id),
      hashKeys: await app.articles.idsForHashes(hashes),
      lukashenko: (await app.people.lookup('Lukashenko')).person,
      nauseda: (await app.people.lookup('Nauseda')).person,
      viaDirectory: (await app.people.lookup('Lukashenkko')).person?.articleCount,
    };
  } finally {
    await app.close();
  }
}

/** The first-scenario folders: 4 × 225 files, each sharing 100 with the next (900 files, 600 articles). */
const fourWay = () => [0, 1, 2, 3].map((k) => `four-${k}`);
/** The kill scenario: the victim has two batches (0..511); the others overlap it and each other. */
const killFolders = { victim: 'kill-victim', others: ['kill-a', 'kill-b', 'kill-c'] } as const;

let clean: Awaited<ReturnType<typeof snapshot>>;
beforeAll(async () => {
  fourWay().forEach((name, k) => folder(name, k * 125, 225));
  folder(killFolders.victim, 0, 512);
  folder(killFolders.others[0], 300, 150);
  folder(killFolders.others[1], 400, 125);
  folder(killFolders.others[2], 450, 150);
  const cleanDb = join(scratch, 'clean.sqlite');
  const run = startCli(['ingest', ...fourWay().map((f) => join(scratch, f))], { STORE_URL: `sqlite://${cleanDb}` }, scratch);
  expect((await run.exited).code, run.stderr.join('\n')).toBe(0);
  expect(ingestSummary(run)).toEqual({ stored: UNIVERSE, duplicates: 300, failed: 0 });
  clean = await snapshot(`sqlite://${cleanDb}`, 'nb');
}, 60_000);

describe('one clean writer on sqlite (the figure every shared store must equal)', () => {
  it('when it ingests the overlapping folders then each article and each person is counted once', () => {
    expect(clean.count).toBe(UNIVERSE);
    expect(clean.logLength).toBe(UNIVERSE);
    expect(clean.latest).toHaveLength(100);
    expect(clean.lukashenko?.articleCount).toBe(UNIVERSE);
    expect(clean.nauseda?.articleCount).toBe(UNIVERSE / 3);
    expect(clean.viaDirectory).toBe(UNIVERSE);
  });
});

/** The pid in a holder name ("host pid 123"). */
const pidOf = (holder: string | undefined) => Number(/pid (\d+)/.exec(holder ?? '')?.[1] ?? Number.NaN);

/** Polls the writer lease's holder and the journal until `stop` settles, calling `onState` each time. */
async function watch(store: Awaited<ReturnType<TestBackend['open']>>, stop: Promise<unknown>, onState: (s: { holder: number; journaled: boolean }) => boolean | void) {
  let stopped = false;
  void stop.then(() => (stopped = true));
  while (!stopped) {
    const [holder, journal] = await Promise.all([store.leases.holder('writer'), store.kv.get('ingest:journal')]);
    if (onState({ holder: pidOf(holder), journaled: journal !== undefined }) === true) return true;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return false;
}

describe.each(sharedBackends())('four ingest processes on one $name store', (backend) => {
  const env = { STORE_URL: backend.url, STORE_NAMESPACE: backend.namespace };
  afterAll(() => backend.cleanup());

  it('when they ingest overlapping files at once then the overlap is new once and every count equals one clean writer', async () => {
    const gate = await backend.open();
    // The test holds the writer lock until all four are up and waiting on it: their batches contend from the
    // first one, however the machine schedules start-up.
    const runs = await gate.writerLock.withLock(async () => {
      const started = fourWay().map((f) => startCli(['ingest', join(scratch, f)], env, scratch));
      await waitUntilIdle(started.map((r) => r.child.pid), 30_000);
      return started;
    });
    const holders = new Set<number>();
    const all = Promise.all(runs.map((r) => r.exited));
    await watch(gate, all, (s) => void (Number.isFinite(s.holder) && holders.add(s.holder)));
    const exits = await all;
    await gate.close();
    exits.forEach((e, i) => expect(e.code, runs[i]!.stderr.join('\n')).toBe(0));

    const summaries = runs.map((r) => ingestSummary(r));
    expect(summaries.reduce((n, s) => n + (s?.stored ?? 0), 0)).toBe(UNIVERSE);
    expect(summaries.reduce((n, s) => n + (s?.duplicates ?? 0), 0)).toBe(300);
    expect(await snapshot(backend.url, backend.namespace)).toEqual(clean);
    expect(holders, 'every process took the writer lease').toEqual(new Set(runs.map((r) => r.child.pid)));
  }, 60_000);

  it('when one of them is SIGKILLed mid-run and restarted then nothing is lost and nothing counted twice', async () => {
    // A store of its own for this scenario (the first test's store stays under the old namespace until cleanup).
    await backend.cleanup();
    const victim = startCli(['ingest', join(scratch, killFolders.victim)], env, scratch);
    const others = killFolders.others.map((f) => startCli(['ingest', join(scratch, f)], env, scratch));
    const probe = await backend.open();
    let victimHeld = false;
    // The victim dies holding the writer lease, its batch journaled: the next holder must finish that batch. PostgreSQL
    // frees a dead session's lock at once; on Redis the lease lapses within its ttl (10 s), inside the others' 30 s wait.
    const killed = await watch(probe, victim.exited, (s) => {
      if (s.holder === victim.child.pid) victimHeld = true;
      return s.holder === victim.child.pid && s.journaled;
    });
    expect(victimHeld).toBe(true);
    victim.child.kill('SIGKILL');
    expect(killed, 'the victim finished before the kill moment').toBe(true);
    expect((await victim.exited).signal).toBe('SIGKILL');
    const restarted = startCli(['ingest', join(scratch, killFolders.victim)], env, scratch);
    const runs = [...others, restarted];
    const exits = await Promise.all(runs.map((r) => r.exited));
    await probe.close();
    exits.forEach((e, i) => expect(e.code, runs[i]!.stderr.join('\n')).toBe(0));
    // The restarted victim sees every article once: new, or stored by a batch before (its own included).
    const again = ingestSummary(restarted);
    expect(again && again.stored + again.duplicates).toBe(512);
    expect(await snapshot(backend.url, backend.namespace)).toEqual(clean);
  }, 60_000);
});
