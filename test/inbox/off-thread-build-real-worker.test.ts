// The real record-building worker starts from source too (tsx, as tests and `npx tsx` run it):
// a worker thread doesn't inherit the parent's loader hooks, so a broken start would silently
// build everything on the main thread, which only a warning in the log would show.
import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { buildRecord } from '../../src/articles/build-record.js';
import { createOffThreadBuilder } from '../../src/inbox/off-thread-build.js';
import { seedText } from '../support/articles.js';

const NOW = new Date('2026-11-27T10:00:00.000Z');

describe('the real build worker', () => {
  it('when a file is built off the main thread then the worker runs it (no fallback warning) and the record equals a main-thread build', async () => {
    const lines: { level: number; msg: string }[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }) });
    const builder = createOffThreadBuilder(logger);
    const bytes = new TextEncoder().encode(seedText());
    try {
      const outcome = await builder.build({ name: 'seed.txt', bytes }, { now: NOW, maxBytes: 2_000_000 });
      expect(lines.filter((l) => l.level >= 40)).toEqual([]);
      expect(outcome).toEqual(buildRecord(bytes, { now: NOW, maxBytes: 2_000_000 }));
    } finally {
      await builder.close();
    }
  }, 30_000);
});
