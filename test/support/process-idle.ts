// Waits until child processes have started up and gone quiet (blocked on a lock, say): Linux /proc CPU ticks.
// On a lease lock a waiting writer only polls every 25 ms, while start-up and cleaning keep a core busy.
import { existsSync, readFileSync } from 'node:fs';

/** CPU ticks (user + system) a process has used, from /proc; undefined once it is gone. */
export function cpuTicks(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

/**
 * Resolves once every pid has used over half a second of CPU (node, tsx, the app) and under 5% of a core since the
 * last look. Without /proc, after a generous fixed wait.
 */
export async function waitUntilIdle(pids: readonly (number | undefined)[], timeoutMs = 20_000): Promise<void> {
  if (!existsSync('/proc/self/stat')) return new Promise((resolve) => setTimeout(resolve, 10_000));
  const deadline = Date.now() + timeoutMs;
  const quiet = new Set<number>();
  let last = pids.map(cpuTicks);
  while (quiet.size < pids.length) {
    if (Date.now() > deadline) throw new Error('the processes never went quiet');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const now = pids.map(cpuTicks);
    now.forEach((t, i) => {
      if (t !== undefined && t > 50 && t - (last[i] ?? 0) <= 1) quiet.add(i);
    });
    last = now;
  }
}
