// An article with no date anywhere keeps "date unknown": shown as such, ranked by its arrival, never dated "today".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/articles/build-record.js';
import { articleRecordSchema } from '../../src/articles/record.js';
import { renderBriefingText } from '../../briefings/render.js';
import { createHarness } from '../support/bot-harness.js';
import { createTestApp, input } from '../support/test-app.js';

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-undated-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const undatedText = `Harbour Council Approves Ferry Subsidy

Mayor Ingrid Solberg said the council would fund two extra ferry crossings a day for island residents.

Solberg told reporters that the subsidy would be reviewed after a year of service.`;

const datedText = (day: string) => `Title: Island Ferry Operator Hires Crews
Published: ${day}

The ferry operator said it had hired twelve crew members to run the extra crossings.

Mayor Ingrid Solberg welcomed the hires at the harbour office.`;

describe('undated articles', () => {
  it('when an article has no date in metadata or text then the record has no publishedAt (not the ingest time)', () => {
    const outcome = buildRecord(undatedText, { now: new Date('2026-11-27T09:00:00.000Z'), maxBytes: 1_000_000 });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.record.publishedAt).toBeUndefined();
    expect(outcome.record.ingestedAt).toBe('2026-11-27T09:00:00.000Z');
    expect(JSON.parse(JSON.stringify(outcome.record))).not.toHaveProperty('publishedAt');
    // Records stored before this change (always dated) still read.
    expect(articleRecordSchema.safeParse({ ...outcome.record, publishedAt: '2025-09-12T00:00:00.000Z' }).success).toBe(true);
  });

  it('when it is shown then /latest, /who and the digest say "date unknown" and never give it the day it arrived', async () => {
    const storeUrl = `sqlite://${join(dir, 'shown.sqlite')}`;
    const early = await createTestApp({ storeUrl, now: new Date('2026-11-20T09:00:00.000Z') });
    await early.ingestor.ingest([input('dated-old.txt', datedText('2026-11-19'))]);
    await early.close();
    const app = await createTestApp({ storeUrl, now: new Date('2026-11-27T09:00:00.000Z') });
    const bot = await createHarness(app);
    try {
      await app.ingestor.ingest([input('undated.txt', undatedText)]);
      const [latest] = await bot.say('/latest');
      expect(latest).toMatch(/Harbour Council Approves Ferry Subsidy<\/b>\n.* · date unknown/);
      expect(latest).not.toContain('27 Nov 2026');
      expect(latest).toContain('19 Nov 2026');
      // Ranked by arrival (27 Nov), so ahead of the story published on 19 Nov, but not called dated.
      expect(latest!.indexOf('Ferry Subsidy')).toBeLessThan(latest!.indexOf('Hires Crews'));

      const [who] = await bot.say('/who Solberg');
      expect(who).toContain('Ingrid Solberg');
      expect(who).toContain('date unknown');
      expect(who).not.toContain('27 Nov 2026');

      const briefing = await app.briefings.build({ since: new Date('2026-11-26T09:00:00.000Z'), until: new Date('2026-11-27T09:00:00.000Z') });
      const digest = renderBriefingText(briefing, { timeZone: 'UTC' });
      expect(digest).toContain('date unknown');
      expect(digest).toMatch(/\n {5}Unknown source · date unknown\n/);
      expect(digest.split('\n').slice(1).join('\n')).not.toContain('27 Nov 2026'); // past the window header
    } finally {
      await bot.close();
      await app.close();
    }
  });

  it('when a dated story is published after an undated one arrived then the dated one leads /latest', async () => {
    const storeUrl = `sqlite://${join(dir, 'order.sqlite')}`;
    const first = await createTestApp({ storeUrl, now: new Date('2026-11-20T09:00:00.000Z') });
    await first.ingestor.ingest([input('undated.txt', undatedText)]);
    await first.close();
    const app = await createTestApp({ storeUrl, now: new Date('2026-11-27T09:00:00.000Z') });
    try {
      await app.ingestor.ingest([input('dated-new.txt', datedText('2026-11-25'))]);
      expect((await app.articles.latest(5)).map((r) => r.publishedAt ?? 'unknown')).toEqual(['2026-11-25T00:00:00.000Z', 'unknown']);
    } finally {
      await app.close();
    }
  });
});
