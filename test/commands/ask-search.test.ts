// /ask, a private chat's plain-text questions and /search, through the real bot and the Bot API stand-in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { createHarness, type Harness } from '../support/bot-harness.js';
import { createTestApp, input } from '../support/test-app.js';
import { followUpText, seedText, unrelatedText } from '../support/articles.js';

const DONT_KNOW = "I don't know from the articles I have.";
/** A chat's own source (anyone may add one): its story must never answer anybody. */
const chatStory = JSON.stringify({
  title: 'Calderon port sold to a secret buyer overnight',
  text: ['An invented account: the port of Calderon was sold overnight to a buyer nobody will name, a chat feed claims without evidence.'],
  source: { name: 'Totally Real News' },
});

let app: App;
let bot: Harness;
beforeEach(async () => {
  app = await createTestApp();
  await app.ingestor.ingest([input('seed', seedText()), input('follow', followUpText), input('ecb', unrelatedText)]);
  const [chat] = await app.ingestor.ingest([{ ...input('chat', chatStory), origin: { sourceId: 'c4c4c4c4c4', chatId: -1005 } }]);
  expect(chat?.status === 'stored' && chat.record.scope).toBe(-1005);
  bot = await createHarness(app);
});
afterEach(async () => {
  await bot.close();
  await app.close();
});

describe('/ask', () => {
  it('should answer from the articles with the sentence that says it, cited with outlet, date and link', async () => {
    const [reply] = await bot.say('/ask Who is the president of the European Central Bank?');
    expect(reply).toContain('ECB President Christine Lagarde told reporters in Frankfurt');
    expect(reply).toMatch(/<i>— dpa, 11 Sep 2025<\/i>/);
    const [prisoners] = await bot.say('/ask How many political prisoners did Belarus free?');
    expect(prisoners).toContain('52');
    expect(prisoners).toMatch(/<i>— (AP News|Reuters), 1[23] Sep 2025<\/i>/);
  });

  it('when an article has a link then the citation links to it', async () => {
    const withLink = JSON.stringify({
      title: 'Harbour ferry returns after winter repairs',
      text: ['The Eastport ferry resumed service on Monday after four months of repairs.', 'Harbour master Lena Moss said the ferry would run every two hours until June.'],
      source: { name: 'Harbour Gazette' },
      url: 'https://gazette.example.com/ferry',
      publishedAt: '2025-05-05T08:00:00Z',
    });
    await app.ingestor.ingest([input('ferry', withLink)]);
    // Asked after the first index build: the index follows articles ingested since.
    const [reply] = await bot.say('/ask Who is the harbour master of Eastport?');
    expect(reply).toContain('Lena Moss');
    expect(reply).toContain('<a href="https://gazette.example.com/ferry">Harbour Gazette</a>, 5 May 2025');
  });

  it("when nothing in the articles supports an answer then it says it doesn't know, and never guesses", async () => {
    expect(await bot.say('/ask Who won the Eurovision Song Contest?')).toEqual([DONT_KNOW]);
    // Near-miss: Russia is named in the articles, but no article says Russia released anyone.
    expect(await bot.say('/ask How many prisoners did Russia release?')).toEqual([DONT_KNOW]);
    // Only a chat's own source tells this story: it is not the pool's, so nobody is answered from it.
    expect(await bot.say('/ask Who bought the port of Calderon?')).toEqual([DONT_KNOW]);
  });

  it('when no question is given then it shows usage, and an overlong one is refused', async () => {
    expect((await bot.say('/ask'))[0]).toMatch(/^Usage: \/ask/);
    expect((await bot.say(`/ask ${'why '.repeat(100)}`))[0]).toMatch(/too long/);
  });
});

describe("a private chat's plain text", () => {
  it('when it reads as a question then it is answered like /ask', async () => {
    const [reply] = await bot.say('Who is the president of the European Central Bank?');
    expect(reply).toContain('Christine Lagarde');
    expect(await bot.say('what about the Eurovision winner')).toEqual([DONT_KNOW]);
  });

  it('when it is one word without a question mark then it gets the hint, and a group hears nothing', async () => {
    const [hint] = await bot.say('hello');
    expect(hint).toMatch(/send \/help/);
    expect(await bot.say('Who is the president of the European Central Bank?', { id: -300, type: 'group' })).toEqual([]);
  });
});

describe('/search', () => {
  it('should list the newest matching stories with title, outlet, date, at most 10', async () => {
    const [reply] = await bot.say('/search Belarus prisoners');
    expect(reply).toContain('Stories matching “Belarus prisoners”');
    expect(reply).toContain('<b>Minsk Opens Talks on Further Releases After Prisoner Deal</b>');
    expect(reply).toMatch(/AP News · 12 Sep 2025/);
    // Newest first: the 13 Sep follow-up before the 12 Sep seed; the ECB story matches no word of both.
    expect(reply!.indexOf('Minsk Opens Talks')).toBeLessThan(reply!.indexOf('Belarus Frees 52'));
    expect(reply).not.toContain('Central Bank');
  });

  it('when a word is misspelled or cut short then it still matches', async () => {
    expect((await bot.say('/search Lagard'))[0]).toContain('Central Bank Holds Rates Steady');
  });

  it('when no words are given then it shows usage, and nothing matching says so, chat sources left out', async () => {
    expect((await bot.say('/search'))[0]).toMatch(/^Usage: \/search/);
    expect((await bot.say('/search Calderon'))[0]).toBe('No stories match “Calderon”.');
    expect((await bot.say('/search <b>zzqx</b>'))[0]).toBe('No stories match “&lt;b&gt;zzqx&lt;/b&gt;”.');
  });
});
