// Trust scopes at ingest: a record belongs to the pool (files, the operator's sources) or to the one chat whose own
// source created it. URL and wire-copy merges stay within a scope, so a chat's source (anyone can add one) can never
// put its text or outlet into a pool record; an exact copy (same content hash) merges across scopes.
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../../briefings/compose.js';
import { sourceSets } from '../../briefings/source-set.js';
import { createIngestor, type IngestInput, type IngestResult } from '../../src/articles/ingest.js';
import { createKeyvArticleStore } from '../../src/store/keyv-article-store.js';
import { createKeyvIngestJournal } from '../../src/store/keyv-ingest-journal.js';
import { createKeyvPeopleIndex } from '../../src/store/keyv-people-index.js';
import { openStore } from '../../src/store/open-store.js';
import { renderLatestText } from '../../src/render/latest.js';
import { TEST_NOW } from '../support/test-app.js';
import { OUTLETS, wireCopyJson, type Outlet } from './ingest-wire-copies.js';

const [GAZETTE, COURIER] = OUTLETS as [Outlet, Outlet];
const POOL = 'a1b2c3d4e5';
const POOL_2 = 'a1b2c3d4e6';
const CHAT = 42;
const CHAT_SRC = 'c4c4c4c4c4';
const CHAT_SRC_2 = 'c4c4c4c4c5';
const OTHER_CHAT = -1007;
const OTHER_SRC = 'd7d7d7d7d7';
const setOf = sourceSets([{ id: POOL }, { id: POOL_2 }, { id: CHAT_SRC, chatId: CHAT }, { id: CHAT_SRC_2, chatId: CHAT }, { id: OTHER_SRC, chatId: OTHER_CHAT }]);

type From = { sourceId: string; chatId?: number } | undefined;
function inputOf(name: string, text: string, origin: From): IngestInput {
  return { name, bytes: new TextEncoder().encode(text), ...(origin ? { origin } : {}) };
}
const pool = (sourceId = POOL): From => ({ sourceId });
const chat = (sourceId = CHAT_SRC, chatId = CHAT): From => ({ sourceId, chatId });

/** A story of its own at `url` (a chat's made-up version of a pool story's link). */
const fakeAt = (url: string) =>
  JSON.stringify({
    title: 'Calderon port sold to a secret buyer overnight',
    text: ['An invented account: the port of Calderon was sold overnight to a buyer nobody will name, a chat feed claims without evidence.'],
    source: { name: 'Totally Real News', url: 'https://totally-real.example/' },
    url,
  });
/** The Gazette's exact text (same headline and body: the same content hash) under another outlet's name and link. */
const mirrorOf = (outlet: Outlet, name: string, link: string) => wireCopyJson(outlet).replace(outlet.name, name).replace(outlet.link, link);

async function rig() {
  const store = await openStore('memory://');
  let now = TEST_NOW;
  const articles = createKeyvArticleStore(store.kv);
  const ingestor = createIngestor({
    articles,
    people: createKeyvPeopleIndex(store.kv),
    journal: createKeyvIngestJournal(store.kv),
    lock: store.writerLock,
    clock: { now: () => now },
    maxBytes: 1_000_000,
  });
  return { articles, ingest: (...inputs: IngestInput[]) => ingestor.ingest(inputs), later: (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000)) };
}
function stored(result: IngestResult | undefined) {
  if (result?.status !== 'stored') throw new Error(`expected stored, got ${result?.status}`);
  return result.record;
}
function duplicate(result: IngestResult | undefined) {
  if (result?.status !== 'duplicate') throw new Error(`expected a duplicate, got ${result?.status}`);
  return result;
}

