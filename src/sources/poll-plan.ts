// When a source is fetched next, and what its health becomes, after one fetch. Pure: takes `now`.
// Rules (all intervals bounded to [minMinutes, maxMinutes], default [5 min, 24 h]):
//   success    every baseMinutes, or the feed's declared ttl / sy:updatePeriod when longer (a feed that asks
//              to be cached for 60 min is not polled every 15); a success ends a failure streak.
//   failure    exponential back-off: baseMinutes × 2^(failures−1), capped at maxBackoffMinutes (6 h);
//              a Retry-After (429, 503) is honoured when longer, up to maxMinutes. No random jitter.
//   spread     each source's interval is stretched by a fixed fraction of up to `spread` (10%) derived
//              from its id, so sources added together drift apart instead of firing in one burst forever.
//   failing    after failingAfter consecutive failures the source is marked failing, and ONE alert is due
//              for that streak: to the operator, and for a chat's own source to that chat's admins too.
//              Subscribers are never told.
import { createHash } from 'node:crypto';
import { sourceLabel, type Source, type SourceHealth } from './source.js';

export type FetchOutcome =
  /** New items arrived (a 200 whose feed had unseen items). ttlMinutes: declared; null = declares none; absent = keep. */
  | { kind: 'new'; httpStatus: number; ttlMinutes?: number | null }
  /** A 304 (ttlMinutes absent: the stored one stays), or a 200 with nothing unseen. */
  | { kind: 'unchanged'; httpStatus: number; ttlMinutes?: number | null }
  /** Network error, refusal, bad status, unparseable body: `error` is the one-line reason. */
  | { kind: 'failed'; error: string; httpStatus?: number; retryAfterMs?: number };

export interface PollPolicy {
  baseMinutes: number;
  failingAfter: number;
  minMinutes?: number;
  maxMinutes?: number;
  maxBackoffMinutes?: number;
  /** Fraction of the interval a source's id may add (0 turns the spread off). */
  spread?: number;
}

export interface SourceAlert {
  /** 'chat-admins' only for a chat's own source: the chat whose admins are told. */
  to: ({ kind: 'operator' } | { kind: 'chat-admins'; chatId: number })[];
  message: string;
}

export interface PollPlan {
  health: SourceHealth;
  nextFetchAt: string;
  /** The declared ttl to store (undefined: none); unchanged on a failure. */
  ttlMinutes?: number;
  /** Present once per failing streak: on the first failure at or past the threshold (alertedAt is then set). */
  alert?: SourceAlert;
}

const MINUTE = 60_000;
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
/** A declared ttl as stored: whole minutes in [1, one year] (a feed may declare anything). */
const storableTtl = (minutes: number | undefined): number | undefined =>
  minutes === undefined || !Number.isFinite(minutes) ? undefined : clamp(Math.round(minutes), 1, 525_600);
const keptTtl = (source: Pick<Source, 'ttlMinutes'>, outcome: FetchOutcome): number | undefined => {
  if (outcome.kind === 'failed' || outcome.ttlMinutes === undefined) return source.ttlMinutes;
  return outcome.ttlMinutes === null ? undefined : storableTtl(outcome.ttlMinutes);
};

/** A fixed fraction in [0, 1) per source id: the same source always gets the same stretch. */
const idFraction = (id: string): number => createHash('sha256').update(id).digest().readUInt16BE(0) / 65_536;

/**
 * The declared refresh interval of a feed in minutes, from RSS `ttl` or `sy:updatePeriod` ÷ `sy:updateFrequency`.
 * @example declaredTtlMinutes({ updatePeriod: 'daily', updateFrequency: 2 }) // 720
 */
export function declaredTtlMinutes(feed: { ttl?: number | string; updatePeriod?: string; updateFrequency?: number | string }): number | undefined {
  const ttl = Number(feed.ttl);
  if (feed.ttl !== undefined && Number.isFinite(ttl) && ttl > 0) return storableTtl(ttl);
  const period = { hourly: 60, daily: 1440, weekly: 10_080, monthly: 43_200, yearly: 525_600 }[feed.updatePeriod?.trim().toLowerCase() ?? ''];
  if (period === undefined) return undefined;
  const frequency = feed.updateFrequency === undefined ? 1 : Number(feed.updateFrequency);
  return Number.isFinite(frequency) && frequency >= 1 ? Math.max(1, Math.round(period / frequency)) : period;
}

