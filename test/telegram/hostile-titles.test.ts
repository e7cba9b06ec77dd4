// The reproductions, end to end through the Bot API stand-in: an article whose title (and
// lead) is one unbroken run past Telegram's limit must not break /latest or a due digest. Titles are
// capped when records are parsed; the lead is not, and the digest cuts it to its bounded event block (the
// phone layout, render-event.ts), between code points, so every message is one Telegram accepts.
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { createHarness, type Harness } from '../support/bot-harness.js';
import { createDigestRig, type DigestRig } from '../support/digest-rig.js';
import { htmlToPlain } from '../support/fake-telegram-html.js';
import { seedText } from '../support/articles.js';
import { createTestApp } from '../support/test-app.js';

const TITLES: [string, string][] = [['"x" × 4100', 'x'.repeat(4100)], ['"a&b" × 1400', 'a&b'.repeat(1400)], ['"y𝕏" × 1400', 'y𝕏'.repeat(1400)]];

/** The article as a JSON file for ingest, the run in its title and its lead paragraph. */
const asJson = (run: string) =>
  JSON.stringify({ title: run, text: [`(${run}) was reported on Monday by the wire.`, 'Officials confirmed the report later that day.'], source: { name: 'Wire' }, publishedAt: '2026-03-09T12:00:00Z', language: 'en' });

const joinedPlain = (texts: readonly string[]) => texts.map((t) => htmlToPlain(t)).join('');

describe('hostile titles: /latest', () => {
  let app: App;
  let bot: Harness;
  afterEach(async () => {
    await bot.close();
    await app.close();
  });

  it.each(TITLES)('when a stored title is %s then /latest answers in valid messages that carry the whole title', async (_, title) => {
    app = await createTestApp();
    await app.ingestor.ingest([{ name: 'long.json', bytes: new TextEncoder().encode(asJson(title)) }]);
    bot = await createHarness(app);
    const texts = await bot.say('/latest'); // throws if Telegram (the stand-in) refused any message
    expect(bot.telegram.calls.every((c) => c.accepted)).toBe(true);
    // The title as stored: the whole run, or its capped start.
    const stored = (await app.articles.latest(1))[0]!.title.replace(/…$/, '');
    expect(title.startsWith(stored)).toBe(true);
    expect(joinedPlain(texts)).toContain(stored);
  });
});

describe('hostile titles: the due digest', () => {
  const rigs: DigestRig[] = [];
  afterEach(async () => {
    for (const rig of rigs.splice(0)) await rig.close();
  });

  it.each(TITLES)('when a title is %s then the digest carries the run cut to its event block, every message accepted, no alert', async (_, title) => {
    const rig = await createDigestRig('2026-03-10T01:00:00Z');
    rigs.push(rig);
    await rig.ingest('seed.txt', seedText());
    await rig.ingest('long.json', asJson(title));
    await rig.subscribe(61, { createdAt: '2026-03-10T00:00:00.000Z' });
    rig.time.set('2026-03-10T05:00:00Z');
    const report = await rig.tick();
    expect(report.sent).toMatchObject({ delivered: 1, asPlainText: 0 });
    expect(rig.alerts).toEqual([]);
    expect(rig.tg.calls.filter((c) => c.method === 'sendMessage').every((c) => c.accepted)).toBe(true);
    const messages = rig.tg.messagesTo(61);
    expect(messages.every((m) => m.parseMode === 'HTML')).toBe(true);
    const plain = joinedPlain(messages.map((m) => m.text));
    // The lead "(run) was reported…" shows the run's first 250 characters, then an ellipsis; no half surrogate pair.
    expect(plain).toContain(`(${title.slice(0, 250)}`);
    expect(plain).not.toContain(title.slice(0, 400));
    expect(plain).toMatch(new RegExp(`\\(${title.slice(0, 3)}[^\\n]*…\\n`, 'u'));
    expect(plain).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(await rig.app.ledger.get(61, '2026-03-10')).toMatchObject({ status: 'sent', messageCount: messages.length });
  });
});
