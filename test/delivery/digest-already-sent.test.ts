// Two scheduled days through the production wiring: an event day 1 sent is not sent again on day 2
// unless it gained articles. The day-2 window starts when day 1 was sent, and a window's start is
// inclusive, so reports that arrived the very moment day 1 was composed are in both windows: only
// "already sent with this many articles" keeps them out of day 2.
import { afterEach, describe, expect, it } from 'vitest';
import { followUpText, seedText, unrelatedText } from '../support/articles.js';
import { createDigestRig, type DigestRig } from '../support/digest-rig.js';

const rigs: DigestRig[] = [];
afterEach(async () => {
  for (const rig of rigs.splice(0)) await rig.close();
});

const texts = (rig: DigestRig, chatId: number) => rig.tg.messagesTo(chatId).map((m) => m.text);

describe('digest job: events already sent', () => {
  it('when day 2 is due then it leaves out the events day 1 sent and carries only what is new', async () => {
    // 08:00 Minsk is 05:00Z: the reports arrive at that very instant and the digest goes out then.
    const rig = await createDigestRig('2026-03-10T05:00:00Z');
    rigs.push(rig);
    await rig.subscribe(51);
    await rig.ingest('seed.txt', seedText());
    await rig.ingest('ecb.txt', unrelatedText);
    expect(await rig.tick()).toMatchObject({ due: 1, enqueued: 1 });
    const day1 = texts(rig, 51).join('\n');
    expect(day1).toMatch(/Lukashenk/);
    expect(day1).toMatch(/Central Bank|Lagarde/);

    rig.time.set('2026-03-10T15:00:00Z');
    await rig.ingest('follow.txt', followUpText);
    rig.time.set('2026-03-11T05:00:00Z');
    expect(await rig.tick()).toMatchObject({ due: 1, enqueued: 1 });
    const day2 = texts(rig, 51).slice(1).join('\n');
    expect(day2).toContain('Minsk Opens Talks on Further Releases');
    expect(day2).not.toMatch(/Central Bank|Lagarde/);
    expect(day2).not.toContain('Update: ');
  });

  it('when nothing arrived after day 1 then day 2 sends nothing and records the day as empty', async () => {
    const rig = await createDigestRig('2026-03-10T05:00:00Z');
    rigs.push(rig);
    await rig.subscribe(52);
    await rig.ingest('seed.txt', seedText());
    await rig.tick();
    expect(texts(rig, 52)).toHaveLength(1);
    rig.time.set('2026-03-11T05:00:00Z');
    expect(await rig.tick()).toMatchObject({ due: 1, empty: 1, enqueued: 0 });
    expect(texts(rig, 52)).toHaveLength(1);
    expect(await rig.app.ledger.get(52, '2026-03-11')).toMatchObject({ status: 'empty' });
  });

  it('when a report arrives while a digest is still being delivered then the next digest has it', async () => {
    const rig = await createDigestRig('2026-03-10T05:00:00Z');
    rigs.push(rig);
    await rig.subscribe(53);
    await rig.ingest('seed.txt', seedText());
    // Day 1 is composed at 05:00 but Telegram fails it for this tick: it is delivered at 05:30.
    rig.tg.failNext('sendMessage', { kind: '5xx', status: 502 }, { chatId: 53, times: 5 });
    expect(await rig.tick()).toMatchObject({ due: 1, enqueued: 1 });
    expect(texts(rig, 53)).toHaveLength(0);
    rig.time.set('2026-03-10T05:10:00Z');
    await rig.ingest('ecb.txt', unrelatedText); // after composing, before delivery
    rig.time.set('2026-03-10T05:30:00Z');
    expect((await rig.tick()).sent).toMatchObject({ delivered: 1 });
    expect(texts(rig, 53).join('\n')).not.toMatch(/Central Bank|Lagarde/);

    rig.time.set('2026-03-11T05:00:00Z');
    expect(await rig.tick()).toMatchObject({ due: 1, enqueued: 1 });
    expect(texts(rig, 53).slice(1).join('\n')).toMatch(/Central Bank|Lagarde/);
  });
});
