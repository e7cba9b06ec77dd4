import { describe, expect, it } from 'vitest';
import { createHostGate } from '../../src/sources/host-gate.js';

/** A virtual clock: sleeping moves time to the wake-up (never back), at once. */
function virtualClock() {
  const clock = { t: 0, sleeps: [] as number[] };
  return {
    clock,
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.sleeps.push(ms);
      clock.t += ms;
      await Promise.resolve();
    },
  };
}

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const settle = async () => {
  for (let i = 0; i < 20; i += 1) await new Promise((r) => setImmediate(r));
};

describe('host gate', () => {
  it('when five requests go to one host then at most two run at once, started in the order given', async () => {
    const { now, sleep } = virtualClock();
    const gate = createHostGate({ maxInFlight: 2, minGapMs: 0, now, sleep });
    const tasks = Array.from({ length: 5 }, () => deferred());
    const started: number[] = [];
    let peak = 0;
    const runs = tasks.map((d, i) =>
      gate.run('feeds.example', async () => {
        started.push(i);
        peak = Math.max(peak, gate.inFlight('feeds.example'));
        await d.promise;
        return i;
      }),
    );
    await settle();
    expect(started).toEqual([0, 1]);
    tasks[1]!.resolve();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    for (const d of tasks) d.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
    expect(gate.inFlight('feeds.example')).toBe(0);
  });

  it('when requests to one host come together then their starts are at least the minimum gap apart', async () => {
    const { clock, now, sleep } = virtualClock();
    const gate = createHostGate({ maxInFlight: 2, minGapMs: 500, now, sleep });
    const startedAt: number[] = [];
    await Promise.all(Array.from({ length: 4 }, () => gate.run('Feeds.Example', () => Promise.resolve(void startedAt.push(now())))));
    expect(startedAt).toEqual([0, 500, 1000, 1500]);
    clock.t = 10_000;
    await gate.run('feeds.example', () => Promise.resolve(void startedAt.push(now())));
    expect(startedAt.at(-1)).toBe(10_000); // the gap had long passed: no wait
    expect(clock.sleeps).toEqual([500, 500, 500]);
  });

  it('when one host is busy then a request to another host starts at once', async () => {
    const { now, sleep } = virtualClock();
    const gate = createHostGate({ maxInFlight: 2, minGapMs: 60_000, now, sleep });
    const slow = deferred();
    const busy = [gate.run('slow.example', () => slow.promise), gate.run('slow.example', () => slow.promise)];
    const waiting = gate.run('slow.example', () => Promise.resolve('third'));
    await settle();
    expect(await gate.run('fast.example', () => Promise.resolve('fast'))).toBe('fast');
    expect(gate.inFlight('slow.example')).toBe(2);
    slow.resolve();
    await Promise.all(busy);
    expect(await waiting).toBe('third');
  });

  it('when a task fails then the caller gets its error and the slot is free for the next', async () => {
    const { now, sleep } = virtualClock();
    const gate = createHostGate({ maxInFlight: 1, minGapMs: 0, now, sleep });
    const failing = gate.run('a.example', () => Promise.reject(new Error('connect ECONNREFUSED')));
    const next = gate.run('a.example', () => Promise.resolve('ok'));
    await expect(failing).rejects.toThrow('connect ECONNREFUSED');
    expect(await next).toBe('ok');
    expect(gate.inFlight('a.example')).toBe(0);
  });

  it('when no clock is injected then the real one spaces the starts', async () => {
    const gate = createHostGate({ minGapMs: 40 });
    const startedAt: number[] = [];
    await Promise.all(Array.from({ length: 3 }, () => gate.run('real.example', () => Promise.resolve(void startedAt.push(performance.now())))));
    expect(startedAt[1]! - startedAt[0]!).toBeGreaterThanOrEqual(35);
    expect(startedAt[2]! - startedAt[1]!).toBeGreaterThanOrEqual(35);
  });
});
