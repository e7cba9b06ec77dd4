// Duplicates across outlets, decided at ingest: a copy of a stored story (the same text, the same canonical link, or
// a wire copy with its own headline, by-line and footer) is merged into the stored record, never stored twice.
import type Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../../briefings/compose.js';
import { createIngestor, type IngestInput, type IngestResult } from '../../src/articles/ingest.js';
import { renderLatestText } from '../../src/render/latest.js';
import { createKeyvArticleStore } from '../../src/store/keyv-article-store.js';
import { createKeyvIngestJournal } from '../../src/store/keyv-ingest-journal.js';
import { createKeyvPeopleIndex } from '../../src/store/keyv-people-index.js';
import { openStore } from '../../src/store/open-store.js';
import { createProcessWriterLock } from '../../src/store/process-mutex.js';
import { crashingKeyv, InjectedCrash } from '../support/crashing-keyv.js';
import { manyArticles } from '../support/many-articles.js';
import { TEST_NOW } from '../support/test-app.js';
import { followUpJson, OUTLETS, wireCopyJson } from './ingest-wire-copies.js';

const [GAZETTE, COURIER] = OUTLETS as [(typeof OUTLETS)[0], (typeof OUTLETS)[0]];
const SOURCE_A = 'a1b2c3d4e5';
const SOURCE_B = '0f9e8d7c6b';

function inputOf(name: string, text: string, sourceId?: string): IngestInput {
  return { name, bytes: new TextEncoder().encode(text), ...(sourceId ? { origin: { sourceId } } : {}) };
}

/** An ingestor over `kv` with a clock the test moves; a second one over the same kv is another process. */
function ingestorOver(kv: Keyv, clock: { now: () => Date }, lock = createProcessWriterLock()) {
  return createIngestor({
    articles: createKeyvArticleStore(kv),
    people: createKeyvPeopleIndex(kv),
    journal: createKeyvIngestJournal(kv),
    lock,
    clock,
    maxBytes: 1_000_000,
  });
}

async function rig() {
  const store = await openStore('memory://');
  let now = TEST_NOW;
  const clock = { now: () => now };
  return {
    kv: store.kv,
    clock,
    articles: createKeyvArticleStore(store.kv),
    ingestor: ingestorOver(store.kv, clock, store.writerLock),
    lock: store.writerLock,
    advanceHours: (hours: number) => (now = new Date(now.getTime() + hours * 3_600_000)),
  };
}

function duplicate(result: IngestResult | undefined) {
  if (result?.status !== 'duplicate') throw new Error(`expected a duplicate, got ${result?.status}`);
  return result;
}
function stored(result: IngestResult | undefined) {
  if (result?.status !== 'stored') throw new Error(`expected stored, got ${result?.status}`);
  return result.record;
}

