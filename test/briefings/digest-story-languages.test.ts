// A chat's story languages: events composed from the articles know their languages, a chat that reads only some
// gets only those events, and that choice is part of the view (one window, two choices: two renderings).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBriefing } from '../../briefings/briefing-schema.js';
import { openApp, type App } from '../../src/app.js';
import { fixedClock } from '../../src/clock.js';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import type { Subscription } from '../../src/subscriptions/subscription.js';
import { unrelatedText } from '../support/articles.js';
import { input, TEST_NOW } from '../support/test-app.js';

/** Written for this test: a German local story with nothing in common with the English one. */
const germanText = `Hochwasser: Stadt Passau sperrt die Uferpromenade

PASSAU (Lokalredaktion) - Die Stadt Passau hat am Dienstag die Uferpromenade an der Donau gesperrt, weil der Pegel über Nacht um fast zwei Meter gestiegen ist.

Der Oberbürgermeister sagte, die Feuerwehr sei mit mehr als hundert Einsatzkräften vor Ort und die Lage werde stündlich neu bewertet.

Anwohner in der Altstadt wurden gebeten, ihre Keller zu räumen und Fahrzeuge aus den Tiefgaragen zu holen.`;

let app: App;
beforeEach(async () => {
  app = await openApp(parseConfig({ STORE_URL: 'memory://' }), { logger: silentLogger, clock: fixedClock(TEST_NOW) });
  await app.ingestor.ingest([input('ecb.txt', unrelatedText), input('passau.txt', germanText)]);
});
afterEach(async () => {
  await app.close();
});

const sub = (chatId: number, change: Partial<Subscription> = {}): Subscription => ({
  chatId, chatType: 'private', time: '09:00', timeZone: 'UTC', include: [], exclude: [], status: 'active',
  createdAt: '2026-11-20T00:00:00.000Z', updatedAt: '2026-11-20T00:00:00.000Z', ...change,
});

describe('story languages in the digest', () => {
  it('should give each composed event the languages of its articles', async () => {
    const events = parseBriefing(JSON.parse((await app.digests.preview(undefined, TEST_NOW)).json))?.events ?? [];
    const byTitle = Object.fromEntries(events.map((e) => [e.title, e.languages]));
    expect(byTitle['Hochwasser: Stadt Passau sperrt die Uferpromenade']).toEqual(['de']);
    expect(byTitle['Central Bank Holds Rates Steady as Inflation Cools']).toEqual(['en']);
  });

  it('when two chats share a window and one reads only English then there are two renderings and its lacks the German story', async () => {
    const batch = await app.digests.forDue(
      [sub(1), sub(2, { languages: ['en'] }), sub(3, { languages: [] })].map((subscription) => ({ subscription, day: '2026-11-27' })),
      TEST_NOW,
    );
    expect(batch).toMatchObject({ compositions: 1, renderings: 2 });
    const [all, english, empty] = batch.results.map((r) => r.messages.join('\n'));
    expect(all).toContain('Passau');
    expect(all).toContain('Central Bank Holds Rates');
    expect(english).not.toContain('Passau');
    expect(english).toContain('Central Bank Holds Rates');
    // An empty choice is every language: the same view as no choice at all.
    expect(empty).toBe(all);
    // What the English-only chat remembers as sent is only what it got: the German event may come if it changes its mind.
    expect(Object.keys(batch.results[1]!.remember)).toHaveLength(1);
    expect(Object.keys(batch.results[0]!.remember)).toHaveLength(2);
  });

  it('when a subscribed chat reads only English then its /digest preview leaves the German story out too', async () => {
    await app.subscriptions.put(sub(6, { languages: ['en'] }));
    const preview = (await app.digests.preview(6, TEST_NOW)).messages.join('\n');
    expect(preview).toContain('Central Bank Holds Rates');
    expect(preview).not.toContain('Passau');
  });

  it('when a chat reads only Polish then nothing in this window is for it', async () => {
    const batch = await app.digests.forDue([{ subscription: sub(4, { languages: ['pl'] }), day: '2026-11-27' }], TEST_NOW);
    expect(batch.results[0]!.messages).toEqual([]);
  });
});

describe('stored briefings and the languages field', () => {
  const stored = {
    since: '2026-11-26T00:00:00.000Z', until: '2026-11-27T00:00:00.000Z', disclaimers: [],
    events: [{ id: 'ev_1', title: 'Rates held', summary: ['Rates held.'], articleIds: ['a1'], sources: [], importance: 1 }],
  };

  it('when a briefing was archived before events had languages then it still reads, without them', () => {
    expect(parseBriefing(stored)?.events[0]).not.toHaveProperty('languages');
  });

  it('when an event has languages then they are read back, and a wrong shape is refused', () => {
    const withLanguages = { ...stored, events: [{ ...stored.events[0], languages: ['de', 'en'] }] };
    expect(parseBriefing(withLanguages)?.events[0]?.languages).toEqual(['de', 'en']);
    expect(parseBriefing({ ...stored, events: [{ ...stored.events[0], languages: 'de' }] })).toBeUndefined();
  });
});