describe('trust scopes at ingest: URL and wire-copy merges stay within a scope', () => {
  it("when a chat's source stores a fake version at a pool story's link first then the pool's real story is stored as its own record", async () => {
    const { ingest, articles } = await rig();
    const fake = stored((await ingest(inputOf('fake', fakeAt(GAZETTE.link), chat())))[0]);
    expect(fake.scope).toBe(CHAT);
    const real = stored((await ingest(inputOf('real', wireCopyJson(GAZETTE), pool())))[0]);
    expect(real.id).not.toBe(fake.id);
    expect(real).toMatchObject({ title: GAZETTE.headline, source: { name: GAZETTE.name }, fromSources: [POOL] });
    expect(real.scope).toBeUndefined();
    expect(real.alsoIn).toBeUndefined();
    // The chat's record is untouched, and each scope's URL index names its own record.
    expect(await articles.get(fake.id)).toEqual(fake);
    expect(await articles.idsForUrls([GAZETTE.link])).toEqual([real.id]);
    expect(await articles.idsForUrls([GAZETTE.link], CHAT)).toEqual([fake.id]);
  });

  it('when both arrive in one batch, chat copy first, then they are still two records', async () => {
    const { ingest } = await rig();
    const [fake, real] = await ingest(inputOf('fake', fakeAt(GAZETTE.link), chat()), inputOf('real', wireCopyJson(GAZETTE), pool()));
    expect(stored(real).title).toBe(GAZETTE.headline);
    expect(stored(fake).title).toMatch(/secret buyer/);
    expect(stored(real).alsoIn).toBeUndefined();
  });

  it("when a chat's source carries a wire copy first then the pool's wire copy is not merged into it, nor the reverse", async () => {
    const { ingest } = await rig();
    const chatCopy = stored((await ingest(inputOf('courier via chat', wireCopyJson(COURIER), chat())))[0]);
    const poolCopy = stored((await ingest(inputOf('gazette via pool', wireCopyJson(GAZETTE), pool())))[0]);
    expect(poolCopy.id).not.toBe(chatCopy.id);
    expect(poolCopy.alsoIn).toBeUndefined();
    // A third outlet's copy from the pool merges into the pool's record (same scope), a chat's into the chat's.
    const viaPool = duplicate((await ingest(inputOf('mirror', wireCopyJson({ ...COURIER, name: 'Pool Mirror', link: 'https://pool-mirror.example/strike', headline: 'Port strike halts grain' }), pool(POOL_2))))[0]);
    expect(viaPool).toMatchObject({ id: poolCopy.id, duplicateOf: 'near' });
    const viaChat = duplicate((await ingest(inputOf('gazette via chat', wireCopyJson(GAZETTE, { url: 'https://gazette-mirror.example/s' }).replace(GAZETTE.headline, 'Strike at Calderon docks'), chat(CHAT_SRC_2))))[0]);
    expect(viaChat).toMatchObject({ id: chatCopy.id, duplicateOf: 'near' });
  });

  it("when the pool stored the story first then a chat's copy at its link is the chat's own record", async () => {
    const { ingest } = await rig();
    const real = stored((await ingest(inputOf('real', wireCopyJson(GAZETTE), pool())))[0]);
    const chatCopy = stored((await ingest(inputOf('chat', wireCopyJson(COURIER, { url: GAZETTE.link }), chat())))[0]);
    expect(chatCopy).toMatchObject({ scope: CHAT, fromSources: [CHAT_SRC], source: { name: COURIER.name } });
    expect(chatCopy.id).not.toBe(real.id);
  });

  it('when two chats carry the same wire story then each has its own record', async () => {
    const { ingest } = await rig();
    const mine = stored((await ingest(inputOf('mine', wireCopyJson(GAZETTE), chat())))[0]);
    const theirs = stored((await ingest(inputOf('theirs', wireCopyJson(COURIER), chat(OTHER_SRC, OTHER_CHAT))))[0]);
    expect(theirs.id).not.toBe(mine.id);
    expect(theirs.scope).toBe(OTHER_CHAT);
  });

  it("when two of one chat's own sources carry the wire story then it is one record with both outlets", async () => {
    const { ingest, articles } = await rig();
    const first = stored((await ingest(inputOf('gazette', wireCopyJson(GAZETTE), chat())))[0]);
    expect(duplicate((await ingest(inputOf('courier', wireCopyJson(COURIER), chat(CHAT_SRC_2))))[0])).toMatchObject({ id: first.id, duplicateOf: 'near', merged: true });
    const record = await articles.get(first.id);
    expect(record?.fromSources).toEqual([CHAT_SRC, CHAT_SRC_2]);
    expect(record?.alsoIn).toEqual([expect.objectContaining({ name: COURIER.name, from: CHAT_SRC_2, scope: CHAT })]);
  });
});

