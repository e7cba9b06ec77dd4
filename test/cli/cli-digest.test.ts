// `newsbrief digest --chat ID [--day YYYY-MM-DD]`: the same answers /digest gives in that chat, as
// plain text, from a store the scheduler delivered from (the production wiring, on the Bot API stand-in).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/cli/offline-api.js';
import { seedText, unrelatedText } from '../support/articles.js';
import { createDigestRig } from '../support/digest-rig.js';
import { runCliCaptured as run } from '../support/run-cli-captured.js';

let dir: string;
let sent: string[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-cli-digest-'));
  const storeUrl = `sqlite://${join(dir, 'store.sqlite')}`;
  const rig = await createDigestRig('2026-03-10T01:00:00Z', { storeUrl });
  try {
    await rig.ingest('seed.txt', seedText());
    await rig.ingest('ecb.txt', unrelatedText);
    await rig.subscribe(61, { exclude: ['belarus'] });
    rig.time.set('2026-03-10T05:00:00Z');
    await rig.tick();
    sent = rig.tg.messagesTo(61).map((m) => m.text);
  } finally {
    await rig.close();
  }
  process.env.STORE_URL = storeUrl;
  process.env.LOG_LEVEL = 'silent';
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('newsbrief digest --chat', () => {
  it('when --day names a day the chat was sent a digest then it prints exactly that digest as text', async () => {
    expect(sent).toHaveLength(1);
    const result = await run('digest', '--chat', '61', '--day', '2026-03-10');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Digest of 2026-03-10, exactly as this chat was sent it:\n\n${htmlToText(sent[0]!)}\n`);
    expect(result.stdout).not.toMatch(/Lukashenk/);
  });

  it('when the chat got nothing that day then it prints one line and exits 1', async () => {
    const result = await run('digest', '--chat', '62', '--day', '2026-03-10');
    expect(result.stdout).toMatch(/^No digest was composed for this chat on 2026-03-10/);
    expect(result.code).toBe(1);
  });

  it("when --chat is given without --day then it previews that chat's digest with its topics", async () => {
    // Chat 61 excludes Belarus and was already sent the ECB event: nothing is left for it.
    const preview = JSON.parse((await run('digest', '--chat', '61', '--since', '2026-03-01', '--json')).stdout) as { events: { title: string }[] };
    expect(preview.events).toEqual([]);
    expect((await run('digest', '--chat', '61', '--since', '2026-03-01')).stdout).toMatch(/^Nothing new since 1 Mar 2026/);
    const open = JSON.parse((await run('digest', '--since', '2026-03-01', '--json')).stdout) as { events: { title: string }[] };
    expect(open.events.map((e) => e.title).join('\n')).toMatch(/Belarus/);
    expect(open.events.map((e) => e.title).join('\n')).toMatch(/Central Bank/);
  });

  it('when --day is given without --chat or is not a date then it is a usage error', async () => {
    await expect(run('digest', '--day', '2026-03-10')).rejects.toThrow(/--day needs --chat/);
    await expect(run('digest', '--chat', '61', '--day', 'yesterday')).rejects.toThrow(/--day yesterday: use YYYY-MM-DD/);
    await expect(run('digest', '--chat', 'abc')).rejects.toThrow(/--chat abc/);
  });
});
