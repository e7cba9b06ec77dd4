import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { createHarness, type Harness, USER } from '../support/bot-harness.js';
import { createTestApp, input } from '../support/test-app.js';
import { followUpText, seedText, trickyTitleText, unrelatedText } from '../support/articles.js';

let app: App;
let bot: Harness;
beforeEach(async () => {
  app = await createTestApp();
  await app.ingestor.ingest([input('seed', seedText()), input('follow', followUpText), input('ecb', unrelatedText), input('tags', trickyTitleText)]);
  bot = await createHarness(app);
});
afterEach(async () => {
  await bot.close();
  await app.close();
});

describe('/start and /help', () => {
  it('should introduce the bot and list every registered command', async () => {
    expect((await bot.say('/start')).join('\n')).toContain('/who Lukashenko');
    const help = (await bot.say('/help')).join('\n');
    for (const name of ['start', 'help', 'latest', 'who', 'digest', 'subscribe', 'unsubscribe']) expect(help).toContain(`/${name}`);
  });
});

describe('/latest', () => {
  it('should list the newest stories with source and date, titles escaped', async () => {
    const [reply] = await bot.say('/latest');
    expect(reply).toContain('Latest 4 stories');
    expect(reply).toContain('Tags &lt;b&gt;bold&lt;/b&gt; &amp; Co. Report Record Profits');
    expect(reply).not.toContain('<b>bold</b>');
    // Each story: its bold headline, then its own italic source line (outlet · day), no inline URLs.
    expect(reply).toContain('<b>Belarus Frees 52 Political Prisoners');
    expect(reply).toMatch(/<\/b>\n<i>AP News · 12 Sep 2025<\/i>/);
    expect(reply).not.toMatch(/https?:\/\/|· read/);
    // Newest publication first: the Reuters follow-up (13 Sep) before the seed (12 Sep).
    expect(reply!.indexOf('Minsk Opens Talks')).toBeLessThan(reply!.indexOf('Belarus Frees 52'));
  });

  it('when n is given then that many are listed, and a bad n gets usage', async () => {
    expect((await bot.say('/latest 2'))[0]).toContain('Latest 2 stories');
    expect((await bot.say('/latest lots'))[0]).toMatch(/^Usage: \/latest/);
    expect((await bot.say('/latest 0'))[0]).toMatch(/^Usage: \/latest/);
  });
});

describe('/who', () => {
  it('should say who Lukashenko is: name, roles with outlet and date, facts, count, company', async () => {
    const [reply] = await bot.say('/who Lukashenko');
    expect(reply).toContain('<b>Alexander Lukashenko</b>');
    expect(reply).toContain('• President <i>· AP News · 12 Sep 2025</i>');
    expect(reply).toContain('Mentioned in 2 articles');
    expect(reply).toMatch(/Appears with: .*Nauseda|Appears with: .*Nausėda/);
    // A fact as text, its outlet and day on the italic line under it.
    expect(reply).toMatch(/\n[^\n<]*Lukashenka[^\n<]*\n<i>Reuters · 13 Sep 2025<\/i>/);
  });

  it('when the name is spelled another way, in lower case, or with a typo then it still finds him', async () => {
    for (const query of ['lukashenka', 'Aleksandr Lukashenka', 'Lukashenkp', 'ALEXANDER LUKASHENKO']) {
      expect((await bot.say(`/who ${query}`))[0], query).toContain('<b>Alexander Lukashenko</b>');
    }
  });

  it('when no name is given then it shows usage, and an unknown name is reported with suggestions', async () => {
    expect((await bot.say('/who'))[0]).toMatch(/^Usage: \/who/);
    const [unknown] = await bot.say('/who Zzyzx Qwerty');
    expect(unknown).toContain("I don't know anyone called <b>Zzyzx Qwerty</b>");
    const [close] = await bot.say('/who Nausedx');
    expect(close).toMatch(/Gitanas Naus(e|ė)da/);
  });

  it('when the query contains HTML then it is escaped in the reply', async () => {
    const [reply] = await bot.say('/who <i>nobody</i> & co');
    expect(reply).toContain('&lt;i&gt;nobody&lt;/i&gt; &amp; co');
  });
});

describe('/digest', () => {
  it("should send today's briefing with source lines and the disclaimer last", async () => {
    const replies = await bot.say('/digest');
    const text = replies.join('\n');
    expect(text).toContain('Belarus');
    // Each story's compact source line (italic outlet names, separated by " · ") right before its detail quote.
    const stories = text.match(/^<b>(?!News digest)[^\n]+<\/b>$/gmu) ?? [];
    const sourceLines = text.match(/^<i>[^\n]+<\/i>\n<blockquote expandable>/gmu) ?? [];
    expect(stories.length).toBeGreaterThan(1);
    expect(sourceLines).toHaveLength(stories.length);
    expect(text).toContain('<i>Reuters</i>');
    expect(text).toContain('Disclaimer: This content is aggregated');
    expect(replies.at(-1)).toMatch(/verify/i);
    for (const reply of replies) expect(reply.length).toBeLessThanOrEqual(4096);
  });
});

describe('/subscribe and /unsubscribe', () => {
  it('should store the subscription with defaults, then with a given time and zone', async () => {
    expect((await bot.say('/subscribe'))[0]).toContain('08:00');
    expect(await app.subscriptions.get(USER.id)).toMatchObject({ time: '08:00', timeZone: 'UTC', status: 'active' });
    const [confirmation] = await bot.say('/subscribe 7:30 europe/minsk');
    expect(confirmation).toContain('07:30');
    // TEST_NOW is 09:00 UTC = 12:00 in Minsk: the next 07:30 there is 04:30 UTC tomorrow, 19 h 30 min away.
    expect(confirmation).toContain('The next one is due in 19 h 30 min.');
    expect(await app.subscriptions.get(USER.id)).toMatchObject({ time: '07:30', timeZone: 'Europe/Minsk', status: 'active' });
  });

  it('when the time or zone is invalid then it says so and changes nothing', async () => {
    expect((await bot.say('/subscribe 25:00'))[0]).toContain('25:00 is not a time of day');
    expect((await bot.say('/subscribe 07:00 Mars/Olympus'))[0]).toContain('Mars/Olympus');
    expect(await app.subscriptions.get(USER.id)).toBeUndefined();
  });

  it('should pause on /unsubscribe and keep the settings for the next /subscribe', async () => {
    await bot.say('/subscribe 06:15 Asia/Tokyo');
    expect((await bot.say('/unsubscribe'))[0]).toContain('Unsubscribed');
    expect(await app.subscriptions.get(USER.id)).toMatchObject({ status: 'unsubscribed', time: '06:15' });
    expect((await bot.say('/unsubscribe'))[0]).toContain('Not subscribed');
    await bot.say('/subscribe');
    expect(await app.subscriptions.get(USER.id)).toMatchObject({ status: 'active', time: '06:15', timeZone: 'Asia/Tokyo' });
  });
});

describe('everything else', () => {
  it('when a private chat sends plain text or an unknown command then it gets a hint toward /help', async () => {
    expect((await bot.say('hello'))[0]).toContain('/help');
    expect((await bot.say('/frobnicate'))[0]).toContain("I don't know that command");
  });

  it('when a group chats without commands then the bot stays silent', async () => {
    expect(await bot.say('hello all', { id: -100, type: 'group', title: 'Friends' })).toEqual([]);
  });
});
