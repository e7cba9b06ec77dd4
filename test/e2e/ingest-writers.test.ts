// Two writers on one sqlite store: two real CLI processes ingest overlapping folders at the same
// time (600 files each, 300 of them the same articles). Both must exit 0, the shared articles
// must be reported as new exactly once in total, and the store must equal one clean run's.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { ingestSummary, startCli } from '../support/cli-process.js';
import { manyArticles } from '../support/many-articles.js';
import { probeStore, storeSnapshot } from '../support/store-probe.js';

const scratch = mkdtempSync(join(tmpdir(), 'newsbrief-writers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Resolves once every pid has the lock database open: a writer opens it on its first attempt to
 * take the lock, after cleaning its first batch, so then it is waiting on the lock. Linux /proc;
 * elsewhere, after a generous fixed wait.
 */
async function waitUntilWaitingOnLock(pids: readonly (number | undefined)[], lockFile: string, timeoutMs = 60_000): Promise<void> {
  if (!existsSync('/proc/self/fd')) return new Promise((resolve) => setTimeout(resolve, 10_000));
  const holds = (pid: number | undefined) => {
    try {
      return readdirSync(`/proc/${pid}/fd`).some((fd) => {
        try {
          return readlinkSync(`/proc/${pid}/fd/${fd}`) === lockFile;
        } catch {
          return false;
        }
      });
    } catch {
      return false;
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (!pids.every(holds)) {
    if (Date.now() > deadline) throw new Error('the ingest processes never reached the writer lock');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function folder(name: string, from: number, count: number): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  for (const a of manyArticles(count, from)) writeFileSync(join(dir, a.name), a.text);
  return dir;
}

describe('two ingest processes on one store', () => {
  it('when they ingest overlapping files at once then the overlap is new once and the counts equal one clean run', async () => {
    const [left, right] = [folder('left', 0, 600), folder('right', 300, 600)];
    const cleanDb = join(scratch, 'clean.sqlite');
    const cleanRun = startCli(['ingest', left, right], { STORE_URL: `sqlite://${cleanDb}` }, scratch);
    expect((await cleanRun.exited).code).toBe(0);

    const db = join(scratch, 'shared.sqlite');
    const gate = await openStore(`sqlite://${db}`);
    const probe = probeStore(db);
    const env = { STORE_URL: `sqlite://${db}` };
    // The test holds the writer lock until both are up and waiting on it: their batches contend
    // from the first one, however the machine schedules start-up.
    const [a, b] = await gate.writerLock.withLock(async () => {
      const started = [startCli(['ingest', left], env, scratch), startCli(['ingest', right], env, scratch)] as const;
      await waitUntilWaitingOnLock(started.map((c) => c.child.pid), `${db}.writer.lock`);
      return started;
    });
    await gate.close();
    // Who took the writer lock while both were running: both, if their batches really interleaved.
    const holders = new Set<number>();
    const firstExit = Promise.race([a.exited, b.exited]);
    await probe.until(() => false, firstExit, (s) => s.lockHolder !== undefined && s.published > 0 && holders.add(s.lockHolder));
    const [exitA, exitB] = await Promise.all([a.exited, b.exited]);
    await probe.close();
    expect(exitA.code, a.stderr.join('\n')).toBe(0);
    expect(exitB.code, b.stderr.join('\n')).toBe(0);

    const [ra, rb] = [ingestSummary(a), ingestSummary(b)];
    expect((ra?.stored ?? 0) + (rb?.stored ?? 0)).toBe(900);
    expect((ra?.duplicates ?? 0) + (rb?.duplicates ?? 0)).toBe(300);
    expect(await storeSnapshot(`sqlite://${db}`)).toMatchObject(await comparable(`sqlite://${cleanDb}`));
    expect(holders, 'both processes held the lock while both were running').toEqual(new Set([a.child.pid, b.child.pid]));
  }, 90_000);
});

/** A clean run's counts; the log order differs when two writers interleave, so it is compared as a set. */
async function comparable(url: string) {
  const snapshot = await storeSnapshot(url);
  return { ...snapshot, log: expect.toSatisfy((log: string[]) => log.length === 900 && [...log].sort().join() === [...snapshot.log].sort().join()) };
}
