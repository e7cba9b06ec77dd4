// Store conformance, end to end: the real bot over the real app on sqlite, Redis and PostgreSQL, fed the same
// files, answers the same conversation with the same messages (/latest, /who in every spelling, /search,
// subscribing and settings, languages, /digest, /sources), and those answers survive a restart of the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { testBackends, type TestBackend } from '../support/backends.js';
import { createHarness } from '../support/bot-harness.js';
import { corpusBatches } from '../support/conformance-corpus.js';
import { answerBook } from '../support/conformance-rig.js';
import { createTestApp } from '../support/test-app.js';

const backends = testBackends();
const book = answerBook<unknown>();

const CONVERSATION = [
  '/latest', '/latest 20', '/who Lukashenko', '/who Лукашэнка', '/who Aliaksandr Lukashenka', '/who Gitanas', '/who Kolesnikva', '/who Zebulon Quartermaine',
  '/search strike', '/search Лукашенко', '/subscribe', '/settings', '/digest', '/sources', '/language ru', '/latest 3', '/who Путин',
];
const AFTER_RESTART = ['/latest 20', '/who Nauseda', '/settings', '/digest'];

const openOn = (backend: TestBackend) => createTestApp({ storeUrl: backend.url, env: { STORE_NAMESPACE: backend.namespace } });

async function converse(app: App, lines: readonly string[]): Promise<string[][]> {
  const harness = await createHarness(app);
  try {
    const replies: string[][] = [];
    for (const line of lines) replies.push(await harness.say(line));
    return replies;
  } finally {
    await harness.close();
  }
}

for (const backend of backends) {
  describe(`store conformance on ${backend.name}: the bot's answers`, () => {
    let replies: string[][];
    let restarted: string[][];
    beforeAll(async () => {
      const app = await openOn(backend);
      for (const batch of corpusBatches()) await app.ingestor.ingest(batch);
      replies = await converse(app, CONVERSATION);
      await app.close();
      const again = await openOn(backend);
      restarted = await converse(again, AFTER_RESTART);
      await again.close();
      book.put(backend, { replies, restarted });
    }, 20_000);
    afterAll(() => backend.cleanup());

    const reply = (line: string) => replies[CONVERSATION.indexOf(line)]!.join('\n');
    const titles = (html: string) => [...html.matchAll(/<b>([^<]+)<\/b>/g)].slice(1).map((m) => m[1]);

    it('answers every command of the conversation, once', () => {
      CONVERSATION.forEach((line, i) => {
        if (line === '/digest') expect(replies[i]!.length, line).toBeGreaterThan(0);
        else expect(replies[i]!.length, line).toBe(1);
      });
    });

    it('lists /latest newest first, each wire story once with the outlets that carried it', () => {
      const latest = reply('/latest');
      expect(latest).toMatch(/^<b>Latest 5 stories<\/b>/);
      expect(titles(latest).slice(0, 2)).toEqual(['Calderon court orders talks as port reopens', 'Calderon dock workers strike as crane talks collapse']);
      expect(latest).toContain('also: <a href="https://plains-courier.example/2026/11/27/grain-ships-stuck-port-strike">Northern Plains Courier</a>, <a href="https://mirror.example/a">Wire Mirror</a>');
      expect(titles(reply('/latest 20')).slice(0, 5)).toEqual(titles(latest));
      expect(reply('/latest 20')).not.toContain('Village library');
    });

    it('answers /who alike for every spelling, with typos and first names handled', () => {
      expect(reply('/who Лукашэнка')).toBe(reply('/who Lukashenko'));
      expect(reply('/who Aliaksandr Lukashenka')).toBe(reply('/who Lukashenko'));
      expect(reply('/who Lukashenko')).toContain('Mentioned in 28 articles.');
      expect(reply('/who Gitanas')).toContain('Did you mean: Gitanas Nausėda?');
      expect(reply('/who Kolesnikva')).toMatch(/^<b>Maria Kolesnikova<\/b>/);
      expect(reply('/who Zebulon Quartermaine')).toBe("I don't know anyone called <b>Zebulon Quartermaine</b> in the stored articles.");
    });

    it('searches, subscribes, shows settings and a digest, and keeps the chat language', () => {
      expect(reply('/search strike')).toContain('Calderon dock workers strike');
      expect(reply('/search Лукашенко')).toContain('Лукашенко провёл совещание');
      expect(reply('/subscribe')).toMatch(/^Subscribed: the digest comes every day/);
      expect(reply('/settings')).toContain('Status: <b>active</b>');
      expect(reply('/digest')).toMatch(/^<b>News digest<\/b>/);
      expect(reply('/latest 3')).toMatch(/^<b>Свежие новости: 3<\/b>/);
    });

    it('after a restart of the app the same store gives the same stories, people, settings and language', () => {
      const [latest, who, settings] = restarted;
      expect(titles(latest!.join('\n'))).toEqual(titles(reply('/latest 20')));
      expect(who!.join('\n')).toContain('Gitanas Nausėda');
      expect(settings!.join('\n')).toContain('Статус: <b>активен</b>');
    });
  });
}

describe("store conformance: the bot's answers", () => {
  it(`are the same on ${backends.map((b) => b.name).join(', ')} as on sqlite`, () => {
    book.expectSameAsSqlite(backends);
  });
});
