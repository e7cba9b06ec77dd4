// A scan that fails the same way every tick is one error in the log, not one a minute forever.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { systemClock } from '../../src/clock.js';
import { scheduleInbox } from '../../src/inbox/schedule-inbox.js';
import { createLeaseRunCoordinator } from '../../src/store/lease-run-coordinator.js';
import { createTestApp } from '../support/test-app.js';

/** The fields of a pino JSON line this test reads. */
const LogLine = z.looseObject({ level: z.number(), msg: z.string() });

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('inbox schedule', () => {
  it('when every scan fails the same way then it is logged as an error once, and at debug level after that', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-inbox-sched-'));
    dirs.push(dir);
    const notAFolder = join(dir, 'inbox');
    writeFileSync(notAFolder, 'a file where the inbox folder should be');
    const lines: { level: number; msg: string }[] = [];
    const logger = pino({ level: 'debug' }, new Writable({ write: (chunk, _e, done) => (lines.push(LogLine.parse(JSON.parse(String(chunk)))), done()) }));
    const app = await createTestApp();
    const schedule = scheduleInbox({ dir: notAFolder, schedule: '* * * * * *', ingestor: app.ingestor, maxBytes: 1_000_000, clock: systemClock, logger, jobs: createLeaseRunCoordinator(app.store) });
    await new Promise((resolve) => setTimeout(resolve, 3200));
    await schedule.stop();
    const failures = lines.filter((l) => l.msg.startsWith('inbox scan failed'));
    expect(failures.length).toBeGreaterThanOrEqual(2);
    expect(failures.filter((l) => l.level >= 50)).toHaveLength(1);
  }, 10_000);
});
