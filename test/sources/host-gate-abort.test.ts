// The host gate's waits end when the caller's signal aborts (a page deadline, a shutdown): the task never
// starts, the next waiter moves up, and no slot is lost.
import { describe, expect, it } from 'vitest';
import { createHostGate } from '../../src/sources/host-gate.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((res) => (resolve = res));
  return { promise, resolve };
}
const settle = async () => {
  for (let i = 0; i < 20; i += 1) await new Promise((r) => setImmediate(r));
};

describe('host gate with a signal', () => {
  it('when a waiter’s signal aborts while the host is busy then it rejects at once, never runs, and the next waiter gets the slot', async () => {
    const gate = createHostGate({ maxInFlight: 1, minGapMs: 0 });
    const busy = deferred();
    const started: string[] = [];
    const first = gate.run('site.example', async () => { started.push('first'); await busy.promise; });
    const stop = new AbortController();
    const second = gate.run('site.example', () => Promise.resolve(void started.push('second')), { signal: stop.signal });
    const third = gate.run('site.example', () => Promise.resolve(void started.push('third')));
    await settle();
    stop.abort();
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
    expect(started).toEqual(['first']);
    busy.resolve();
    await Promise.all([first, third]);
    expect(started).toEqual(['first', 'third']);
    expect(gate.inFlight('site.example')).toBe(0);
  });

  it('when a waiter queued behind others is aborted then it rejects without waiting for its turn', async () => {
    const gate = createHostGate({ maxInFlight: 1, minGapMs: 0 });
    const busy = deferred();
    const first = gate.run('site.example', () => busy.promise);
    const queued = gate.run('site.example', () => Promise.resolve('queued'));
    const stop = new AbortController();
    const last = gate.run('site.example', () => Promise.resolve('last'), { signal: stop.signal });
    await settle();
    stop.abort();
    await expect(last).rejects.toMatchObject({ name: 'AbortError' });
    busy.resolve();
    expect(await queued).toBe('queued');
    await first;
    expect(await gate.run('site.example', () => Promise.resolve('after'))).toBe('after');
  });

  it('when the signal aborts during the minimum gap then the wait ends early', async () => {
    const gate = createHostGate({ maxInFlight: 2, minGapMs: 60_000 });
    await gate.run('site.example', () => Promise.resolve());
    const stop = new AbortController();
    let ran = false;
    const waiting = gate.run('site.example', () => Promise.resolve(void (ran = true)), { signal: stop.signal });
    setTimeout(() => stop.abort(), 20);
    const t0 = Date.now();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(ran).toBe(false);
  });

  it('when the signal has already aborted then the task is not run', async () => {
    const gate = createHostGate({ minGapMs: 0 });
    let ran = false;
    await expect(gate.run('site.example', () => Promise.resolve(void (ran = true)), { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(ran).toBe(false);
    expect(await gate.run('site.example', () => Promise.resolve(1))).toBe(1);
  });
});
