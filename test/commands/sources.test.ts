// /sources through the real bot on the Bot API stand-in, with feeds and pages served on 127.0.0.1
// (CHAT_FETCH_ALLOW_PRIVATE=1 through the app's config: chats' adds go through the chats' fetcher): list, add
// (feeds, autodiscovery, refusals), remove by number, the operator's pool for chats without their own, and who
// may change what in groups and channels. FETCH_PAGES=0: the items link to news.example.org, and a page fetch
// would look that name up (robots.txt); tests stay offline.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { appPoller } from '../../src/app-poller.js';
import { newSource } from '../../src/sources/source.js';
import { MAX_CHAT_SOURCES } from '../../commands/sources/views.js';
import { USER } from '../support/bot-harness.js';
import { createRig, type Rig } from '../support/bot-rig.js';
import type { ChatRef, FakeChat, UserRef } from '../support/fake-telegram.js';
import { feedTitle, startFeedServer, type FeedServer } from '../support/source-feeds.js';
import { createTestApp, TEST_NOW } from '../support/test-app.js';

const GROUP: FakeChat = { id: -4001, type: 'group', title: 'Family news' };
const CHANNEL: FakeChat = { id: -1005550002222, type: 'channel', title: 'Daily News', username: 'dailynews' };
const MEMBER: UserRef = { id: 777, first_name: 'Eve' };

let web: FeedServer;
beforeAll(async () => { web = await startFeedServer(); });
afterAll(async () => { await web.close(); });

let app: App;
let rig: Rig;
beforeEach(async () => {
  web.down = false;
  // Only the chats' switch: adds and the poller reach the local server through the chats' fetcher alone.
  app = await createTestApp({ env: { CHAT_FETCH_ALLOW_PRIVATE: '1', FETCH_PAGES: '0' } });
  rig = await createRig(app);
  rig.telegram.setChat(GROUP);
  rig.telegram.setChat(CHANNEL);
  rig.telegram.setMember(GROUP.id, USER.id, 'administrator');
  rig.telegram.setMember(GROUP.id, MEMBER.id, 'member');
  rig.telegram.setMember(CHANNEL.id, rig.telegram.bot.id, 'administrator');
  rig.telegram.setMember(CHANNEL.id, USER.id, 'administrator');
  rig.telegram.setMember(CHANNEL.id, MEMBER.id, 'member');
});
afterEach(async () => {
  await rig.close();
  await app.close();
});

const say = async (text: string, o: { chat?: ChatRef; from?: UserRef; senderChat?: ChatRef } = {}) => {
  const calls = await rig.send(rig.telegram.message({ text, from: o.from ?? USER, ...(o.chat === undefined ? {} : { chat: o.chat }), ...(o.senderChat === undefined ? {} : { senderChat: o.senderChat }) }));
  // A reply Telegram would refuse (bad HTML, too long) fails the test; a getChat "not found" is an answer.
  const rejected = calls.filter((c) => c.method === 'sendMessage' && !c.accepted);
  if (rejected.length) throw new Error(`Telegram rejected ${rejected[0]?.method}: ${rejected[0]?.error}`);
  return rig.texts(calls);
};
const one = async (text: string, o: Parameters<typeof say>[1] = {}) => {
  const replies = await say(text, o);
  expect(replies, text).toHaveLength(1);
  return replies[0]!;
};
const own = (chatId: number) => app.sources.list({ chatId });
async function seedPool(n: number) {
  for (let i = 1; i <= n; i++) await app.sources.add(newSource({ url: `https://pool${i}.example.org/rss`, feedUrl: `https://pool${i}.example.org/rss`, kind: 'feed', title: `Pool feed ${i}` }, TEST_NOW));
}

