// The composition root's core: config → store → repositories → services, as ONE dependency object
// (AppDeps) that handlers get on ctx.deps and jobs take their part of. main.ts and cli.ts build on
// this; nothing else wires adapters together.
import { createBriefingService } from '../briefings/briefing-service.js';
import type { BriefingService } from '../briefings/briefing-service.port.js';
import { createDigestPipeline } from '../briefings/digest-pipeline.js';
import { createIngestor, type Ingestor } from './articles/ingest.js';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { createCachedSummarizer } from './llm/cached-summarizer.js';
import type { Summarizer } from './llm/summarizer.port.js';
import { createKeyvDigestLedger } from './store/keyv-digest-ledger.js';
import type { DigestLedger } from './store/digest-ledger.port.js';
import { createKeyvDigestArchive } from './store/keyv-digest-archive.js';
import type { DigestArchive } from './store/digest-archive.port.js';
import { createKeyvArticleStore } from './store/keyv-article-store.js';
import { createKeyvOutbox } from './store/keyv-outbox.js';
import type { Outbox } from './store/outbox.port.js';
import { createKeyvIngestJournal } from './store/keyv-ingest-journal.js';
import { createKeyvPeopleIndex } from './store/keyv-people-index.js';
import { createKeyvSubscriptionStore } from './store/keyv-subscription-store.js';
import { createKeyvSummaryCache } from './store/keyv-summary-cache.js';
import { openStore, type Store } from './store/open-store.js';
import type { HandlerDeps } from './telegram/context.js';
import { createKeyvPendingInputStore } from './store/keyv-pending-input.js';
import { createKeyvSourceStore } from './store/keyv-source-store.js';
import { CHAT_HINT } from './sources/address-guard.js';
import type { SafeFetch, SafeFetchOptions } from './sources/fetch-types.js';
import { createLazySafeFetch } from './sources/lazy-safe-fetch.js';
import type { DiscoverFeed } from './sources/discovery.port.js';
import { createMiniSearchIndex } from './search/minisearch-index.js';
import { cachedChatLanguages } from './store/cached-chat-language.js';
import { createKeyvChatLanguageStore } from './store/keyv-chat-language.js';
import { digestStrings } from './i18n/digest-strings.js';

/** The one dependency object: ctx.deps in handlers (see HandlerDeps), and what jobs are built from. */
export interface AppDeps extends HandlerDeps {
  config: Config;
  store: Store;
  ledger: DigestLedger;
  outbox: Outbox;
  archive: DigestArchive;
  ingestor: Ingestor;
  /** The SSRF-guarded fetcher (FETCH_* config) for the operator's pool: feeds and pages. */
  fetcher: SafeFetch;
  /**
   * The same for chats' own sources (what any Telegram user adds): CHAT_FETCH_ALLOW_PRIVATE, not the operator's
   * FETCH_ALLOW_PRIVATE, so an intranet feed in the pool opens no door to chats; refusals say what a user can do.
   */
  chatFetcher: SafeFetch;
  /** The operator's `sources add` (addSource picks it for the pool; chats get HandlerDeps.discoverFeed). */
  discoverPoolFeed: DiscoverFeed;
  /** Composition only; a digest for a chat comes from `digests`. */
  briefings: BriefingService;
  close(): Promise<void>;
}

/** An opened app is its dependency object. */
export type App = AppDeps;

export interface OpenAppOptions {
  logger: Logger;
  clock?: Clock;
  summarizer?: Summarizer;
  /** Replaces the composition (tests: a synthetic briefing); the rest of the pipeline is the production one. */
  briefings?: BriefingService;
}

