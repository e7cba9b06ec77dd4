// A crash injected before every store write of a two-batch ingest (300 articles, all naming the
// same person, so one batch holds 256 of their articles), then a restart: recover() and the same
// files again, as the inbox or an operator would. Every count must equal a clean run's.
import type Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { createIngestor, type IngestInput } from '../../src/articles/ingest.js';
import { buildRecord } from '../../src/articles/build-record.js';
import { fixedClock } from '../../src/clock.js';
import { createKeyvArticleStore } from '../../src/store/keyv-article-store.js';
import { createKeyvIngestJournal } from '../../src/store/keyv-ingest-journal.js';
import { createKeyvPeopleIndex } from '../../src/store/keyv-people-index.js';
import { openStore } from '../../src/store/open-store.js';
import { createProcessWriterLock } from '../../src/store/process-mutex.js';
import { crashingKeyv, InjectedCrash } from '../support/crashing-keyv.js';
import { manyArticles } from '../support/many-articles.js';
import { input, TEST_NOW } from '../support/test-app.js';

const ARTICLES = 300;
const inputs: IngestInput[] = manyArticles(ARTICLES).map((a) => input(a.name, a.text));
const hashes = inputs.map((i) => {
  const built = buildRecord(i.bytes, { now: TEST_NOW, maxBytes: 1_000_000 });
  if (!built.ok) throw new Error(built.error.message);
  return built.record.contentHash;
});

/** A fresh set of adapters over `kv`: what a restarted process has. */
function ingestorOver(kv: Keyv) {
  return createIngestor({
    articles: createKeyvArticleStore(kv),
    people: createKeyvPeopleIndex(kv),
    journal: createKeyvIngestJournal(kv),
    lock: createProcessWriterLock(),
    clock: fixedClock(TEST_NOW),
    maxBytes: 1_000_000,
  });
}

/** Every count a reader can see: the ingest log, /latest, the hash keys, the people, the journal. */
async function snapshot(kv: Keyv) {
  const articles = createKeyvArticleStore(kv);
  const people = createKeyvPeopleIndex(kv);
  return {
    count: await articles.count(),
    log: await articles.idsIngestedSince(new Date(0)),
    latest: (await articles.latest(100)).map((r) => r.id),
    hashKeys: await articles.idsForHashes(hashes),
    lukashenko: (await people.lookup('Lukashenko')).person,
    nauseda: (await people.lookup('Nauseda')).person,
    viaDirectory: (await people.lookup('Lukashenkko')).person?.articleCount,
    pending: await createKeyvIngestJournal(kv).pending(),
  };
}

// The clean run: its state, and the list of writes to crash before.
const cleanStore = await openStore('memory://');
const counting = crashingKeyv(cleanStore.kv, Infinity);
await ingestorOver(counting.kv).ingest(inputs);
const clean = await snapshot(cleanStore.kv);
const writes = counting.writes();
const points = writes.map((label, i) => [i + 1, label] as const);

async function crashThenRestart(crashAt: number, recoveryCrashAt?: number) {
  const store = await openStore('memory://');
  await expect(ingestorOver(crashingKeyv(store.kv, crashAt).kv).ingest(inputs)).rejects.toBeInstanceOf(InjectedCrash);
  if (recoveryCrashAt !== undefined) {
    await expect(ingestorOver(crashingKeyv(store.kv, recoveryCrashAt).kv).recover()).rejects.toBeInstanceOf(InjectedCrash);
  }
  const restarted = ingestorOver(store.kv);
  await restarted.recover();
  const rerun = await restarted.ingest(inputs);
  expect(rerun.filter((r) => r.status === 'failed')).toEqual([]);
  return snapshot(store.kv);
}

describe('ingest with a crash before each store write', () => {
  it('when the batch is ingested cleanly then everyone is counted once per article', () => {
    expect(clean.count).toBe(ARTICLES);
    expect(clean.lukashenko?.articleCount).toBe(ARTICLES);
    expect(clean.nauseda?.articleCount).toBe(ARTICLES / 3);
    expect(clean.latest).toHaveLength(100);
    expect(clean.hashKeys.every((id) => typeof id === 'string')).toBe(true);
    // Two batches (256 + 44), each with its journal, people, log, /latest and hash writes.
    expect(writes.filter((w) => w.startsWith('set ingest:journal'))).toHaveLength(2);
    expect(writes.length).toBeGreaterThanOrEqual(16);
  });

  it.each(points)('when the process dies before write %i (%s) then recovery and a rerun give the clean counts', async (crashAt) => {
    expect(await crashThenRestart(crashAt)).toEqual(clean);
  });

  // The people of batch one are written, then the process dies; recovery itself dies at each of its writes.
  const afterPeople = writes.findIndex((w) => w.startsWith('setMany person:')) + 2;
  it.each([1, 2, 3, 4, 5, 6])('when recovery dies too, before its write %i, then the next recovery still counts once', async (recoveryCrashAt) => {
    expect(afterPeople).toBeGreaterThan(1);
    expect(await crashThenRestart(afterPeople, recoveryCrashAt)).toEqual(clean);
  });
});
