import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteWriterLock } from '../../src/store/sqlite-writer-lock.js';
import { StoreBusyError } from '../../src/store/writer-lock.port.js';
import { projectRoot } from '../../src/util/project-root.js';

const dirs: string[] = [];
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-lock-'));
  dirs.push(dir);
  return join(dir, 'store.sqlite');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('sqlite writer lock', () => {
  it('when two connections take it at once then their work never overlaps', async () => {
    const db = tempDb();
    const [a, b] = [createSqliteWriterLock(db), createSqliteWriterLock(db)];
    const events: string[] = [];
    const work = (name: string) => async () => {
      events.push(`${name} in`);
      await new Promise((r) => setTimeout(r, 60));
      events.push(`${name} out`);
    };
    await Promise.all([a.withLock(work('a')), b.withLock(work('b')), a.withLock(work('a2'))]);
    for (let i = 0; i < events.length; i += 2) expect(events[i + 1]).toBe(events[i]!.replace(' in', ' out'));
    expect(events).toHaveLength(6);
    await Promise.all([a.close(), b.close()]);
  });

  it('when another writer keeps it past the bound then it refuses with one line naming the store and the holder', async () => {
    const db = tempDb();
    const holder = createSqliteWriterLock(db);
    const waiter = createSqliteWriterLock(db, { waitMs: 150, label: 'data/newsbrief.sqlite' });
    const release = deferred();
    const held = deferred();
    const holding = holder.withLock(async () => {
      held.resolve();
      await release.promise;
    });
    await held.promise;
    let ran = false;
    const refused = await waiter.withLock(() => {
      ran = true;
      return Promise.resolve(true);
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StoreBusyError);
    expect((refused as Error).message).toBe(
      `another newsbrief process is writing to data/newsbrief.sqlite (pid ${process.pid}); try again later`,
    );
    expect(ran).toBe(false);
    release.resolve();
    await holding;
    // Free again: the waiter gets it now.
    expect(await waiter.withLock(() => Promise.resolve('mine'))).toBe('mine');
    await Promise.all([holder.close(), waiter.close()]);
  });

  it('when its work throws then the lock is released and the error passes through', async () => {
    const db = tempDb();
    const [a, b] = [createSqliteWriterLock(db), createSqliteWriterLock(db, { waitMs: 500 })];
    await expect(a.withLock(async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(await b.withLock(() => Promise.resolve('free'))).toBe('free');
    await Promise.all([a.close(), b.close()]);
  });

  it('when the process holding it is SIGKILLed then the lock is free at once', async () => {
    const db = tempDb();
    const root = projectRoot();
    const loader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    const module = pathToFileURL(join(root, 'src', 'store', 'sqlite-writer-lock.ts')).href;
    const script = `const { createSqliteWriterLock } = await import(${JSON.stringify(module)});
      await createSqliteWriterLock(${JSON.stringify(db)}).withLock(async () => { console.log('held'); await new Promise(() => setInterval(() => {}, 1000)); });`;
    const child = spawn(process.execPath, ['--import', loader, '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('held') && resolve()));
    const waiter = createSqliteWriterLock(db, { waitMs: 100 });
    await expect(waiter.withLock(() => Promise.resolve('taken'))).rejects.toBeInstanceOf(StoreBusyError);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    expect(await waiter.withLock(() => Promise.resolve('taken'))).toBe('taken');
    await waiter.close();
  }, 20_000);
});
