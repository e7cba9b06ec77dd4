// Watches a sqlite store from outside the process writing it (a second connection, read only
// in effect): how many records, whether a batch is journaled, how far the ingest log is, and who
// last took the writer lock. The e2e crash and writer tests use it to pick their moments.
import { readFileSync } from 'node:fs';
import { createSqliteAdapter } from '../../src/store/sqlite-adapter.js';
import type { ArticleRecord } from '../../src/articles/record.js';
import { personKey } from '../../src/nlp/names.js';
import { logHeadCodec } from '../../src/store/keyv-article-codecs.js';
import { personCodec } from '../../src/store/keyv-people-codecs.js';
import { SHARED_PERSON } from './many-articles.js';
import { createTestApp } from './test-app.js';

export interface StoreState {
  /** article:* rows (written before a batch is published). */
  records: number;
  /** A batch is between its journal entry and its end. */
  journaled: boolean;
  /** Published articles (the ingest log's length). */
  published: number;
  /** The article count in the people index of the person every article names. */
  personArticles: number;
  /** The pid in <db>.writer.json, if any. */
  lockHolder?: number;
}

export function probeStore(dbPath: string) {
  const db = createSqliteAdapter(dbPath, { busyTimeoutMs: 1000 });
  const value = async (key: string): Promise<unknown> => {
    const rows = (await db.query('SELECT value FROM keyv WHERE key = ?', `nb:${key}`)) as { value: string }[];
    return rows[0] ? (JSON.parse(rows[0].value) as { value: unknown }).value : undefined;
  };
  const state = async (): Promise<StoreState> => {
    const [{ n }] = (await db.query("SELECT count(*) AS n FROM keyv WHERE key >= 'nb:article:' AND key < 'nb:article;'")) as [{ n: number }];
    // Read through the adapters' own codecs: a person is stored in a versioned envelope.
    const head = logHeadCodec.decode('ingestlog:head', await value('ingestlog:head'));
    const personId = `person:${personKey(SHARED_PERSON)}`;
    const person = personCodec.decode(personId, await value(personId));
    let lockHolder: number | undefined;
    try {
      lockHolder = (JSON.parse(readFileSync(`${dbPath}.writer.json`, 'utf8')) as { pid: number }).pid;
    } catch {
      lockHolder = undefined;
    }
    return { records: n, journaled: (await value('ingest:journal')) !== undefined, published: head ? head.seq * 512 + head.size : 0, personArticles: person?.articleCount ?? 0, ...(lockHolder ? { lockHolder } : {}) };
  };
  return {
    state,
    /** Polls until `predicate` holds (resolves with that state) or `stop` settles first (resolves undefined). */
    async until(predicate: (s: StoreState) => boolean, stop: Promise<unknown>, onState?: (s: StoreState) => void): Promise<StoreState | undefined> {
      let stopped = false;
      void stop.then(() => (stopped = true));
      while (!stopped) {
        const s = await state();
        onState?.(s);
        if (predicate(s)) return s;
        await new Promise((r) => setTimeout(r, 1));
      }
      return undefined;
    },
    close: () => db.disconnect(),
  };
}

/** Every count a reader can see, opened as the app opens it (recover() included). */
export async function storeSnapshot(storeUrl: string) {
  const app = await createTestApp({ storeUrl });
  try {
    const log = await app.articles.idsIngestedSince(new Date(0));
    const records: ArticleRecord[] = await app.articles.getMany(log);
    const hashes = records.map((r) => r.contentHash).sort();
    return {
      count: await app.articles.count(),
      log,
      latest: (await app.articles.latest(100)).map((r) => r.id),
      hashes,
      /** The id each content hash points at (the dedupe keys), in hash order. */
      hashKeys: await app.articles.idsForHashes(hashes),
      people: {
        lukashenko: (await app.people.lookup('Lukashenko')).person,
        nauseda: (await app.people.lookup('Nauseda')).person,
        viaDirectory: (await app.people.lookup('Lukashenkko')).person?.articleCount,
      },
    };
  } finally {
    await app.close();
  }
}
