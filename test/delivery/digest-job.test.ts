import { afterEach, describe, expect, it } from 'vitest';
import { STANDING_DISCLAIMER } from '../../briefings/render.js';
import { seedText, unrelatedText } from '../support/articles.js';
import { createDigestRig, type DigestRig } from '../support/digest-rig.js';

const rigs: DigestRig[] = [];
afterEach(async () => {
  for (const rig of rigs.splice(0)) await rig.close();
});

async function rigAt(start: string): Promise<DigestRig> {
  const rig = await createDigestRig(start);
  rigs.push(rig);
  return rig;
}

/** Another outlet's report of the seed's event, published a day later (so the event keeps the seed's id). */
const secondReport = `Belarus Frees 52 Political Prisoners After US Lifts Belavia Sanctions

VILNIUS, Saturday, September 13, 2025 (Baltic Wire) - Belarus has freed 52 political prisoners after the United States said it would lift sanctions on the national airline Belavia.

Among those released were opposition activist Mikalai Statkevich and journalist Ihar Losik. Lithuanian President Gitanas Nauseda welcomed the release of the political prisoners but said more than 1,000 remain behind bars in Belarus.

US envoy John Coale announced the Belavia sanctions relief after talks with President Alexander Lukashenko in Minsk.`;

const texts = (rig: DigestRig, chatId: number) => rig.tg.messagesTo(chatId).map((m) => m.text);

describe('digest job: one due digest', () => {
  it('when 08:00 Europe/Minsk comes then the chat gets one digest, and later ticks send nothing more', async () => {
    const rig = await rigAt('2026-03-10T01:00:00Z');
    await rig.ingest('seed.txt', seedText());
    await rig.ingest('ecb.txt', unrelatedText);
    await rig.subscribe(101, { time: '08:00', timeZone: 'Europe/Minsk' });

    rig.time.set('2026-03-10T04:59:00Z');
    expect((await rig.tick()).due).toBe(0);
    expect(rig.tg.messagesTo(101)).toHaveLength(0);

    rig.time.set('2026-03-10T05:00:00Z');
    const report = await rig.tick();
    expect(report).toMatchObject({ due: 1, enqueued: 1 });
    const sent = texts(rig, 101);
    expect(sent).toHaveLength(1);
    // Each event ends with its compact source line and the expandable detail.
    expect(sent[0]).toMatch(/\n<i>[^\n]+<\/i>\n<blockquote expandable>[^<]*\d{4}[^<]*<\/blockquote>/);
    expect(sent[0]).toContain(STANDING_DISCLAIMER);
    expect(sent[0]).toMatch(/Lukashenk/);

    for (const at of ['2026-03-10T05:01:00Z', '2026-03-10T06:00:00Z']) {
      rig.time.set(at);
      expect((await rig.tick()).due).toBe(0);
    }
    expect(rig.tg.messagesTo(101)).toHaveLength(1);
    expect(await rig.app.ledger.get(101, '2026-03-10')).toMatchObject({ status: 'sent', messageCount: 1 });
    expect(await rig.app.outbox.open()).toEqual([]);
  });
});

describe('digest job: compose once, render once', () => {
  it('when 50 chats with the same settings are due then one composition and one rendering serve them all', async () => {
    const rig = await rigAt('2026-03-10T01:00:00Z');
    await rig.ingest('seed.txt', seedText());
    await rig.ingest('ecb.txt', unrelatedText);
    const ids = Array.from({ length: 50 }, (_, i) => 1000 + i);
    for (const id of ids) await rig.subscribe(id);
    rig.time.set('2026-03-10T05:00:00Z');
    const report = await rig.tick();
    expect(report).toMatchObject({ due: 50, enqueued: 50, compositions: 1, renderings: 1 });
    expect(report.sent?.delivered).toBe(50);
    for (const id of ids) expect(rig.tg.messagesTo(id)).toHaveLength(1);
    expect(new Set(ids.map((id) => texts(rig, id)[0])).size).toBe(1);
  });

  it('when due chats fall into two filter groups then there are two renderings of one composition', async () => {
    const rig = await rigAt('2026-03-10T01:00:00Z');
    await rig.ingest('seed.txt', seedText());
    await rig.ingest('ecb.txt', unrelatedText);
    for (let i = 0; i < 10; i++) await rig.subscribe(2000 + i);
    for (let i = 0; i < 10; i++) await rig.subscribe(3000 + i, { exclude: ['belarus'] });
    rig.time.set('2026-03-10T05:00:00Z');
    const report = await rig.tick();
    expect(report).toMatchObject({ due: 20, compositions: 1, renderings: 2 });
    expect(report.sent?.delivered).toBe(20);
    expect(texts(rig, 2000)[0]).not.toBe(texts(rig, 3000)[0]);
  });
});

