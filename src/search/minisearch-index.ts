// The search index in process (MiniSearch: BM25+, prefix and fuzzy matching), over the pool's articles:
// headline, paragraphs, entity names and outlets. It holds terms and ids only; records are read from the store.
//
// It follows the store, not the ingestor: before each query it reads count() (one key: the ingest log's head)
// and indexes the log entries appended since. Articles arrive from the poller, the inbox and `newsbrief ingest`
// run in another process on the same store, so a hook in this process's ingest would miss some; this sees them
// all. Built on first use from the whole log. A merge that rewrites a record is read fresh at query time (the
// index keeps no text), but a chat's record a pool copy later took over is only indexed on the next start.
import MiniSearch, { type SearchResult } from 'minisearch';
import { rankTimeOf, type ArticleRecord } from '../articles/record.js';
import type { ArticleStore } from '../store/article-store.port.js';
import type { SearchIndex, TermStats } from './search-index.port.js';
import { indexTerms, wordsOf } from './search-terms.js';

interface IndexedArticle {
  id: string;
  title: string;
  body: string;
  entities: string;
  outlet: string;
  /** Rank time (publication, else arrival) in ms: /search lists newest first. */
  rank: number;
}

/** Records read from the store per getMany while (re)building. */
const READ_CHUNK = 500;
/** A log that keeps growing while it is read is read again, at most this many times per query. */
const SYNC_ROUNDS = 3;

const processTerm = (term: string): string[] | null => {
  const terms = indexTerms(term);
  return terms.length ? terms : null;
};

export function createMiniSearchIndex(articles: ArticleStore): SearchIndex & { size(): number } {
  const index = new MiniSearch<IndexedArticle>({
    fields: ['title', 'body', 'entities', 'outlet'],
    storeFields: ['rank'],
    tokenize: (text) => wordsOf(text).map((w) => w.text),
    processTerm,
    searchOptions: {
      boost: { title: 2, entities: 1.5 },
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      weights: { fuzzy: 0.3, prefix: 0.5 },
    },
  });
  let indexed = 0;
  let syncing: Promise<void> | undefined;

  const put = (records: readonly ArticleRecord[]) => {
    for (const r of records) {
      // Pool only: a chat's own sources never answer another chat's questions.
      if (r.scope !== undefined) continue;
      const doc = documentOf(r);
      if (index.has(r.id)) index.replace(doc);
      else index.add(doc);
    }
  };

  const catchUp = async () => {
    for (let round = 0; round < SYNC_ROUNDS; round++) {
      const count = await articles.count();
      if (count === indexed) return;
      if (count < indexed) {
        // A store that shrank was replaced: start again.
        index.removeAll();
        indexed = 0;
      }
      const ids = await articles.idsIngestedSince(new Date(0), { limit: count - indexed });
      for (let i = 0; i < ids.length; i += READ_CHUNK) put(await articles.getMany(ids.slice(i, i + READ_CHUNK)));
      // Entries published while this read ran shift the window: the next round reads from the same place again.
      if ((await articles.count()) === count) {
        indexed = count;
        return;
      }
    }
  };
  const sync = () => {
    syncing ??= catchUp().finally(() => {
      syncing = undefined;
    });
    return syncing;
  };

  const readPool = async (ids: readonly string[]) => {
    const byId = new Map((await articles.getMany(ids)).map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      return r && r.scope === undefined ? [r] : [];
    });
  };

  return {
    async search(words, limit) {
      await sync();
      const hits = index.search(words).slice(0, limit);
      return readPool(hits.map((h) => String(h.id)));
    },
    async newest(words, limit) {
      await sync();
      const hits = index.search(words, { combineWith: 'AND' });
      const rank = (hit: SearchResult): number => (typeof hit['rank'] === 'number' ? hit['rank'] : 0);
      hits.sort((a, b) => rank(b) - rank(a) || b.score - a.score);
      return readPool(hits.slice(0, limit).map((h) => String(h.id)));
    },
    async termStats(stems): Promise<TermStats> {
      await sync();
      const frequency = new Map<string, number>();
      for (const stem of new Set(stems)) {
        const n = index.search(stem, { prefix: false, fuzzy: false, processTerm: (t) => t }).length;
        if (n > 0) frequency.set(stem, n);
      }
      return { documents: index.documentCount, frequency };
    },
    size: () => index.documentCount,
  };
}

function documentOf(r: ArticleRecord): IndexedArticle {
  const outlets = [r.source.name, ...(r.alsoIn ?? []).filter((a) => a.scope === undefined).map((a) => a.name)];
  return {
    id: r.id,
    title: r.title,
    body: r.paragraphs.join('\n'),
    entities: [...new Set(r.entities.map((e) => e.name))].join('\n'),
    outlet: [...new Set(outlets)].join('\n'),
    rank: Date.parse(rankTimeOf(r)) || 0,
  };
}
