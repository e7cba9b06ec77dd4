// The layer rule in one place (DESIGN.md "Layers"): read by .dependency-cruiser.mjs (imports),
// eslint.config.js (clock, env and randomness in the pure core) and test/boundaries.test.ts.
// Paths are globs relative to the repo root: `**` any depth, `*` within one segment, `{a,b}` either.

/**
 * The pure core: takes data and `now` as arguments; no adapter, no Node I/O, no `process`, no clock.
 * Everything under briefings/ is pure unless listed in BRIEFINGS_IMPURE, so a new file there is checked.
 * It imports by allow-list: other pure-core files, PURE_SHARED, PORTS (types only), PURE_PACKAGES, PURE_BUILTINS.
 */
export const PURE_CORE = [
  'src/nlp/**/*.ts',
  'src/people/**/*.ts',
  'src/render/**/*.ts',
  'src/articles/clean*.ts',
  'src/articles/{content-hash,dateline,dates,dates-parse,decode,html-input,language,metadata,source}.ts', // clean.ts's parsers
  'src/articles/build-record.ts',
  'src/subscriptions/subscription-state.ts',
  'src/delivery/{local-time,schedule,pacer}.ts',
  // Sources: the record, which items are new, when to fetch next, canonical URLs, wire-copy detection.
  'src/sources/{source,seen-items,poll-plan,canonical-url,item-page-choice}.ts',
  'src/articles/{near-duplicate,shingles,minhash,band-table,wire-merge,ingest-duplicates,near-duplicate-window}.ts',
  'briefings/**/*.ts',
  // Search: what a question asks, which sentences answer it, how the answer is written.
  'src/search/{search-terms,question-terms,answer,render-answer}.ts',
];

/** briefings/ files that orchestrate I/O (store reads, model calls, archiving): left out of PURE_CORE. */
export const BRIEFINGS_IMPURE = [
  'briefings/briefing-service.ts',
  'briefings/summarize.ts',
  'briefings/**/*pipeline*.ts',
  'briefings/**/*archive*.ts',
  'briefings/**/*service*.ts',
];

/** Files the rule must keep covering: renaming or deleting one fails test/boundaries.test.ts. */
export const PURE_KEY_FILES = [
  'src/nlp/entities.ts',
  'src/nlp/names.ts',
  'src/people/article-people.ts',
  'src/render/who.ts',
  'src/articles/clean.ts',
  'src/articles/build-record.ts',
  'src/delivery/local-time.ts',
  'src/delivery/schedule.ts',
  'src/delivery/pacer.ts',
  'src/render/telegram-html.ts',
  'src/render/split-message.ts',
  'src/subscriptions/subscription-state.ts',
  'briefings/compose.ts',
  'briefings/cluster.ts',
  'briefings/rank.ts',
  'briefings/personalize.ts',
  'briefings/render.ts',
  'briefings/select.ts',
];

/**
 * The pure core's allow-list, part 1: modules outside the core that it may import (values too). Each is
 * held to the pure core's import rules itself, so the list stays closed; each line says why it is pure.
 */
export const PURE_SHARED = [
  'src/articles/record.ts', // the zod schema of a stored article: data shapes only
  'src/articles/one-line.ts', // record.ts's field caps and invisible-character stripping: string in, string out
  'src/util/well-formed.ts', // lone surrogates → U+FFFD: string in, string out
  'src/subscriptions/subscription.ts', // the zod schema of a subscription: data shapes only
  'src/subscriptions/time-zone.ts', // IANA names through Intl with an explicit zone (never the host's); memo only
];

/**
 * Part 2: ports, for their types only (`import type`). The core gets implementations as arguments, so it
 * never needs a port's runtime, and a port module may import more than the core may (schemas, adapters' types).
 */
export const PORTS = [
  '**/*.port.ts',
];

/** Part 3: the only packages and Node builtins the pure core may import. */
export const PURE_PACKAGES = ['zod'];
export const PURE_BUILTINS = ['crypto'];

/** npm packages that are adapters: only adapter and root modules may import them. */
export const ADAPTER_PACKAGES = [
  'grammy', '@grammyjs/*', 'keyv', '@keyv/*', 'openai', 'node-cron', 'pino', 'undici', 'bullmq', 'ioredis',
];

/** Node builtins that do I/O or read the process; pure ones (node:crypto, node:util) stay allowed. */
export const NODE_IO_BUILTINS = [
  'fs', 'fs/promises', 'net', 'http', 'https', 'http2', 'child_process', 'worker_threads', 'cluster', 'readline',
  'readline/promises', 'os', 'process', 'dgram', 'dns', 'dns/promises', 'tls', 'timers', 'timers/promises',
  'perf_hooks', 'stream', 'stream/promises', 'vm', 'v8', 'inspector', 'async_hooks', 'tty', 'module', 'repl',
];

/**
 * Adapter and composition-root modules in src/: the pure core may not import them, not even for types (PURE_CORE
 * files inside these folders stay importable). The allow-list above already forbids them; this rule names the mistake.
 */
export const ADAPTER_MODULES = [
  'src/store/keyv-*.ts',
  'src/store/open-store.ts',
  'src/telegram/**',
  'src/llm/openai-*.ts',
  'src/io/**',
  'src/inbox/**',
  // The network side of sources: undici, DNS, sockets.
  'src/sources/{safe-fetch,fetch-*,robots}.ts',
  'src/cli.ts',
  'src/cli/**',
  'src/run-cli.ts',
  'src/config.ts',
  'src/logger.ts',
  'src/app.ts',
  'src/main.ts',
];

/** The composition root: the only src/ files that may import commands/ or briefings/. */
export const COMPOSITION_ROOT = ['src/app.ts', 'src/main.ts', 'src/cli.ts', 'src/cli/**', 'src/run-cli.ts'];

/** Folders `npm run boundaries` cruises (test/boundaries.test.ts writes its violating trees to a temp dir). */
export const CHECKED_FOLDERS = ['src', 'commands', 'briefings'];

/**
 * A glob as an anchored regular expression source (dependency-cruiser takes regexes, ESLint takes globs).
 * @example globToRegex('src/delivery/{a,b}.ts') // '^src/delivery/(?:a|b)\\.ts$'
 */
export function globToRegex(glob) {
  let out = '';
  for (let i = 0; i < glob.length; i += 1) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:|.*/)' : '.*'; // no nested quantifier: dependency-cruiser rejects those
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '{') out += '(?:';
    else if (c === '}') out += ')';
    else if (c === ',') out += '|';
    else out += c.replace(/[.+?^$()[\]|\\]/g, '\\$&');
  }
  return `^${out}$`;
}

/** Several globs as one regex source (either matches). */
export function globsToRegex(globs) {
  return globs.map((g) => `(?:${globToRegex(g)})`).join('|');
}