describe('trust scopes at ingest: an exact copy merges across scopes', () => {
  it("when a chat's source brings an exact copy of a pool story then it is one record; the pool's outlet line and URL index stay the pool's", async () => {
    const { ingest, articles, later } = await rig();
    const real = stored((await ingest(inputOf('real', wireCopyJson(GAZETTE), pool())))[0]);
    later(5);
    // The same text under the chat feed's name, with the link of another pool story (trying to shadow it).
    const otherStory = 'https://harbour-gazette.example/news/mayor-resigns';
    const copy = duplicate((await ingest(inputOf('copy', mirrorOf(GAZETTE, 'Chat Mirror', otherStory), chat())))[0]);
    expect(copy).toMatchObject({ id: real.id, duplicateOf: 'hash', merged: true });
    const record = (await articles.get(real.id))!;
    expect(record.scope).toBeUndefined();
    expect(record.source.name).toBe(GAZETTE.name);
    expect(record.fromSources).toEqual([POOL, CHAT_SRC]);
    expect(record.alsoIn).toEqual([expect.objectContaining({ name: 'Chat Mirror', from: CHAT_SRC, scope: CHAT, articleUrl: otherStory })]);
    expect(record.arrivals).toEqual({ [CHAT_SRC]: new Date(TEST_NOW.getTime() + 5 * 60_000).toISOString() });
    // The chat's link is not in the pool's URL index: the pool's real story there is stored, not merged away.
    expect(await articles.idsForUrls([otherStory])).toEqual([undefined]);
    const mayor = JSON.stringify({ title: 'Calderon mayor resigns', text: ['The mayor of Calderon resigned on Thursday after a row over the harbour budget with the city council.'], source: GAZETTE.name, url: otherStory });
    expect(stored((await ingest(inputOf('mayor', mayor, pool())))[0]).title).toBe('Calderon mayor resigns');
    // The pool's views never name the chat's outlet; the chat's digest does.
    expect(renderLatestText([record])).not.toContain('Chat Mirror');
    const window = { since: new Date(0), until: new Date(TEST_NOW.getTime() + 3_600_000) };
    const names = (sources: ReturnType<typeof setOf>) => composeBriefing([record], { ...window, sources }).events[0]?.sources.map((s) => s.name);
    expect(names(setOf(undefined))).toEqual([GAZETTE.name]);
    expect(names(setOf(CHAT))).toEqual(['Chat Mirror']);
    expect(names(setOf(OTHER_CHAT))).toEqual([GAZETTE.name]); // not admitted there anyway; a pool primary is public
    expect(composeBriefing([record], window).events[0]?.sources.map((s) => s.name).sort()).toEqual(['Chat Mirror', GAZETTE.name].sort());
  });

  it("when the pool brings an exact copy of a chat's record then the pool copy becomes the primary and the record joins the pool", async () => {
    const { ingest, articles, later } = await rig();
    const chatLink = 'https://chat-feed.example/strike';
    const first = stored((await ingest(inputOf('chat first', mirrorOf(GAZETTE, 'Chat Mirror', chatLink), chat())))[0]);
    expect(first.scope).toBe(CHAT);
    later(5);
    const result = duplicate((await ingest(inputOf('pool copy', wireCopyJson(GAZETTE), pool())))[0]);
    expect(result).toMatchObject({ id: first.id, duplicateOf: 'hash', merged: true });
    const record = (await articles.get(first.id))!;
    expect(record.scope).toBeUndefined();
    expect(record).toMatchObject({ source: { name: GAZETTE.name, url: GAZETTE.home }, url: GAZETTE.link, publishedAt: GAZETTE.publishedAt, ingestedAt: first.ingestedAt });
    expect(record.fromSources).toEqual([POOL, CHAT_SRC]);
    expect(record.alsoIn).toEqual([expect.objectContaining({ name: 'Chat Mirror', articleUrl: chatLink, from: CHAT_SRC, scope: CHAT })]);
    expect(record.arrivals).toEqual({ [POOL]: new Date(TEST_NOW.getTime() + 5 * 60_000).toISOString() });
    expect(await articles.idsForUrls([GAZETTE.link, chatLink])).toEqual([first.id, undefined]);
    // The window knows it is the pool's now: another pool outlet's wire copy merges in; the chat's next version at
    // its own link (other text) does not, it is the chat's own record.
    expect(duplicate((await ingest(inputOf('courier', wireCopyJson(COURIER), pool(POOL_2))))[0])).toMatchObject({ id: first.id, duplicateOf: 'near' });
    const revised = stored((await ingest(inputOf('chat revised', fakeAt(chatLink), chat())))[0]);
    expect(revised.scope).toBe(CHAT);
    expect((await articles.get(first.id))?.title).toBe(GAZETTE.headline);
  });

  it('when the chat copy and the pool copy arrive in one batch then the pool copy is the primary of the one record', async () => {
    const { ingest, articles } = await rig();
    const [first, second] = await ingest(inputOf('chat', mirrorOf(GAZETTE, 'Chat Mirror', 'https://chat-feed.example/s'), chat()), inputOf('pool', wireCopyJson(GAZETTE), pool()));
    const record = stored(first);
    expect(duplicate(second)).toMatchObject({ id: record.id, duplicateOf: 'hash', merged: true });
    expect(record).toMatchObject({ source: { name: GAZETTE.name }, fromSources: [POOL, CHAT_SRC] });
    expect(record.scope).toBeUndefined();
    expect(await articles.get(record.id)).toEqual(record);
    expect(await articles.idsForUrls([GAZETTE.link])).toEqual([record.id]);
    // In the window as the pool's: a pool wire copy merges in.
    expect(duplicate((await ingest(inputOf('courier', wireCopyJson(COURIER), pool(POOL_2))))[0]).id).toBe(record.id);
  });
});

