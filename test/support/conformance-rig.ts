// The store-conformance suite's rig (test/store/conformance-*.test.ts): every keyv adapter of the app over one opened
// backend, wired as src/app.ts wires them, with a clock the test moves; and a check that each shared backend's
// answers equal sqlite's.
import { expect } from 'vitest';
import { createIngestor, type IngestInput, type Ingestor } from '../../src/articles/ingest.js';
import type { ArticleStore } from '../../src/store/article-store.port.js';
import type { ChatLanguageStore } from '../../src/store/chat-language.port.js';
import type { DigestArchive } from '../../src/store/digest-archive.port.js';
import type { DigestLedger } from '../../src/store/digest-ledger.port.js';
import type { IngestJournal } from '../../src/store/ingest-journal.port.js';
import { createKeyvArticleStore } from '../../src/store/keyv-article-store.js';
import { createKeyvChatLanguageStore } from '../../src/store/keyv-chat-language.js';
import { createKeyvDigestArchive } from '../../src/store/keyv-digest-archive.js';
import { createKeyvDigestLedger } from '../../src/store/keyv-digest-ledger.js';
import { createKeyvIngestJournal } from '../../src/store/keyv-ingest-journal.js';
import { createKeyvOutbox } from '../../src/store/keyv-outbox.js';
import { createKeyvPendingInputStore } from '../../src/store/keyv-pending-input.js';
import { createKeyvPeopleIndex } from '../../src/store/keyv-people-index.js';
import { createKeyvSourceStore } from '../../src/store/keyv-source-store.js';
import { createKeyvSubscriptionStore } from '../../src/store/keyv-subscription-store.js';
import { createKeyvSummaryCache } from '../../src/store/keyv-summary-cache.js';
import type { Store } from '../../src/store/open-store.js';
import type { Outbox } from '../../src/store/outbox.port.js';
import type { PeopleIndex } from '../../src/store/people-index.port.js';
import type { SourceStore } from '../../src/store/source-store.port.js';
import type { SummaryCache } from '../../src/store/summary-cache.port.js';
import type { PendingInputStore } from '../../src/subscriptions/pending-input.port.js';
import type { SubscriptionStore } from '../../src/subscriptions/subscription-store.port.js';
import type { TestBackend } from './backends.js';
import { TEST_NOW } from './test-app.js';

export interface SkippedLine {
  key: string;
  code: string;
}

export interface ConformanceRig {
  readonly store: Store;
  readonly articles: ArticleStore;
  readonly people: PeopleIndex;
  readonly journal: IngestJournal;
  readonly ingestor: Ingestor;
  readonly subscriptions: SubscriptionStore;
  readonly ledger: DigestLedger;
  readonly outbox: Outbox;
  readonly archive: DigestArchive;
  readonly pending: PendingInputStore;
  readonly languages: ChatLanguageStore;
  readonly sources: SourceStore;
  readonly summaries: SummaryCache;
  /** What the adapters logged as skipped (an unreadable value read as absent). */
  readonly skipped: SkippedLine[];
  /** Moves the ingest clock (each batch is stamped with it). */
  advanceMinutes(minutes: number): void;
  close(): Promise<void>;
}

/** Opens `backend` (its own namespace: a reopen reads what an earlier rig wrote) and wires every adapter over it. */
export async function openRig(backend: TestBackend, start: Date = TEST_NOW): Promise<ConformanceRig> {
  const store = await backend.open();
  const skipped: SkippedLine[] = [];
  const logger = { warn: (fields: { key: string; code: string }) => void skipped.push({ key: fields.key, code: fields.code }) };
  let now = start;
  const clock = { now: () => now };
  const articles = createKeyvArticleStore(store.kv, { logger });
  const people = createKeyvPeopleIndex(store.kv, { logger });
  const journal = createKeyvIngestJournal(store.kv);
  return {
    store,
    articles,
    people,
    journal,
    ingestor: createIngestor({ articles, people, journal, lock: store.writerLock, clock, maxBytes: 1_000_000 }),
    subscriptions: createKeyvSubscriptionStore(store.kv, { logger }),
    ledger: createKeyvDigestLedger(store.kv, { logger }),
    outbox: createKeyvOutbox(store.kv, { logger }),
    archive: createKeyvDigestArchive(store.kv, { logger }),
    pending: createKeyvPendingInputStore(store.kv, { logger }),
    languages: createKeyvChatLanguageStore(store.kv, { logger }),
    sources: createKeyvSourceStore(store.kv, { logger }),
    summaries: createKeyvSummaryCache(store.kv, { logger }),
    skipped,
    advanceMinutes: (minutes) => (now = new Date(now.getTime() + minutes * 60_000)),
    close: () => store.close(),
  };
}

export function inputOf(name: string, text: string, origin?: IngestInput['origin']): IngestInput {
  return { name, bytes: new TextEncoder().encode(text), ...(origin ? { origin } : {}) };
}

/**
 * Each backend's canonical answers, by backend name. The test files run sqlite first (testBackends() lists it
 * first), so `expectSameAsSqlite` compares every shared backend's answers with sqlite's.
 */
export function answerBook<T>() {
  const book = new Map<TestBackend['name'], T>();
  return {
    put(backend: TestBackend, answers: T) {
      book.set(backend.name, answers);
    },
    expectSameAsSqlite(backends: readonly TestBackend[]) {
      const sqlite = book.get('sqlite');
      expect(sqlite, 'sqlite answered').toBeDefined();
      for (const backend of backends) {
        expect(book.get(backend.name), `${backend.name} answered`).toBeDefined();
        expect(book.get(backend.name), `${backend.name} answers as sqlite does`).toEqual(sqlite);
      }
    },
  };
}
