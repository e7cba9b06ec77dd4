// Wire entries are read only to seed the wire-copy window, from the log's newest WIRE_WINDOW_MAX_ENTRIES: the store
// deletes them a log chunk at a time once the log is WIRE_KEPT_ENTRIES past it, and `newsbrief migrate` deletes what
// a store from before that rule (or a crash between the head write and the sweep) kept.
import type Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/articles/build-record.js';
import type { MinHashSignature } from '../../src/articles/minhash.js';
import { createNearDuplicateWindow, WIRE_WINDOW_MAX_ENTRIES } from '../../src/articles/near-duplicate-window.js';
import type { ArticleRecord } from '../../src/articles/record.js';
import { createKeyvArticleStore, WIRE_KEPT_ENTRIES } from '../../src/store/keyv-article-store.js';
import { deleteDeadWireEntries } from '../../src/store/migrate-store.js';
import { openStore } from '../../src/store/open-store.js';
import { OUTLETS, wireCopyJson, type Outlet } from '../articles/ingest-wire-copies.js';
import { testBackends } from '../support/backends.js';
import { crashingKeyv, InjectedCrash } from '../support/crashing-keyv.js';
import { TEST_NOW } from '../support/test-app.js';

const [GAZETTE, COURIER] = OUTLETS as [Outlet, Outlet];
const LOG_CHUNK = 512;
const recordOf = (json: string) => {
  const built = buildRecord(json, { now: TEST_NOW, maxBytes: 1_000_000 });
  if (!built.ok) throw new Error(built.error.message);
  return built.record;
};
const story = recordOf(wireCopyJson(GAZETTE));
const copy = recordOf(wireCopyJson(COURIER));
// Past the kept span by a few chunks: 43,000 records fill 83 chunks and start the 84th.
const TOTAL = 43_000;
const fillerOf = (i: number): ArticleRecord => ({ ...story, id: `filler-${i}`, contentHash: `hash-${i}`, url: `https://filler.example/${i}` });

/** Stores `count` records from `from` on as ingest does (published in batches, then their wire entries), the story last. */
async function ingestLike(kv: Keyv, from: number, count: number, options: { storyLast?: boolean } = {}) {
  const articles = createKeyvArticleStore(kv);
  const window = createNearDuplicateWindow(articles);
  const filler: MinHashSignature = window.signature({ ...story, title: 'Unrelated', paragraphs: ['An unrelated text about the weather and the harvest in the hills, long enough to be signed.'] });
  for (let start = from; start < from + count; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, from + count - start) }, (_, i) => fillerOf(start + i));
    if (options.storyLast && start + batch.length === from + count) batch[batch.length - 1] = story;
    await articles.putMany(batch);
    await articles.putWireEntries(
      batch.map((r) => ({ id: r.id, signature: r === story ? window.signature(story) : filler, outlet: GAZETTE.name, ingestedAt: r.ingestedAt })),
    );
  }
  return articles;
}

const storedWireIds = async (kv: Keyv, ids: readonly string[]) => {
  const values = await kv.getMany(ids.map((id) => `wire:${id}`));
  return ids.filter((_, i) => values[i] !== undefined);
};
const everyId = (total: number, storyLast = false) => Array.from({ length: total }, (_, i) => (storyLast && i === total - 1 ? story.id : `filler-${i}`));

