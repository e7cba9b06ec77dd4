// The environment, validated once. This is the only module that reads process.env.
import { existsSync } from 'node:fs';
import { validate as isValidCron } from 'node-cron';
import { z } from 'zod';
import { canonicalTimeZone } from './subscriptions/subscribe-args.js';

const hhmm = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time HH:MM, e.g. 08:00');

// Stored as the current IANA name (europe/kiev → Europe/Kyiv), like /subscribe and /settings store it.
const timeZone = z.string().transform((value, ctx) => {
  const zone = canonicalTimeZone(value);
  if (zone) return zone;
  ctx.addIssue({ code: 'custom', message: 'must be an IANA time zone, e.g. Europe/Minsk or UTC' });
  return z.NEVER;
});

/** The STORE_URL schemes openStore can open (open-store.ts). */
export const SUPPORTED_STORE_SCHEMES = ['sqlite://', 'memory://', 'redis://', 'rediss://', 'postgres://', 'postgresql://'] as const;

// Checked here, not at first use: a bad URL must stop start-up with one line, not fail on the first read.
const storeUrl = z.string().superRefine((value, ctx) => {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1];
  const supported = 'supported: sqlite://path/to/file.sqlite, redis://host:6379[/db], postgres://user@host:5432/db, memory://';
  if (!scheme) ctx.addIssue({ code: 'custom', message: `must be a URL with a scheme (${supported})` });
  else if (!(SUPPORTED_STORE_SCHEMES as readonly string[]).includes(`${scheme.toLowerCase()}://`)) {
    ctx.addIssue({ code: 'custom', message: `${scheme}:// is not supported (${supported})` });
  } else if (/^sqlite:\/\/\s*$/i.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'sqlite:// needs a file path, e.g. sqlite://data/newsbrief.sqlite' });
  } else if (/^(rediss?|postgres(ql)?):\/\//i.test(value) && !URL.canParse(value)) {
    ctx.addIssue({ code: 'custom', message: `is not a valid ${scheme} URL (${supported})` });
  } else if (/^postgres(ql)?:\/\//i.test(value) && new URL(value).pathname.replace(/^\//, '') === '') {
    ctx.addIssue({ code: 'custom', message: 'postgres:// needs a database name, e.g. postgres://newsbrief@127.0.0.1:5432/newsbrief' });
  }
}).transform((value) => value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, (scheme) => scheme.toLowerCase()));

/**
 * What BotFather hands out: the bot's numeric id, a colon, then a secret of A-Z a-z 0-9 _ -
 * (35 characters today; 30–64 are accepted in case Telegram changes the length).
 */
export const BOT_TOKEN_RE = /^[1-9]\d{0,19}:[A-Za-z0-9_-]{30,64}$/;
const BOT_TOKEN_RULE =
  'must look like 123456789:AAE…: the bot id (digits), a colon, then 35 characters of A-Z a-z 0-9 _ - (30–64 accepted); copy it from @BotFather';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Kept equal to package.json's version by test/config.test.ts (config reads no files but `.env`). */
export const NEWSBRIEF_VERSION = '0.1.0';

/** FETCH_ALLOW_PRIVATE and other on/off switches: 1/0, true/false, yes/no, on/off (any case). */
const flag = z.stringbool({
  truthy: ['1', 'true', 'yes', 'on'],
  falsy: ['0', 'false', 'no', 'off'],
  error: 'must be 1 or 0 (true/false, yes/no and on/off work too)',
});

