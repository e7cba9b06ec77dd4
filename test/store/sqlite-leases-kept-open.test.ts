// sqlite leases keep one connection per name open between leases: it must hold no lock between them, must not
// outlive a holder that is killed, and the holder file must follow the lease from process to process.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteLeases } from '../../src/store/sqlite-leases.js';
import { projectRoot } from '../../src/util/project-root.js';

const dirs: string[] = [];
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-leases-'));
  dirs.push(dir);
  return join(dir, 'store.sqlite');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A node process that takes and gives back `name` three times (its connection stays open), takes it once more, then waits to be killed. */
function holderProcess(db: string, name: string) {
  const root = projectRoot();
  const loader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const module = pathToFileURL(join(root, 'src', 'store', 'sqlite-leases.ts')).href;
  const script = `const { createSqliteLeases } = await import(${JSON.stringify(module)});
    const leases = createSqliteLeases(${JSON.stringify(db)});
    for (let i = 0; i < 3; i++) await (await leases.tryAcquire(${JSON.stringify(name)}, 1000))?.release();
    const lease = await leases.tryAcquire(${JSON.stringify(name)}, 1000);
    console.log(lease ? 'held' : 'busy');
    setInterval(() => {}, 60_000);`;
  const child = spawn(process.execPath, ['--import', loader, '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const said = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => resolve(chunk.toString('utf8').trim()));
    child.once('exit', () => reject(new Error('the holder process exited')));
  });
  return { said, pid: child.pid, kill: () => (child.kill('SIGKILL'), exited) };
}

describe('sqlite leases on a kept-open connection', () => {
  it('when a lease is given back then another provider takes it at once, and the giver cannot while the other holds it', async () => {
    const db = tempDb();
    const [a, b] = [createSqliteLeases(db), createSqliteLeases(db)];
    for (let i = 0; i < 5; i++) {
      const mine = await a.tryAcquire('lists', 1000);
      expect(mine?.held()).toBe(true);
      expect(await b.tryAcquire('lists', 1000)).toBeUndefined();
      await mine?.release();
      const theirs = await b.tryAcquire('lists', 1000);
      expect(theirs?.held()).toBe(true);
      expect(await a.tryAcquire('lists', 1000)).toBeUndefined();
      await theirs?.release();
    }
    await Promise.all([a.close(), b.close()]);
  });

  it('when two attempts in one process race then exactly one gets the lease and neither throws', async () => {
    const leases = createSqliteLeases(tempDb());
    const got = await Promise.all([leases.tryAcquire('x', 1000), leases.tryAcquire('x', 1000), leases.tryAcquire('x', 1000)]);
    expect(got.filter((lease) => lease !== undefined)).toHaveLength(1);
    await leases.close();
    expect(got.find((lease) => lease)?.held()).toBe(false);
  });

  it('when the provider is closed then its connections let go, and it still works (closing what it opens)', async () => {
    const db = tempDb();
    const [a, b] = [createSqliteLeases(db), createSqliteLeases(db)];
    const held = await a.tryAcquire('x', 1000);
    await a.close();
    expect(held?.held()).toBe(false);
    const theirs = await b.tryAcquire('x', 1000);
    expect(theirs?.held()).toBe(true);
    expect(await a.tryAcquire('x', 1000)).toBeUndefined();
    await theirs?.release();
    const again = await a.tryAcquire('x', 1000);
    expect(again?.held()).toBe(true);
    await again?.release();
    expect((await b.tryAcquire('x', 1000))?.held()).toBe(true);
    await b.close();
  });

  it('when a holder that reused its connection is SIGKILLed then the lease is free at once and the holder file names the new holder', async () => {
    const db = tempDb();
    const leases = createSqliteLeases(db);
    // This process held it last: the file names it.
    await (await leases.tryAcquire('job:x', 1000))?.release();
    expect(await leases.holder('job:x')).toMatch(new RegExp(` pid ${process.pid}$`));

    const holder = holderProcess(db, 'job:x');
    expect(await holder.said).toBe('held');
    expect(await leases.tryAcquire('job:x', 1000)).toBeUndefined();
    expect(await leases.holder('job:x')).toMatch(new RegExp(` pid ${holder.pid}$`));

    await holder.kill();
    const killedAt = performance.now();
    const lease = await leases.tryAcquire('job:x', 1000);
    expect(performance.now() - killedAt).toBeLessThan(500);
    expect(lease?.held()).toBe(true);
    // Taken back from another process: written again, though this process wrote the same name before.
    expect(await leases.holder('job:x')).toMatch(new RegExp(` pid ${process.pid}$`));
    await lease?.release();
    await leases.close();
  }, 20_000);

  it('when the holder file names someone else then the next lease rewrites it, and leaves it alone while it is right', async () => {
    const db = tempDb();
    const leases = createSqliteLeases(db);
    const file = `${db}.lists.json`;
    await (await leases.tryAcquire('lists', 1000))?.release();
    writeFileSync(file, JSON.stringify({ holder: 'elsewhere pid 1' }));
    await (await leases.tryAcquire('lists', 1000))?.release();
    expect(await leases.holder('lists')).toMatch(new RegExp(` pid ${process.pid}$`));
    const written = readFileSync(file, 'utf8');
    await (await leases.tryAcquire('lists', 1000))?.release();
    expect(readFileSync(file, 'utf8')).toBe(written);
    await leases.close();
  });
});
