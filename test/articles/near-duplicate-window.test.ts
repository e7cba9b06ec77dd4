// The wire-copy window holds at most WIRE_WINDOW_MAX_ENTRIES records, the newest: its memory is bounded however
// fast articles arrive (the 100k-article bench held 350 MB more without the bound).
import { describe, expect, it } from 'vitest';
import { createNearDuplicateWindow, WIRE_WINDOW_MAX_ENTRIES } from '../../src/articles/near-duplicate-window.js';
import { createKeyvArticleStore } from '../../src/store/keyv-article-store.js';
import { openStore } from '../../src/store/open-store.js';
import { OUTLETS, wireCopyJson, type Outlet } from './ingest-wire-copies.js';
import { buildRecord } from '../../src/articles/build-record.js';
import { TEST_NOW } from '../support/test-app.js';

const [GAZETTE, COURIER] = OUTLETS as [Outlet, Outlet];
const recordOf = (json: string) => {
  const built = buildRecord(json, { now: TEST_NOW, maxBytes: 1_000_000 });
  if (!built.ok) throw new Error(built.error.message);
  return built.record;
};

describe('near-duplicate window bound', () => {
  it('when more than WIRE_WINDOW_MAX_ENTRIES records arrive then the oldest leave the window first', async () => {
    const window = createNearDuplicateWindow(createKeyvArticleStore((await openStore('memory://')).kv));
    const story = recordOf(wireCopyJson(GAZETTE));
    const copy = recordOf(wireCopyJson(COURIER));
    const entry = (id: string, signature = window.signature(story)) => ({ id, signature, outlet: GAZETTE.name, ingestedAt: TEST_NOW.toISOString(), scope: undefined });
    await window.added([entry(story.id)]);
    expect(window.find(copy, window.signature(copy), undefined)?.id).toBe(story.id);

    // Filler with a signature of its own (an unrelated text), so only the story's own entry can match the copy.
    const filler = window.signature({ ...story, title: 'Unrelated', paragraphs: ['An unrelated text about the weather and the harvest in the hills, long enough to be signed.'] });
    await window.added(Array.from({ length: WIRE_WINDOW_MAX_ENTRIES - 1 }, (_, i) => entry(`filler-${i}`, filler)));
    expect(window.size).toBe(WIRE_WINDOW_MAX_ENTRIES);
    expect(window.find(copy, window.signature(copy), undefined)?.id).toBe(story.id);

    await window.added([entry('one-more', filler)]);
    expect(window.size).toBe(WIRE_WINDOW_MAX_ENTRIES);
    expect(window.find(copy, window.signature(copy), undefined)).toBeUndefined();
  });
});

describe('near-duplicate window seeding', () => {
  it('when a new process seeds its window then it reads the stored wire entries instead of re-signing the records', async () => {
    const kv = (await openStore('memory://')).kv;
    const first = createNearDuplicateWindow(createKeyvArticleStore(kv));
    const story = recordOf(wireCopyJson(GAZETTE));
    const articles = createKeyvArticleStore(kv);
    await articles.putMany([story]);
    await first.catchUp(TEST_NOW);
    expect(first.size).toBe(1);
    // The first window signed the story (it had no entry) and stored the entry for the next process.
    expect(await articles.wireEntries([story.id])).toEqual([expect.objectContaining({ outlet: GAZETTE.name, ingestedAt: story.ingestedAt })]);

    const reads: string[][] = [];
    const counted = { ...articles, getMany: (ids: readonly string[]) => (reads.push([...ids]), articles.getMany(ids)) };
    const second = createNearDuplicateWindow(counted);
    await second.catchUp(TEST_NOW);
    expect(reads).toEqual([]);
    const copy = recordOf(wireCopyJson(COURIER));
    expect(second.find(copy, second.signature(copy), undefined)?.id).toBe(story.id);
  });

  it('when a dry run seeds the window then it stores no wire entries', async () => {
    const kv = (await openStore('memory://')).kv;
    const articles = createKeyvArticleStore(kv);
    const story = recordOf(wireCopyJson(GAZETTE));
    await articles.putMany([story]);
    await createNearDuplicateWindow(articles).catchUp(TEST_NOW, { readOnly: true });
    expect(await articles.wireEntries([story.id])).toEqual([undefined]);
  });
});
