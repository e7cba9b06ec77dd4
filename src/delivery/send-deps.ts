// What the sender needs and what it reports: shared by send-outbox.ts and send-failures.ts.
import type { Api } from 'grammy';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { DigestLedger } from '../store/digest-ledger.port.js';
import type { SubscriptionStore } from '../subscriptions/subscription-store.port.js';
import type { SourceStore } from '../store/source-store.port.js';
import type { Outbox } from '../store/outbox.port.js';
import type { Pacer } from './pacer.js';

export interface SendDeps {
  api: Api;
  outbox: Outbox;
  ledger: DigestLedger;
  subscriptions: SubscriptionStore;
  /** A migrated group's own sources follow it (moveChat). */
  sources: Pick<SourceStore, 'moveChat'>;
  pacer: Pacer;
  clock: Clock;
  logger: Logger;
  /** Logged (with its code) and sent to the operator; `code` names the kind of failure. */
  alert: (code: AlertCode, text: string) => Promise<void>;
  sleep: (ms: number) => Promise<void>;
  /** Items sent in parallel (each item's messages stay in order); default 1. */
  concurrency?: number;
  /** Tries per message for 5xx/network errors within one run. */
  maxAttempts?: number;
  /** True once shutdown starts: finish the message in flight, start nothing new (checked after every wait). */
  stopping?: () => boolean;
}

/** One code per kind of operator alert, so each failure is logged once under a name of its own. */
export type AlertCode = 'DIGEST_REFUSED' | 'DIGEST_GAVE_UP' | 'DIGEST_RETRY_NEXT_TICK' | 'DIGEST_HTML_REFUSED';

export interface SendReport {
  delivered: number;
  messages: number;
  rateLimited: number;
  paused: number;
  leftForNextTick: number;
  /** Messages Telegram refused as HTML that went as plain text instead. */
  asPlainText: number;
  /** Distinct refused message contents among those (one operator alert each). */
  refusedContents: number;
}
