import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedText, unrelatedText } from '../support/articles.js';
import { createDigestRig, type DigestRig } from '../support/digest-rig.js';

const dirs: string[] = [];
const rigs: DigestRig[] = [];
afterEach(async () => {
  for (const rig of rigs.splice(0).reverse()) await rig.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A rig on a fresh sqlite file; the process is "down" until the first tick. */
async function sqliteRig(start: string): Promise<DigestRig> {
  const dir = mkdtempSync(join(tmpdir(), 'nb-digest-'));
  dirs.push(dir);
  const rig = await createDigestRig(start, { storeUrl: `sqlite://${join(dir, 'store.sqlite')}` });
  rigs.push(rig);
  await rig.ingest('seed.txt', seedText());
  await rig.ingest('ecb.txt', unrelatedText);
  await rig.subscribe(41, { time: '08:00', timeZone: 'Europe/Minsk', createdAt: new Date(start).toISOString() });
  return rig;
}

async function restart(rig: DigestRig, at: string): Promise<DigestRig> {
  const next = await rig.restart();
  rigs.push(next);
  next.time.set(at);
  return next;
}

describe('digest job: downtime over the delivery time', () => {
  it('when the process comes back within the catch-up window then the digest goes out once, and restarts add nothing', async () => {
    const first = await sqliteRig('2026-03-10T01:00:00Z');
    const back = await restart(first, '2026-03-10T07:00:00Z'); // scheduled 05:00Z, two hours late
    expect(await back.tick()).toMatchObject({ due: 1, missed: 0, enqueued: 1 });
    expect(back.tg.messagesTo(41)).toHaveLength(1);

    const again = await restart(back, '2026-03-10T07:05:00Z');
    expect(await again.tick()).toMatchObject({ due: 0, missed: 0, enqueued: 0 });
    expect(again.tg.messagesTo(41)).toHaveLength(1);
    expect(await again.app.ledger.get(41, '2026-03-10')).toMatchObject({ status: 'sent' });
  });

  it('when the process comes back after the catch-up window then the day is skipped, logged in the ledger, and never sent', async () => {
    const first = await sqliteRig('2026-03-10T01:00:00Z');
    const back = await restart(first, '2026-03-10T12:00:00Z'); // seven hours late
    expect(await back.tick()).toMatchObject({ due: 0, missed: 1, enqueued: 0 });
    expect(back.tg.messagesTo(41)).toHaveLength(0);
    expect(await back.app.ledger.get(41, '2026-03-10')).toMatchObject({ status: 'skipped', messageCount: 0 });

    const again = await restart(back, '2026-03-10T12:01:00Z');
    expect(await again.tick()).toMatchObject({ due: 0, missed: 0 });
    expect(again.tg.messagesTo(41)).toHaveLength(0);
  });
});
