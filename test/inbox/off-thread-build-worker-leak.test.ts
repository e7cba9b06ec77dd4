// A worker that answers nonsense is given up on, and must be ended too: forgotten but alive, close()
// could not reach it and it would keep the process running. The build still happens (on the main thread).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createOffThreadBuilder } from '../../src/inbox/off-thread-build.js';
import { silentLogger } from '../../src/logger.js';
import { projectRoot } from '../../src/util/project-root.js';
import { seedText } from '../support/articles.js';

const NOW = new Date('2026-11-27T10:00:00.000Z');

/** A worker that replies garbage to every message, and reports when it exits. */
function garbageWorker(reply = '{ nonsense: true }'): { start: () => Worker; exited: Promise<'exited'>; started: () => Worker | undefined } {
  let worker: Worker | undefined;
  let onExit: (value: 'exited') => void = () => {};
  const exited = new Promise<'exited'>((resolve) => (onExit = resolve));
  const start = () => {
    worker = new Worker(
      `const { parentPort } = require('node:worker_threads'); parentPort.on('message', (job) => parentPort.postMessage(${reply}));`,
      { eval: true },
    );
    worker.once('exit', () => onExit('exited'));
    return worker;
  };
  return { start, exited, started: () => worker };
}

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), ms))]);

describe('off-thread builder', () => {
  it.each([
    ['an object of the wrong shape', '{ nonsense: true }'],
    ['an envelope whose json is not JSON', "{ id: job.id, json: 'not json' }"],
  ])('when the worker replies %s then the record is built on the main thread and the worker is ended', async (_what, reply) => {
    const fake = garbageWorker(reply);
    const builder = createOffThreadBuilder(silentLogger, fake.start);
    const outcome = await builder.build({ name: 'seed.txt', bytes: new TextEncoder().encode(seedText()) }, { now: NOW, maxBytes: 1_000_000 });
    expect(outcome.ok).toBe(true);
    expect(fake.started()).toBeDefined();
    await builder.close();
    expect(await within(fake.exited, 3000)).toBe('exited');
  });

  it('when the worker has answered and sits idle then the process can still end by itself', async () => {
    // A child process builds one record off-thread and never calls close(); it must exit on its own.
    // Its worker answers every job with a well-formed outcome, so the builder keeps it (healthy, idle).
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-worker-'));
    const script = join(dir, 'build-once.mts');
    const src = (path: string) => JSON.stringify(pathToFileURL(join(projectRoot(), path)).href);
    const answer = `{ id: job.id, json: JSON.stringify({ ok: false, error: { code: 'empty', message: 'stub' } }) }`;
    const workerCode = `require('node:worker_threads').parentPort.on('message', (job) => require('node:worker_threads').parentPort.postMessage(${answer}));`;
    writeFileSync(
      script,
      [
        `import { Worker } from 'node:worker_threads';`,
        `import { createOffThreadBuilder } from ${src('src/inbox/off-thread-build.ts')};`,
        `import { silentLogger } from ${src('src/logger.ts')};`,
        `const builder = createOffThreadBuilder(silentLogger, () => new Worker(${JSON.stringify(workerCode)}, { eval: true }));`,
        `const outcome = await builder.build({ name: 'a.txt', bytes: new Uint8Array([65]) }, { now: new Date(${NOW.getTime()}), maxBytes: 1_000_000 });`,
        `console.log(outcome.ok ? 'built' : outcome.error.message);`,
      ].join('\n'),
    );
    const loader = pathToFileURL(join(projectRoot(), 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    const child = spawn(process.execPath, ['--import', loader, script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    const ended = new Promise<'ended'>((resolve) => child.once('close', () => resolve('ended')));
    try {
      expect(await within(ended, 10_000)).toBe('ended');
      expect(out.trim()).toBe('stub'); // the worker's answer, not a main-thread build
    } finally {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 20_000);
});