describe('wire entries past the kept span', () => {
  it('when a store logs more than WIRE_KEPT_ENTRIES records then only whole chunks past the span lose their wire entries, and a new window still seeds whole', async () => {
    const { kv } = await openStore('memory://');
    const articles = await ingestLike(kv, 0, TOTAL, { storyLast: true });
    const ids = everyId(TOTAL, true);
    const kept = await storedWireIds(kv, ids);
    // The head is in chunk 83 (seq), so chunks 0..3 are more than 79 full chunks (≥ WIRE_KEPT_ENTRIES) behind it.
    expect(kept).toEqual(ids.slice(4 * LOG_CHUNK));
    expect(kept.length).toBeGreaterThanOrEqual(WIRE_KEPT_ENTRIES);

    // A new process seeds its window: a missing entry would be re-signed from its record, so no record read means
    // none was missing; and the newest story's wire copy is found.
    const reads: string[][] = [];
    const counted = { ...articles, getMany: (ids: readonly string[]) => (reads.push([...ids]), articles.getMany(ids)) };
    const window = createNearDuplicateWindow(counted);
    await window.catchUp(TEST_NOW);
    expect(reads).toEqual([]);
    expect(window.size).toBe(WIRE_WINDOW_MAX_ENTRIES);
    expect(window.find(copy, window.signature(copy), undefined)?.id).toBe(story.id);
  }, 90_000);

  it('when the sweep crashes after the batch is published then the entries stay (none inside the span goes), and migrate deletes them', async () => {
    const { kv } = await openStore('memory://');
    // Up to the last record before the head enters chunk 80, where chunk 0 leaves the span.
    const beforeSweep = 80 * LOG_CHUNK;
    await ingestLike(kv, 0, beforeSweep);
    expect(await storedWireIds(kv, everyId(beforeSweep).slice(0, LOG_CHUNK))).toHaveLength(LOG_CHUNK);
    // The next batch's writes: chunks, head, /latest, url keys, hash keys (the commit point), then the sweep's delete crashes.
    const crashing = crashingKeyv(kv, 6);
    const next = Array.from({ length: 10 }, (_, i) => fillerOf(beforeSweep + i));
    await expect(createKeyvArticleStore(crashing.kv).publish(next)).rejects.toBeInstanceOf(InjectedCrash);
    expect(crashing.writes()).toEqual(['setMany ingestlog:79', 'set ingestlog:head', 'set latest', 'setMany url:…', 'setMany hash:hash-40960', 'deleteMany wire:filler-0']);
    expect(await createKeyvArticleStore(kv).idsForHashes(['hash-40969'])).toEqual(['filler-40969']);
    expect(await createKeyvArticleStore(kv).count()).toBe(beforeSweep + 10);
    expect(await storedWireIds(kv, everyId(beforeSweep))).toHaveLength(beforeSweep);

    expect(await deleteDeadWireEntries(kv)).toBe(LOG_CHUNK);
    expect(await storedWireIds(kv, everyId(beforeSweep))).toEqual(everyId(beforeSweep).slice(LOG_CHUNK));
    // Re-run: nothing more is dead, nothing live is touched.
    expect(await deleteDeadWireEntries(kv)).toBe(LOG_CHUNK);
    expect(await storedWireIds(kv, everyId(beforeSweep))).toHaveLength(beforeSweep - LOG_CHUNK);
  }, 90_000);

  it('when a store holds fewer than WIRE_KEPT_ENTRIES records then migrate deletes no wire entry', async () => {
    const { kv } = await openStore('memory://');
    await ingestLike(kv, 0, 3000, { storyLast: true });
    expect(await deleteDeadWireEntries(kv)).toBe(0);
    expect(await storedWireIds(kv, everyId(3000, true))).toHaveLength(3000);
  }, 60_000);
});

describe('wire entries past the kept span, on each backend', () => {
  for (const backend of testBackends()) {
    it(`when migrate sweeps a log on ${backend.name} then the dead chunks' wire entries go and the live ones stay`, async () => {
      try {
        const store = await backend.open();
        try {
          // A log as a long-running store holds it (its chunks written as appendToLog writes them), cut to the chunks read.
          const at = TEST_NOW.toISOString();
          const entry = [1, 41, Buffer.alloc(512).toString('base64'), GAZETTE.name, at];
          const chunk = (seq: number) => [`c${seq}-a`, `c${seq}-b`].map((id) => [id, at]);
          await store.kv.setMany([0, 1, 2].map((seq) => ({ key: `ingestlog:${seq}`, value: chunk(seq) })));
          await store.kv.set('ingestlog:head', { seq: 81, size: 3 });
          const ids = [0, 1, 2].flatMap((seq) => chunk(seq).map(([id]) => id!));
          await store.kv.setMany(ids.map((id) => ({ key: `wire:${id}`, value: entry })));
          // Head in chunk 81: chunks 0 and 1 are 79 full chunks or more behind it, chunk 2 is 78.
          expect(await deleteDeadWireEntries(store.kv)).toBe(4);
          expect(await storedWireIds(store.kv, ids)).toEqual(['c2-a', 'c2-b']);
          expect((await createKeyvArticleStore(store.kv).wireEntries(['c2-a']))[0]).toMatchObject({ outlet: GAZETTE.name });
        } finally {
          await store.close();
        }
      } finally {
        await backend.cleanup();
      }
    }, 30_000);
  }
});