const envSchema = z.object({
  TELEGRAM_BOT_TOKEN: z.string().regex(BOT_TOKEN_RE, BOT_TOKEN_RULE).optional(),
  /** Any Bot API server: Telegram's, a self-hosted one, or a test stand-in. */
  TELEGRAM_API_ROOT: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. https://api.telegram.org' }).default('https://api.telegram.org'),
  /** Set it to run in webhook mode (Telegram POSTs updates to this public https URL). */
  WEBHOOK_URL: z.url({ protocol: /^https?$/, error: 'must be the public https URL Telegram should POST updates to' }).optional(),
  /** Checked against X-Telegram-Bot-Api-Secret-Token; derived from the token when unset. */
  WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, 'may only use A-Z, a-z, 0-9, _ and - (1–256 characters)').optional(),
  PORT: z.coerce.number().int().min(1).max(65535, 'must be a port number 1–65535').default(8080),
  /** GET /healthz on a listener of its own (polling mode too); unset = only the webhook's PORT serves it. */
  HEALTH_PORT: z.coerce.number().int().min(1).max(65535, 'must be a port number 1–65535').optional(),
  /** `start` gives up (exit 1) when Telegram hasn't answered getMe within this many seconds. */
  STARTUP_TIMEOUT_SECONDS: positiveInt(60),
  RATE_LIMIT_COUNT: positiveInt(30),
  RATE_LIMIT_WINDOW_SECONDS: positiveInt(60),
  STORE_URL: storeUrl.default('sqlite://data/newsbrief.sqlite'),
  /**
   * The Redis that carries the delivery queue (BullMQ) shared by every `start` process: redis://host:port[/db].
   * Defaults to STORE_URL when that is redis://; needs a shared store (redis:// or postgres://).
   */
  QUEUE_URL: z.string().regex(/^rediss?:\/\/./i, 'must be a redis:// URL, e.g. redis://127.0.0.1:6379').refine((v) => URL.canParse(v), 'is not a valid redis:// URL').optional(),
  /** The store's key prefix: two bots can share one Redis or one PostgreSQL database under different ones. */
  STORE_NAMESPACE: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'must be 1–32 letters, digits, _ or -').default('nb'),
  INBOX_DIR: z.string().min(1).default('inbox'),
  /** How often `start` looks for due sources (cron); each source's own interval decides when it is fetched. */
  SOURCES_SCHEDULE: z.string().refine((v) => isValidCron(v), 'must be a cron expression, e.g. */1 * * * * (every minute)').default('*/1 * * * *'),
  INBOX_SCHEDULE: z.string().refine((v) => isValidCron(v), 'must be a cron expression, e.g. */1 * * * * (every minute)').default('*/1 * * * *'),
  MAX_ARTICLE_BYTES: positiveInt(2 * 1024 * 1024),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  /** One model request (the HTTP client's timeout, retries included); /who's deadline too. */
  OPENAI_TIMEOUT_MS: positiveInt(10_000),
  /** Deadline for one event's model summary in a digest; past it the extractive summary is used (logged DIGEST_SUMMARY_FAILED). */
  DIGEST_SUMMARY_TIMEOUT_MS: positiveInt(20_000),
  /** A webhook update's handler may run this long before Telegram gets its 200 (it finishes after; failures are still logged). */
  WEBHOOK_HANDLER_TIMEOUT_SECONDS: positiveInt(55),
  /** Lifts the fetcher's public-address and port 80/443 rules: for tests, the demo and intranet feeds. Off by default. */
  FETCH_ALLOW_PRIVATE: flag.default(false),
  /** Sent on every feed, page and robots.txt request; robots.txt groups match its product token (the part before "/", e.g. "newsbrief"). */
  FETCH_USER_AGENT: z.string().trim().min(1).max(300, 'must be at most 300 characters').regex(/^[\x20-\x7e]+$/, 'must be printable ASCII (it is sent as an HTTP header)').default(`newsbrief/${NEWSBRIEF_VERSION} (Telegram news-digest bot)`),
  /** One fetch in full: every redirect hop, the headers and the body. */
  FETCH_TIMEOUT_MS: positiveInt(15_000),
  /** Bytes on the wire per response; decoded (gunzipped) bodies may be 4 times this. */
  FETCH_MAX_BYTES: positiveInt(5 * 1024 * 1024),
  FETCH_MAX_REDIRECTS: z.coerce.number().int().min(0, 'must be 0–20').max(20, 'must be 0–20 (browsers stop at 20)').default(5),
  /** A healthy source is fetched every this many minutes (longer when its feed declares a longer ttl); bounded to 5 min–24 h. */
  SOURCES_POLL_MINUTES: z.coerce.number().int().min(5, 'must be 5–1440').max(1440, 'must be 5–1440').default(30),
  /** After this many failed fetches in a row a source is marked failing and the operator is alerted once. */
  SOURCES_FAILING_AFTER: positiveInt(5),
  /** Fetch the web page of feed items whose text is only a summary, and store the extracted article (robots.txt honoured). */
  FETCH_PAGES: flag.default(true),
  /** Feed items with less text than this many characters get their page fetched. */
  PAGE_MIN_CHARS: positiveInt(600),
  /** At most this many page fetches per poll of one source; the rest keep their feed text. */
  PAGES_PER_POLL: z.coerce.number().int().min(0, 'must be 0–100').max(100, 'must be 0–100').default(10),
  /** Chat admins may add their own sources with /sources add (off: adds are refused; sources chats added before stay). */
  CHAT_SOURCES: flag.default(true),
  /**
   * FETCH_ALLOW_PRIVATE for chats' own sources (what any Telegram user adds). Off by default even when the operator's
   * sources may be private: one intranet feed must not open the intranet to every chat. For tests and the demo.
   */
  CHAT_FETCH_ALLOW_PRIVATE: flag.default(false),
  DIGEST_TIME: hhmm.default('08:00'),
  /** How often the scheduler looks for due digests (cron). */
  DIGEST_SCHEDULE: z.string().refine((v) => isValidCron(v), 'must be a cron expression, e.g. * * * * * (every minute)').default('* * * * *'),
  /** After downtime, a missed delivery is still sent if at most this many hours late; older ones are skipped. */
  CATCH_UP_HOURS: z.coerce.number().min(0).max(23, 'must be at most 23 (a later catch-up would collide with the next day)').default(6),
  /**
   * Digests sent in parallel. 1 keeps the crash guarantee strict (at most one message in total
   * repeats); N allows N, one per chat in flight, for links where round trips, not Telegram's
   * 30/s, are the bottleneck.
   */
  DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(30).default(1),
  /** Operator alerts (delivery failures) go to this chat as well as to the log. */
  ADMIN_CHAT_ID: z.coerce.number().int().optional(),
  DEFAULT_TZ: timeZone.default('UTC'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof envSchema> & {
  /**
   * True when STORE_URL was given explicitly: in the environment itself, not by `.env` (which holds
   * the bot's own store) and not the default. `demo` and `console` use a scratch store otherwise.
   */
  storeUrlFromEnv: boolean;
};

/** Thrown when the environment is invalid; `problems` has one line per bad variable. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Validates an environment (process.env by default). Empty strings count as unset, so a
 * `.env` line like `OPENAI_API_KEY=` means "not configured" rather than an error.
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return withQueue({ ...result.data, storeUrlFromEnv: cleaned.STORE_URL !== undefined });
  throw new ConfigError(
    result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`),
  );
}

export const QUEUE_NEEDS_SHARED_STORE = 'QUEUE_URL needs a shared store: redis:// or postgres://';

/** True for the stores several processes can share (the queue's precondition). */
export const isSharedStoreUrl = (url: string) => /^(rediss?|postgres(ql)?):\/\//.test(url);

/**
 * QUEUE_URL defaults to a Redis STORE_URL. A queue beside a store only this process sees (sqlite, memory) would
 * let other processes send what this one's outbox holds: refused with one line. A PostgreSQL store without
 * QUEUE_URL delivers in-process under the digest lease (one process at a time).
 */
function withQueue(config: Config): Config {
  if (config.QUEUE_URL !== undefined) {
    if (!isSharedStoreUrl(config.STORE_URL)) throw new ConfigError([`${QUEUE_NEEDS_SHARED_STORE} (STORE_URL is ${config.STORE_URL.split('://')[0]}://; unset QUEUE_URL to deliver in this process)`]);
    return config;
  }
  return /^rediss?:\/\//.test(config.STORE_URL) ? { ...config, QUEUE_URL: config.STORE_URL } : config;
}

/** Reads `.env` (when present, without overriding real env vars) and validates process.env. */
export function loadConfig(envFile = '.env'): Config {
  const explicitStore = Boolean(process.env.STORE_URL?.trim());
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  // A STORE_URL that only .env sets is the production store: demo/console must not take it as a choice.
  return { ...parseConfig(process.env), storeUrlFromEnv: explicitStore };
}

export function isValidTimeZone(zone: string): boolean {
  return canonicalTimeZone(zone) !== undefined;
}