describe('digest job: topic filters', () => {
  it('when a chat includes or excludes a topic then it gets only the matching events, and nothing when none match', async () => {
    const rig = await rigAt('2026-03-10T01:00:00Z');
    await rig.ingest('seed.txt', seedText());
    await rig.ingest('ecb.txt', unrelatedText);
    await rig.subscribe(11, { include: ['belarus'] });
    await rig.subscribe(12, { exclude: ['Belarus'] });
    await rig.subscribe(13, { include: ['volcano'] });
    rig.time.set('2026-03-10T05:00:00Z');
    const report = await rig.tick();
    expect(report).toMatchObject({ due: 3, empty: 1, enqueued: 2 });

    const included = texts(rig, 11).join('\n');
    expect(included).toMatch(/Lukashenk/);
    expect(included).not.toMatch(/Central Bank|Lagarde/);
    const excluded = texts(rig, 12).join('\n');
    expect(excluded).toMatch(/Central Bank|Lagarde/);
    expect(excluded).not.toMatch(/Belarus/i);

    expect(rig.tg.messagesTo(13)).toHaveLength(0);
    expect(await rig.app.ledger.get(13, '2026-03-10')).toMatchObject({ status: 'empty', messageCount: 0 });
    expect(await rig.app.ledger.get(11, '2026-03-10')).toMatchObject({ status: 'sent' });
  });
});

describe('digest job: the second day', () => {
  it('when a sent event gains an article then the next digest shows it as an update, and an unchanged event is not repeated', async () => {
    const rig = await rigAt('2026-03-10T01:00:00Z');
    await rig.ingest('seed.txt', seedText());
    await rig.ingest('ecb.txt', unrelatedText);
    await rig.subscribe(21);
    rig.time.set('2026-03-10T05:00:00Z');
    await rig.tick();
    expect(texts(rig, 21)).toHaveLength(1);

    rig.time.set('2026-03-10T12:00:00Z');
    await rig.ingest('second-report.txt', secondReport);
    rig.time.set('2026-03-11T05:00:00Z');
    const report = await rig.tick();
    expect(report).toMatchObject({ due: 1, enqueued: 1 });
    const second = texts(rig, 21).slice(1).join('\n');
    expect(second).toContain('<b>Update: Belarus Frees 52 Political Prisoners Amid US Sanctions Relief');
    expect(second.match(/<b>Update: /g)).toHaveLength(1);
    expect(second).not.toMatch(/Central Bank|Lagarde/);
    expect(await rig.app.ledger.get(21, '2026-03-11')).toMatchObject({ status: 'sent' });

    rig.time.set('2026-03-12T05:00:00Z');
    expect(await rig.tick()).toMatchObject({ due: 1, empty: 1, enqueued: 0 });
    expect(texts(rig, 21)).toHaveLength(2);
    expect(await rig.app.ledger.get(21, '2026-03-12')).toMatchObject({ status: 'empty' });
  });
});

describe('digest job: daylight saving time', () => {
  async function minuteTicks(rig: DigestRig, from: string, to: string): Promise<void> {
    for (let at = Date.parse(from); at <= Date.parse(to); at += 60_000) {
      rig.time.set(new Date(at));
      await rig.tick();
    }
  }

  it('when 02:30 Europe/Berlin is skipped or repeated by the clock change then each day still gets exactly one digest', async () => {
    const rig = await rigAt('2025-03-29T21:00:00Z');
    await rig.subscribe(31, { time: '02:30', timeZone: 'Europe/Berlin', createdAt: '2025-03-29T20:00:00.000Z' });
    await rig.ingest('seed.txt', seedText());
    // 02:30 does not exist on 30 March: it is delivered at 03:30 CEST (01:30Z).
    await minuteTicks(rig, '2025-03-29T21:00:00Z', '2025-03-30T21:59:00Z');
    const spring = rig.tg.messagesTo(31);
    expect(spring).toHaveLength(1);
    expect(spring[0]?.date).toBe(Date.parse('2025-03-30T01:30:00Z') / 1000);

    rig.time.set('2025-10-25T21:00:00Z');
    await rig.ingest('ecb.txt', unrelatedText);
    // 02:30 happens twice on 26 October: only the first (CEST, 00:30Z) delivers.
    await minuteTicks(rig, '2025-10-25T21:00:00Z', '2025-10-26T21:59:00Z');
    const autumn = rig.tg.messagesTo(31).slice(1);
    expect(autumn).toHaveLength(1);
    expect(autumn[0]?.date).toBe(Date.parse('2025-10-26T00:30:00Z') / 1000);
    expect(await rig.app.ledger.get(31, '2025-10-26')).toMatchObject({ status: 'sent' });
  }, 30_000);
});