describe('trust scopes: /latest and /who are everyone’s, so they hold pool records only', () => {
  async function peopleRig() {
    const store = await openStore('memory://');
    const articles = createKeyvArticleStore(store.kv);
    const people = createKeyvPeopleIndex(store.kv);
    const ingestor = createIngestor({ articles, people, journal: createKeyvIngestJournal(store.kv), lock: store.writerLock, clock: { now: () => TEST_NOW }, maxBytes: 1_000_000 });
    return { articles, people, ingest: (...inputs: IngestInput[]) => ingestor.ingest(inputs) };
  }

  it('when only a chat’s own source carried a story then it is stored for that chat but is in neither /latest nor /who', async () => {
    const r = await peopleRig();
    stored((await r.ingest(inputOf('chat', wireCopyJson(GAZETTE), chat())))[0]);
    expect(await r.articles.latest(10)).toEqual([]);
    expect((await r.people.lookup('Tomas Reiter')).person).toBeNull();
  });

  it('when the pool then brings an exact copy then the story joins /latest and /who, counted once', async () => {
    const r = await peopleRig();
    const first = stored((await r.ingest(inputOf('chat', wireCopyJson(GAZETTE), chat())))[0]);
    const [copy] = await r.ingest(inputOf('pool', mirrorOf(GAZETTE, COURIER.name, COURIER.link), pool()));
    expect(copy).toMatchObject({ status: 'duplicate', id: first.id, merged: true });
    expect((await r.articles.latest(10)).map((a) => a.id)).toEqual([first.id]);
    const person = (await r.people.lookup('Tomas Reiter')).person;
    expect(person?.articleCount).toBe(1);
    // Another pool copy adds nothing to /who: the story is indexed once.
    await r.ingest(inputOf('pool again', mirrorOf(GAZETTE, 'Third Outlet', 'https://third.example/story'), pool(POOL_2)));
    expect((await r.people.lookup('Tomas Reiter')).person?.articleCount).toBe(1);
  });
});
