// The bot's context: grammY's, plus the app's services put on it by the first middleware.
import type { Context } from 'grammy';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { ArticleStore } from '../store/article-store.port.js';
import type { PeopleIndex } from '../store/people-index.port.js';
import type { SubscriptionStore } from '../subscriptions/subscription.js';
import type { BriefingService } from '../../briefings/briefing-service.js';
import type { Summarizer } from '../llm/summarizer.port.js';
import type { PendingInputStore } from './pending-input.js';
import type { DigestArchive } from '../store/keyv-digest-archive.js';
import type { AdminCheck } from './admin-cache.js';

export interface CommandInfo {
  name: string;
  description: string;
  /** Shown in /help for commands that change settings. */
  adminOnly?: boolean;
}

export interface BotDeps {
  articles: ArticleStore;
  people: PeopleIndex;
  subscriptions: SubscriptionStore;
  pendingInputs: PendingInputStore;
  archive: DigestArchive;
  briefings: BriefingService;
  summarizer?: Summarizer;
  clock: Clock;
  logger: Logger;
  defaults: { digestTime: string; timeZone: string; llmTimeoutMs: number };
  commands: readonly CommandInfo[];
}

/** `admins`: this bot's admin check (with its short cache), set by createBot. */
export type BotContext = Context & { deps: BotDeps; log: Logger; admins: AdminCheck };