describe('/sources in a private chat', () => {
  it('when the chat has none of its own then it names the operator’s pool (ten titles, then how many more) and how to add one', async () => {
    expect(await one('/sources')).toMatch(/^This chat has no sources of its own, so its digest draws on the operator’s pool, which has no feeds yet/);
    await seedPool(12);
    const reply = await one('/sources');
    expect(reply).toContain('the operator’s pool of 12 sources');
    expect(reply).toContain('Pool feed 1, Pool feed 2');
    expect(reply).toContain('Pool feed 10 and 2 more.');
    expect(reply).not.toContain('Pool feed 11');
    expect(reply).toContain('/sources add &lt;url&gt;');
  });

  it('when a feed is added, listed and removed then the store follows, and the replies say when the pool stops and starts applying', async () => {
    await seedPool(3);
    const added = await say(`/sources add ${web.feed(1)}`);
    expect(added).toEqual([expect.stringContaining(`Added source 1 of this chat: <a href="${web.feed(1)}">District Herald 1</a>. The feed has 3 items now`)]);
    expect(added[0]).toContain('now draws only on its own sources, no longer on the operator’s pool');
    expect(await own(USER.id)).toEqual([expect.objectContaining({ url: web.feed(1), feedUrl: web.feed(1), title: 'District Herald 1', chatId: USER.id, addedBy: USER.id })]);

    expect(await one(`/sources add ${web.feed(2)}`)).toMatch(/^Added source 2 of this chat: .*District Herald 2/);
    expect(await one(`/sources add ${web.feed(2)}`)).toBe(`<a href="${web.feed(2)}">District Herald 2</a> is already source 2 of this chat.`);
    const list = await one('/sources');
    expect(list).toContain('<b>This chat’s sources</b> (2 of at most 20)');
    expect(list).toContain(`1. <a href="${web.feed(1)}">District Herald 1</a> — not fetched yet\n2. <a href="${web.feed(2)}">District Herald 2</a> — not fetched yet`);
    expect(list).not.toContain('Pool feed');

    expect(await one('/sources remove 1')).toBe(`Removed source 1: <a href="${web.feed(1)}">District Herald 1</a>.\nThe ones after it moved up one number; /sources shows the list.`);
    expect(await one('/sources remove 1')).toBe(
      `Removed source 1: <a href="${web.feed(2)}">District Herald 2</a>.\nThis chat has no sources of its own now, so its digest draws on the operator’s pool again (3 sources).`,
    );
    expect(await own(USER.id)).toEqual([]);
    expect(await app.sources.list({ chatId: 'pool' })).toHaveLength(3);
  });

  it('when a URL is being checked then the chat sees "typing"', async () => {
    const calls = await rig.send(rig.telegram.message({ text: `/sources add ${web.feed(1)}`, from: USER }));
    const methods = calls.map((c) => c.method);
    expect(methods.indexOf('sendChatAction')).toBeGreaterThanOrEqual(0);
    expect(methods.indexOf('sendChatAction')).toBeLessThan(methods.indexOf('sendMessage'));
    expect(calls.find((c) => c.method === 'sendChatAction')?.payload).toMatchObject({ chat_id: USER.id, action: 'typing' });
  });

  it('when a page linking a feed is added then the feed is found and kept with the page as its URL', async () => {
    expect(await one(`/sources add ${web.base}/page`)).toContain(`<a href="${web.base}/page">District Herald 1</a> (its feed: ${web.feed(1)})`);
    expect(await own(USER.id)).toEqual([expect.objectContaining({ url: `${web.base}/page`, feedUrl: web.feed(1) })]);
    expect(await one(`/sources add ${web.feed(1)}`)).toContain('is already source 1 of this chat');
  });

  it('when a page links no feed then it says so and nothing is stored', async () => {
    expect(await one(`/sources add ${web.base}/plain`)).toBe(`Not added: no feed found at ${web.base}/plain: the page links no RSS, Atom or JSON feed; give the feed's own URL.`);
    expect(await one(`/sources add ${web.base}/missing`)).toMatch(/^Not added: .*404/);
    expect(await own(USER.id)).toEqual([]);
  });

  it('when a feed’s title has &, < and > then the replies show them escaped', async () => {
    expect(feedTitle(7)).toBe('Q&A: 1 < 2 > 0');
    expect(await one(`/sources add ${web.feed(7)}`)).toContain('>Q&amp;A: 1 &lt; 2 &gt; 0</a>');
    expect(await one('/sources')).toContain('>Q&amp;A: 1 &lt; 2 &gt; 0</a> — not fetched yet');
  });

  it('when a source fails then the list shows "failing ×N" with the last error, and "ok" once it is fetched again', async () => {
    await say(`/sources add ${web.feed(1)}`);
    const poller = appPoller(app);
    web.down = true;
    for (let i = 0; i < 2; i++) await poller.pollOne((await own(USER.id))[0]!);
    const failing = await one('/sources');
    expect(failing).toMatch(/1\. <a [^>]+>District Herald 1<\/a> — failing ×2: .*503.*$/m);
    expect(failing.split('\n').filter((l) => l.startsWith('1. '))).toHaveLength(1);
    web.down = false;
    await poller.pollOne((await own(USER.id))[0]!);
    expect(await one('/sources')).toContain('District Herald 1</a> — ok');
  });

  it(`when the chat has ${MAX_CHAT_SOURCES} sources then another is refused before any fetch`, async () => {
    for (let i = 1; i <= MAX_CHAT_SOURCES; i++) expect(await one(`/sources add ${web.feed(i)}`)).toContain(`Added source ${i} `);
    const fetched = web.requests.length;
    expect(await one(`/sources add ${web.feed(99)}`)).toBe(`This chat already has 20 sources, the most a chat can have (20). Remove one first: /sources remove &lt;n&gt;.`);
    expect(web.requests.length).toBe(fetched);
    expect(await own(USER.id)).toHaveLength(MAX_CHAT_SOURCES);
  });

  it('when the arguments are wrong then a one-line usage comes back and nothing changes', async () => {
    await say(`/sources add ${web.feed(1)}`);
    for (const text of ['/sources add', '/sources remove', '/sources remove 0', '/sources remove two', '/sources remove 1 2', '/sources frobnicate', `/sources add ${web.feed(2)} extra`, '/sources @x add']) {
      const reply = await one(text);
      expect(reply, text).toMatch(/^Usage: \/sources/);
      expect(reply.split('\n'), text).toHaveLength(1);
    }
    expect(await one('/sources add ftp://example.org/feed')).toBe('Usage: /sources add &lt;url&gt;: give a full http:// or https:// address, e.g. https://example.org/feed.xml.');
    expect(await one('/sources add example.org/feed')).toMatch(/^Usage: \/sources add &lt;url&gt;: give a full http/);
    expect(await one('/sources remove 5')).toBe('There is no source 5: this chat has 1 (1 to 1). /sources lists them.');
    expect(await own(USER.id)).toHaveLength(1);
  });
});