function delayMs(source: Pick<Source, 'id' | 'ttlMinutes'>, outcome: FetchOutcome, failures: number, policy: PollPolicy): number {
  const min = (policy.minMinutes ?? 5) * MINUTE;
  const max = (policy.maxMinutes ?? 1440) * MINUTE;
  const base = policy.baseMinutes * MINUTE;
  let delay: number;
  if (outcome.kind === 'failed') {
    const backoff = Math.min(base * 2 ** Math.min(failures - 1, 30), (policy.maxBackoffMinutes ?? 360) * MINUTE);
    delay = Math.max(backoff, outcome.retryAfterMs ?? 0);
  } else {
    delay = Math.max(base, (keptTtl(source, outcome) ?? 0) * MINUTE);
  }
  const stretched = delay * (1 + (policy.spread ?? 0.1) * idFraction(source.id));
  return Math.round(clamp(stretched, min, max));
}

const alertFor = (source: Pick<Source, 'chatId' | 'title' | 'feedUrl'>, health: SourceHealth, nextFetchAt: string): SourceAlert => ({
  to: source.chatId === undefined ? [{ kind: 'operator' }] : [{ kind: 'operator' }, { kind: 'chat-admins', chatId: source.chatId }],
  message:
    `Source "${sourceLabel(source)}" has failed ${health.consecutiveFailures === 1 ? 'once' : `${health.consecutiveFailures} times in a row`} (last: ${health.lastError ?? 'unknown error'}); ` +
    `next try ${nextFetchAt}. Fix the URL or remove it (/sources remove, or newsbrief sources remove <id>).`,
});

/** The health and next fetch of `source` after `outcome` at `now`. */
export function planNextFetch(source: Source, outcome: FetchOutcome, now: Date, policy: PollPolicy): PollPlan {
  const at = now.toISOString();
  const http = outcome.httpStatus === undefined ? {} : { lastHttpStatus: outcome.httpStatus };
  if (outcome.kind !== 'failed') {
    const health: SourceHealth = { lastFetchedAt: at, lastStatus: outcome.kind, ...http, consecutiveFailures: 0 };
    const ttlMinutes = keptTtl(source, outcome);
    const nextFetchAt = new Date(now.getTime() + delayMs(source, outcome, 0, policy)).toISOString();
    return { health, nextFetchAt, ...(ttlMinutes === undefined ? {} : { ttlMinutes }) };
  }
  const failures = source.health.consecutiveFailures + 1;
  const failing = failures >= policy.failingAfter;
  const { lastHttpStatus: _previous, ...before } = source.health;
  const health: SourceHealth = {
    ...before,
    ...http,
    lastFetchedAt: at,
    lastStatus: 'failed',
    consecutiveFailures: failures,
    lastError: outcome.error.split('\n')[0]!.slice(0, 500),
    ...(failing ? { failingSince: source.health.failingSince ?? at } : {}),
  };
  const nextFetchAt = new Date(now.getTime() + delayMs(source, outcome, failures, policy)).toISOString();
  const plan: PollPlan = { health, nextFetchAt, ...(source.ttlMinutes === undefined ? {} : { ttlMinutes: source.ttlMinutes }) };
  if (!failing || source.health.alertedAt !== undefined) return plan;
  return { ...plan, health: { ...health, alertedAt: at }, alert: alertFor(source, health, nextFetchAt) };
}

/** The plan applied to the record (validators, etag and lastModified, are the fetcher's to set). */
export function applyPlan(source: Source, plan: PollPlan): Source {
  const { ttlMinutes: _old, ...rest } = source;
  return { ...rest, health: plan.health, nextFetchAt: plan.nextFetchAt, ...(plan.ttlMinutes === undefined ? {} : { ttlMinutes: plan.ttlMinutes }) };
}