export async function openApp(config: Config, options: OpenAppOptions): Promise<AppDeps> {
  const clock = options.clock ?? systemClock;
  const { logger } = options;
  const store = await openStore(config.STORE_URL, { namespace: config.STORE_NAMESPACE });
  const articles = createKeyvArticleStore(store.kv, { logger });
  const people = createKeyvPeopleIndex(store.kv, { logger });
  const ingestor = createIngestor({
    articles,
    people,
    journal: createKeyvIngestJournal(store.kv),
    lock: store.writerLock,
    clock,
    maxBytes: config.MAX_ARTICLE_BYTES,
  });
  // Recovery waits for the writer lock only when a crashed batch is pending; if it can't finish
  // (another writer holds the lock past its bound), the store is closed before the error goes up.
  const recovered = await ingestor.recover().catch(async (error: unknown) => {
    await store.close().catch(() => undefined);
    throw error;
  });
  if (recovered > 0) logger.warn({ code: 'INGEST_RECOVERED', recovered }, 'finished an ingest batch interrupted by a crash');

  const summarizer = options.summarizer ?? (await openAiSummarizer(config, store, { logger, clock }));
  const subscriptions = createKeyvSubscriptionStore(store.kv, { logger, lock: store.listLock });
  const ledger = createKeyvDigestLedger(store.kv, { logger, lock: store.listLock });
  const archive = createKeyvDigestArchive(store.kv, { logger });
  const briefings =
    options.briefings ??
    createBriefingService({ articles, summaryTimeoutMs: config.DIGEST_SUMMARY_TIMEOUT_MS, ...(summarizer ? { summarizer } : {}) });
  const sources = createKeyvSourceStore(store.kv, { logger, lock: store.listLock });
  // Read on every update: cached per process (a change by another process shows within a few seconds).
  const languages = cachedChatLanguages(createKeyvChatLanguageStore(store.kv, { logger }));
  const digests = createDigestPipeline({
    briefings,
    subscriptions,
    ledger,
    archive,
    sources,
    logger,
    defaultTimeZone: config.DEFAULT_TZ,
    language: { of: async (chatId) => (await languages.get(chatId))?.locale ?? 'en', strings: digestStrings },
  });
  const fetching: Omit<SafeFetchOptions, 'allowPrivate'> = {
    userAgent: config.FETCH_USER_AGENT,
    timeoutMs: config.FETCH_TIMEOUT_MS,
    maxBytes: config.FETCH_MAX_BYTES,
    maxRedirects: config.FETCH_MAX_REDIRECTS,
    now: () => clock.now(),
  };
  const fetcher = createLazySafeFetch({ ...fetching, allowPrivate: config.FETCH_ALLOW_PRIVATE });
  const chatFetcher = createLazySafeFetch({ ...fetching, allowPrivate: config.CHAT_FETCH_ALLOW_PRIVATE, liftHint: CHAT_HINT });
  const deps: AppDeps = {
    config,
    store,
    articles,
    people,
    subscriptions,
    pendingInputs: createKeyvPendingInputStore(store.kv, { logger }),
    languages,
    ledger,
    outbox: createKeyvOutbox(store.kv, { logger, lock: store.listLock }),
    archive,
    ingestor,
    sources,
    // Chat handlers add chat sources only: through the chats' fetcher.
    // The feed and page parsers load with the first source added.
    discoverFeed: async (url, now) => (await import('./sources/poll-discover.js')).discoverFeed(chatFetcher.fetchUrl, url, now),
    discoverPoolFeed: async (url, now) => (await import('./sources/poll-discover.js')).discoverFeed(fetcher.fetchUrl, url, now),
    fetcher,
    chatFetcher,
    briefings,
    digests,
    // Built from the store on first use, then kept up with its ingest log (minisearch-index.ts).
    search: createMiniSearchIndex(articles),
    clock,
    logger,
    ...(summarizer ? { summarizer } : {}),
    defaults: { digestTime: config.DIGEST_TIME, timeZone: config.DEFAULT_TZ, llmTimeoutMs: config.OPENAI_TIMEOUT_MS, chatSources: config.CHAT_SOURCES },
    close: async () => {
      await Promise.allSettled([fetcher.close(), chatFetcher.close()]);
      await store.close();
    },
  };
  return deps;
}

async function openAiSummarizer(config: Config, store: Store, deps: { logger: Logger; clock: Clock }): Promise<Summarizer | undefined> {
  if (!config.OPENAI_API_KEY) return undefined;
  // The OpenAI client loads only when a key is set.
  const { createOpenAiSummarizer } = await import('./llm/openai-summarizer.js');
  const model = createOpenAiSummarizer({
    apiKey: config.OPENAI_API_KEY,
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
  });
  // One request per event and content hash, also across restarts (summary:* in the store).
  return createCachedSummarizer(model, createKeyvSummaryCache(store.kv, { logger: deps.logger }), {
    model: config.OPENAI_MODEL,
    now: () => deps.clock.now(),
    onCacheError: (error) => deps.logger.warn({ code: 'SUMMARY_CACHE_FAILED', err: error }, 'summary cache read or write failed; the model is asked again'),
  });
}