describe('merging duplicates at ingest', () => {
  it('when another outlet carries exactly the same text then it is merged into the stored record by hash', async () => {
    const { ingestor, articles } = await rig();
    const first = stored((await ingestor.ingest([inputOf('a.json', wireCopyJson(GAZETTE))]))[0]);
    // The very same headline and body, under another outlet's name and link.
    const sameText = wireCopyJson(GAZETTE).replace(GAZETTE.name, 'Wire Mirror').replace(GAZETTE.link, 'https://mirror.example/a');
    const result = duplicate((await ingestor.ingest([inputOf('b.json', sameText)]))[0]);
    expect(result).toMatchObject({ id: first.id, duplicateOf: 'hash', merged: true });
    const record = await articles.get(first.id);
    expect(record?.alsoIn).toEqual([{ name: 'Wire Mirror', url: GAZETTE.home, articleUrl: 'https://mirror.example/a', publishedAt: GAZETTE.publishedAt, from: 'file' }]);
    expect(record?.title).toBe(first.title);
    expect(record?.ingestedAt).toBe(first.ingestedAt);
    expect(await articles.count()).toBe(1);
  });

  it.each([
    ['tracking parameters', 'https://harbour-gazette.example/news/calderon-dock-strike?utm_source=rss&utm_medium=feed&fbclid=abc'],
    ['an AMP path', 'https://amp.harbour-gazette.example/news/calderon-dock-strike/amp'],
    ['an AMP cache', 'https://harbour--gazette-example.cdn.ampproject.org/c/s/harbour-gazette.example/news/calderon-dock-strike'],
  ])('when the same link comes back with %s and another text then it is one article (by url)', async (_label, variant) => {
    const { ingestor, articles } = await rig();
    const first = stored((await ingestor.ingest([inputOf('a.json', wireCopyJson(GAZETTE))]))[0]);
    // An aggregator's copy of the Gazette's article: its own headline and text, the Gazette's link.
    const aggregated = JSON.stringify({ title: 'Port strike: what we know', text: ['A short aggregator summary of the dock strike at Calderon, with a link.'], source: 'Aggregator Daily', url: variant });
    const result = duplicate((await ingestor.ingest([inputOf('b.json', aggregated, SOURCE_B)]))[0]);
    expect(result).toMatchObject({ id: first.id, duplicateOf: 'url', merged: true });
    const record = await articles.get(first.id);
    expect(record?.alsoIn?.map((a) => a.name)).toEqual(['Aggregator Daily']);
    expect(record?.fromSources).toEqual(['file', SOURCE_B]);
    expect(record?.paragraphs).toEqual(first.paragraphs);
  });

  it("when different stories both link to a site's front page then the link does not make them one", async () => {
    const { ingestor, articles } = await rig();
    const home = 'https://www.harbour-gazette.example/?utm_source=rss';
    await ingestor.ingest([inputOf('strike', wireCopyJson(GAZETTE, { url: home }))]);
    const [ruling] = await ingestor.ingest([inputOf('ruling', followUpJson(GAZETTE).replace(/"url":"[^"]*"/, `"url":"${home}"`))]);
    expect(ruling?.status).toBe('stored');
    expect(await articles.count()).toBe(2);
  });

  it('when another outlet runs the wire story with its own headline, by-line and footer then it is merged as a near-duplicate', async () => {
    const { ingestor, articles } = await rig();
    const first = stored((await ingestor.ingest([inputOf('gazette', wireCopyJson(GAZETTE), SOURCE_A)]))[0]);
    expect(first.fromSources).toEqual([SOURCE_A]);
    const result = duplicate((await ingestor.ingest([inputOf('courier', wireCopyJson(COURIER), SOURCE_B)]))[0]);
    expect(result).toMatchObject({ id: first.id, duplicateOf: 'near', merged: true });
    const record = await articles.get(first.id);
    expect(record?.source.name).toBe(GAZETTE.name);
    expect(record?.alsoIn).toEqual([{ name: COURIER.name, url: COURIER.home, articleUrl: COURIER.link, publishedAt: COURIER.publishedAt, from: SOURCE_B }]);
    expect(record?.fromSources).toEqual([SOURCE_A, SOURCE_B]);
    expect(await articles.count()).toBe(1);
    expect(await articles.idsIngestedSince(new Date(0))).toEqual([first.id]);
    expect((await articles.latest(10)).map((r) => r.id)).toEqual([first.id]);
  });

  it('when both copies arrive in one batch then one record is stored with both outlets', async () => {
    const { ingestor, articles } = await rig();
    const results = await ingestor.ingest([inputOf('gazette', wireCopyJson(GAZETTE), SOURCE_A), inputOf('courier', wireCopyJson(COURIER), SOURCE_B)]);
    expect(results.map((r) => r.status)).toEqual(['stored', 'duplicate']);
    const record = stored(results[0]);
    expect(duplicate(results[1])).toMatchObject({ id: record.id, duplicateOf: 'near', merged: true });
    // The stored result shows the record as written, with the outlet it gathered in the batch.
    expect(record.alsoIn?.map((a) => a.name)).toEqual([COURIER.name]);
    expect((await articles.get(record.id))?.alsoIn?.map((a) => a.name)).toEqual([COURIER.name]);
    expect((await articles.get(record.id))?.fromSources).toEqual([SOURCE_A, SOURCE_B]);
    expect(await articles.count()).toBe(1);
  });

  it('when a different story names the same people and places then it is stored on its own', async () => {
    const { ingestor, articles } = await rig();
    await ingestor.ingest([inputOf('strike', wireCopyJson(GAZETTE))]);
    const [result] = await ingestor.ingest([inputOf('ruling', followUpJson(COURIER))]);
    expect(result?.status).toBe('stored');
    expect(await articles.count()).toBe(2);
    expect((await articles.latest(10)).every((r) => r.alsoIn === undefined)).toBe(true);
  });

  it("when one outlet's own series share most of their text then they stay separate stories", async () => {
    const { ingestor, articles } = await rig();
    // Round 1, 2, 3 … of the same talks from one outlet: near-duplicates by the rule, but not wire copies.
    const series = manyArticles(6).map((a) => inputOf(a.name, a.text));
    const results = await ingestor.ingest(series);
    expect(results.map((r) => r.status)).toEqual(Array(6).fill('stored'));
    expect(await articles.count()).toBe(6);
  });

  it('when the same outlet sends the same copy again from the same origin then nothing is written', async () => {
    const { kv, clock, lock, articles } = await rig();
    const counting = crashingKeyv(kv, Infinity);
    const ingestor = ingestorOver(counting.kv, clock, lock);
    const [first] = await ingestor.ingest([inputOf('gazette', wireCopyJson(GAZETTE), SOURCE_A)]);
    const writesBefore = counting.writes().length;
    const again = await ingestor.ingest([
      inputOf('gazette again', wireCopyJson(GAZETTE), SOURCE_A),
      inputOf('gazette, tracked link', wireCopyJson(GAZETTE, { url: `${GAZETTE.link}?utm_campaign=x` }), SOURCE_A),
    ]);
    expect(again.map((r) => duplicate(r))).toMatchObject([
      { id: stored(first).id, duplicateOf: 'hash', merged: false },
      { id: stored(first).id, duplicateOf: 'hash', merged: false },
    ]);
    expect(counting.writes().slice(writesBefore)).toEqual([]);
    expect((await articles.get(stored(first).id))?.alsoIn).toBeUndefined();
  });

  it('when the same outlet comes from a file and from a source then the origins are joined, the outlet named once', async () => {
    const { ingestor, articles } = await rig();
    const first = stored((await ingestor.ingest([inputOf('gazette.json', wireCopyJson(GAZETTE))]))[0]);
    expect(first.fromSources).toBeUndefined(); // a file: absent means ['file']
    const result = duplicate((await ingestor.ingest([inputOf('gazette feed', wireCopyJson(GAZETTE), SOURCE_A)]))[0]);
    expect(result.merged).toBe(true);
    const record = await articles.get(first.id);
    expect(record?.fromSources).toEqual(['file', SOURCE_A]);
    // The (outlet, origin) pair is kept, so a set admitting only SOURCE_A still names the outlet; shown once.
    expect(record?.alsoIn).toEqual([expect.objectContaining({ name: GAZETTE.name, from: SOURCE_A })]);
    expect(renderLatestText([record!])).not.toContain('also:');
    expect(composeBriefing([record!], { since: new Date(0), until: TEST_NOW }).events[0]?.sources.map((s) => s.name)).toEqual([GAZETTE.name]);
    // And the other way round: a source first, then a file of another outlet.
    const other = await rig();
    const fromFeed = stored((await other.ingestor.ingest([inputOf('courier feed', wireCopyJson(COURIER), SOURCE_B)]))[0]);
    await other.ingestor.ingest([inputOf('gazette.json', wireCopyJson(GAZETTE))]);
    expect((await other.articles.get(fromFeed.id))?.fromSources).toEqual([SOURCE_B, 'file']);
    expect((await other.articles.get(fromFeed.id))?.alsoIn?.map((a) => a.name)).toEqual([GAZETTE.name]);
  });

  it('when a copy arrives more than 72 hours after the story then it is a story of its own', async () => {
    const { ingestor, articles, advanceHours } = await rig();
    await ingestor.ingest([inputOf('gazette', wireCopyJson(GAZETTE))]);
    advanceHours(73);
    const [late] = await ingestor.ingest([inputOf('courier', wireCopyJson(COURIER))]);
    expect(late?.status).toBe('stored');
    expect(await articles.count()).toBe(2);
  });

  it('when another process stored the story after this one started then the copy is still merged into it', async () => {
    const { kv, clock, lock, articles } = await rig();
    const one = ingestorOver(kv, clock, lock);
    const two = ingestorOver(kv, clock, lock);
    // Process two has seeded its window already (an unrelated article) before process one stores the story.
    await two.ingest([inputOf('ruling', followUpJson(GAZETTE))]);
    const first = stored((await one.ingest([inputOf('gazette', wireCopyJson(GAZETTE))]))[0]);
    const result = duplicate((await two.ingest([inputOf('courier', wireCopyJson(COURIER))]))[0]);
    expect(result).toMatchObject({ id: first.id, duplicateOf: 'near', merged: true });
    expect((await articles.get(first.id))?.alsoIn?.map((a) => a.name)).toEqual([COURIER.name]);
  });

  it('when a new process starts then its window is seeded from the store', async () => {
    const { kv, clock, lock, ingestor, articles } = await rig();
    const first = stored((await ingestor.ingest([inputOf('gazette', wireCopyJson(GAZETTE))]))[0]);
    const restarted = ingestorOver(kv, clock, lock);
    expect(duplicate((await restarted.ingest([inputOf('courier', wireCopyJson(COURIER))]))[0])).toMatchObject({ id: first.id, duplicateOf: 'near' });
    expect(await articles.count()).toBe(1);
  });

  it('when run dry then the merge is reported and nothing is written', async () => {
    const { kv, clock, lock, articles } = await rig();
    const counting = crashingKeyv(kv, Infinity);
    const ingestor = ingestorOver(counting.kv, clock, lock);
    const first = stored((await ingestor.ingest([inputOf('gazette', wireCopyJson(GAZETTE))]))[0]);
    const writesBefore = counting.writes().length;
    const [result] = await ingestor.ingest([inputOf('courier', wireCopyJson(COURIER))], { dryRun: true });
    expect(duplicate(result)).toMatchObject({ id: first.id, duplicateOf: 'near', merged: true });
    expect(counting.writes().slice(writesBefore)).toEqual([]);
    expect((await articles.get(first.id))?.alsoIn).toBeUndefined();
  });
});

// The story is stored; then one batch brings a new story and another outlet's copy of the stored one.
const batch = [inputOf('ruling', followUpJson(COURIER), SOURCE_B), inputOf('courier', wireCopyJson(COURIER), SOURCE_B)];

async function afterFirst() {
  const r = await rig();
  const first = stored((await r.ingestor.ingest([inputOf('gazette', wireCopyJson(GAZETTE), SOURCE_A)]))[0]);
  return { ...r, first };
}
async function snapshot(r: Awaited<ReturnType<typeof afterFirst>>) {
  const record = await r.articles.get(r.first.id);
  return {
    count: await r.articles.count(),
    log: await r.articles.idsIngestedSince(new Date(0)),
    latest: (await r.articles.latest(10)).map((a) => a.id),
    alsoIn: record?.alsoIn?.map((a) => a.name),
    fromSources: record?.fromSources,
  };
}

const cleanRun = await afterFirst();
const counting = crashingKeyv(cleanRun.kv, Infinity);
await ingestorOver(counting.kv, cleanRun.clock, cleanRun.lock).ingest(batch);
const clean = await snapshot(cleanRun);
const points = counting.writes().map((label, i) => [i + 1, label] as const);

describe('merging with a crash before each write', () => {
  it('when the batch runs cleanly then the new story is stored and the copy merged, with the merge written last', () => {
    expect(clean).toMatchObject({ count: 2, alsoIn: [COURIER.name], fromSources: [SOURCE_A, SOURCE_B] });
    // After the new story's journal is done: the merged record in place, then its other outlet's link.
    // Last, the new story's wire-copy entry (a lost one only costs re-signing it when a later process seeds).
    expect(points.slice(-4).map(([, label]) => label)).toEqual(['delete ingest:journal', 'setMany article:…', 'setMany url:…', 'setMany wire:…']);
  });

  it.each(points)('when the process dies before write %i (%s) then a restart and the same batch give the clean state', async (crashAt) => {
    const r = await afterFirst();
    await expect(ingestorOver(crashingKeyv(r.kv, crashAt).kv, r.clock, r.lock).ingest(batch)).rejects.toBeInstanceOf(InjectedCrash);
    const restarted = ingestorOver(r.kv, r.clock, r.lock);
    await restarted.recover();
    await restarted.ingest(batch);
    expect(await snapshot(r)).toEqual(clean);
  });
});