describe('/sources add with private addresses refused (CHAT_FETCH_ALLOW_PRIVATE off)', () => {
  it('when a loopback or metadata address is given then the chat fetcher’s one-line refusal says what a user can do, and nothing is fetched or stored', async () => {
    const strict = await createTestApp();
    const strictRig = await createRig(strict);
    try {
      const before = web.requests.length;
      for (const url of ['http://127.0.0.1/feed/1.xml', 'http://[::ffff:127.0.0.1]/feed.xml', 'http://169.254.169.254/latest/meta-data/', web.feed(1)]) {
        const [reply, ...rest] = strictRig.texts(await strictRig.send(strictRig.telegram.message({ text: `/sources add ${url}`, from: USER })));
        expect(rest, url).toEqual([]);
        expect(reply, url).toMatch(/^Not added: .*(refused|not allowed)/);
        expect(reply, url).toContain('this bot only fetches public web addresses on ports 80 and 443; give the feed’s public URL');
        expect(reply, url).not.toContain('FETCH_ALLOW_PRIVATE');
        expect(reply!.split('\n'), url).toHaveLength(1);
      }
      expect(web.requests.length).toBe(before);
      expect(await strict.sources.list()).toEqual([]);
    } finally {
      await strictRig.close();
      await strict.close();
    }
  });
});

describe('/sources add with chat sources turned off (CHAT_SOURCES=0)', () => {
  it('when the operator turned chat sources off then an add is refused in one line, nothing is fetched or stored, and listing still shows the pool', async () => {
    const off = await createTestApp({ env: { CHAT_FETCH_ALLOW_PRIVATE: '1', CHAT_SOURCES: '0', FETCH_PAGES: '0' } });
    const offRig = await createRig(off);
    try {
      const before = web.requests.length;
      const [reply, ...rest] = offRig.texts(await offRig.send(offRig.telegram.message({ text: `/sources add ${web.feed(1)}`, from: USER })));
      expect(rest).toEqual([]);
      expect(reply).toBe('This bot’s operator has turned off chat sources, so this chat’s digest draws on the operator’s pool (/sources lists it).');
      expect(web.requests.length).toBe(before);
      expect(await off.sources.list()).toEqual([]);
      const [list] = offRig.texts(await offRig.send(offRig.telegram.message({ text: '/sources', from: USER })));
      expect(list).toMatch(/pool/);
      expect(list).not.toMatch(/add <url>/);
      // A chat that added sources before the switch keeps them, and is told so.
      await off.sources.add(newSource({ url: web.feed(2), feedUrl: web.feed(2), kind: 'feed', chatId: USER.id }, new Date()));
      const [kept] = offRig.texts(await offRig.send(offRig.telegram.message({ text: `/sources add ${web.feed(1)}`, from: USER })));
      expect(kept).toBe('This bot’s operator has turned off adding chat sources; this chat keeps its 1 (/sources lists them).');
    } finally {
      await offRig.close();
      await off.close();
    }
  });
});

describe('/sources in a group', () => {
  it('when a member who is not an admin tries to change them then it is refused, though they may look', async () => {
    const before = web.requests.length;
    expect(await one(`/sources add ${web.feed(1)}`, { chat: GROUP, from: MEMBER })).toBe('Only the chat’s admins can change its sources.');
    expect(web.requests.length).toBe(before);
    expect(await own(GROUP.id)).toEqual([]);
    expect(await one('/sources', { chat: GROUP, from: MEMBER })).toMatch(/^This chat has no sources of its own/);
  });

  it('when an admin adds one then it is the group’s own, and a member can neither remove it nor affect the private chat', async () => {
    expect(await one(`/sources add ${web.feed(3)}`, { chat: GROUP })).toMatch(/^Added source 1 of this chat: .*District Herald 3/);
    expect(await own(GROUP.id)).toEqual([expect.objectContaining({ chatId: GROUP.id, addedBy: USER.id })]);
    expect(await own(USER.id)).toEqual([]);
    expect(await one('/sources remove 1', { chat: GROUP, from: MEMBER })).toBe('Only the chat’s admins can change its sources.');
    expect(await one('/sources', { chat: GROUP, from: MEMBER })).toContain('1. <a href');
    expect(await one('/sources remove 1', { chat: GROUP })).toMatch(/^Removed source 1/);
    expect(await own(GROUP.id)).toEqual([]);
  });

  it('when an anonymous admin adds one then it is accepted, with no adder to alert', async () => {
    expect(await one(`/sources add ${web.feed(4)}`, { chat: GROUP, senderChat: GROUP })).toMatch(/^Added source 1/);
    const [source] = await own(GROUP.id);
    expect(source?.addedBy).toBeUndefined();
  });

  it('when a channel is named in a group then it points to the private chat', async () => {
    expect(await one('/sources @dailynews', { chat: GROUP })).toBe('To manage a channel’s sources, send /sources @channel to me in a private chat.');
  });
});

describe('/sources @channel from a private chat', () => {
  it('when an admin of the channel manages it then the sources are the channel’s own', async () => {
    expect(await one('/sources @dailynews')).toMatch(/^@dailynews has no sources of its own, so its digest draws on the operator’s pool/);
    expect(await one(`/sources @dailynews add ${web.feed(5)}`)).toMatch(/^Added source 1 of @dailynews: .*District Herald 5.*\n@dailynews’s digest now draws only on its own sources.*\/sources @dailynews remove 1/);
    expect(await own(CHANNEL.id)).toEqual([expect.objectContaining({ chatId: CHANNEL.id, addedBy: USER.id })]);
    expect(await own(USER.id)).toEqual([]);
    const list = await one('/sources @dailynews');
    expect(list).toContain('<b>@dailynews’s sources</b> (1 of at most 20)');
    expect(list).toContain('/sources @dailynews add &lt;url&gt;');
    expect(await one(`/sources ${CHANNEL.id} remove 1`)).toMatch(/^Removed source 1: .*District Herald 5.*\n@dailynews has no sources of its own now/);
  });

  it('when a member who is not an admin of the channel names it then every action is refused, looking too', async () => {
    await say(`/sources @dailynews add ${web.feed(5)}`);
    for (const text of ['/sources @dailynews', `/sources @dailynews add ${web.feed(6)}`, '/sources @dailynews remove 1']) {
      expect(await one(text, { from: MEMBER }), text).toBe('Only admins of @dailynews can manage its sources, and you are not one there.');
    }
    expect(await own(CHANNEL.id)).toHaveLength(1);
  });

  it('when the channel is unknown, not a channel, or the command is posted in the channel then it says what to do', async () => {
    expect(await one('/sources @nosuchchannel')).toBe('I can’t find @nosuchchannel. Check the name, add me to the channel as an admin, and try again.');
    rig.telegram.setChat({ id: -1005550003333, type: 'supergroup', title: 'Chat', username: 'somegroup' });
    expect(await one('/sources @somegroup add https://example.org/feed')).toBe('@somegroup is not a channel. For a group, send /sources in the group itself.');
    const post = rig.texts(await rig.send(rig.telegram.channelPost({ chat: CHANNEL, text: '/sources' })));
    expect(post).toEqual(['To manage a channel’s sources, send /sources @channel to me in a private chat.']);
  });
});

describe('/sources in the registry', () => {
  it('when /help is read then /sources is listed as a command for admins in groups', async () => {
    const help = (await say('/help')).join('\n');
    expect(help).toContain('/sources — The feeds this chat’s digest draws on; /sources add &lt;url&gt;, /sources remove &lt;n&gt; (admins, in groups)');
  });
});
