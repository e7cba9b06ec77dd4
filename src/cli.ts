// `newsbrief`: the command line. Each subcommand is a thin shell over the app's services.
import { parseArgs } from 'node:util';
import { openApp, type App } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger } from './logger.js';
import { parseSince } from './cli/parse-since.js';
import { terminalSafe, terminalSafeJson } from './cli/terminal-safe.js';
import { renderLatestText } from './render/latest.js';
import { renderWhoText } from './render/who.js';
import { askModelOf, askQuestion } from './search/ask.js';
import { MAX_QUESTION_CHARS } from './search/question-terms.js';
import { answerJson, renderAnswerText, renderSearchText, searchJson } from './search/render-answer.js';

const USAGE = `Usage: newsbrief <command> [options]

  ingest <file|dir>... [--dry-run] [--json]   clean and store articles
  latest [--limit n] [--json]                 newest stories (default 5, max 20)
  who <name> [--json]                         who a person is, by the stored articles
  ask "<question>" [--json]                   an answer quoted from the stored articles, cited
  search <words> [--limit n] [--json]         newest stories matching every word (default 10, max 50)
  digest [--chat id] [--since ISO|24h] [--json]
                                              what a chat's digest would hold now (no --chat:
                                              the last 24 h, unfiltered)
  digest --chat id --day YYYY-MM-DD           what that chat was sent on its local day
  entities <file|-> [--json]                  people, organisations, places in a text
  entities --jsonl FILE                       {id,text} lines in, {id,entities} lines out
  extract <file.html|-> [--url URL] [--json]  the article a web page holds (not stored)
  extract --jsonl FILE                        {id,html,url?} lines in, {id,title,paragraphs,…} lines out
  cluster --jsonl FILE                        {id,text,title?,publishedAt?} lines in, {id,cluster} lines out
  summarize --jsonl FILE [--words N]          {id,documents:[text,…]} lines in, {id,summary} lines out
  sources add <url>                           add a feed, or a page that links one (fetched once to check)
  sources list [--json]                       the sources, with their last fetch and error
  sources remove <id|url>                     stop fetching a source
  sources import <file.opml>                  add every feed of an OPML file (not fetched until fetch)
  sources export                              the sources as OPML on stdout
  fetch [--json]                              poll every due source once now: new N, unchanged or failed
  migrate [--json]                            bring the store to this version's layout (re-runnable;
                                              on sqlite, stop the bot first)
  console                                     chat with the bot offline (fresh store with the samples)
  demo                                        offline tour on samples/ (fresh store)
  start                                       run the Telegram bot (needs TELEGRAM_BOT_TOKEN)

Every command uses STORE_URL (default sqlite://data/newsbrief.sqlite). See .env.example.`;

export class UsageError extends Error {
  readonly code = 'USAGE';
}

// After the reader of a pipe has gone (`latest --json | head`), further output is dropped, not an error.
const out = (text: string) => {
  if (!process.stdout.destroyed) process.stdout.write(`${text}\n`);
};
const err = (text: string) => {
  if (!process.stderr.destroyed) process.stderr.write(`${text}\n`);
};
/** Text mode: article text and names can't drive the terminal (escape sequences, bidi overrides). */
const outText = (text: string) => out(terminalSafe(text));
/** JSON mode: JSON.stringify output, with the few characters it leaves raw written as \uXXXX. */
const outJson = (json: string) => out(terminalSafeJson(json));

async function withApp<T>(config: Config, run: (app: App) => Promise<T>): Promise<T> {
  const app = await openApp(config, { logger: createLogger(config.LOG_LEVEL) });
  try {
    return await run(app);
  } finally {
    await app.close();
  }
}

export async function runCli(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    out(USAGE);
    return command ? 0 : 2;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      limit: { type: 'string' },
      since: { type: 'string' },
      jsonl: { type: 'string' },
      chat: { type: 'string' },
      day: { type: 'string' },
      url: { type: 'string' },
      words: { type: 'string' },
    },
  });
  const config = loadConfig();

  // Each command loads what only it needs when it runs (grammY and the scheduler for start, the parsers for
  // extract and fetch…), so `who` and `latest` start in a fraction of the time.
  switch (command) {
    case 'ingest':
      if (positionals.length === 0) throw new UsageError('ingest needs at least one file or folder');
      return withApp(config, async (app) => (await import('./cli/ingest.js')).runIngest(app, positionals, { dryRun: values['dry-run'], json: values.json, out }));
    case 'latest': {
      const limit = values.limit === undefined ? 5 : Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit ${values.limit}: use a whole number from 1 to 20`);
      return withApp(config, async (app) => {
        const records = await app.articles.latest(Math.min(limit, 20));
        if (values.json) outJson(records.map((r) => JSON.stringify(r)).join('\n'));
        else outText(renderLatestText(records));
        return 0;
      });
    }
    case 'who': {
      const query = positionals.join(' ').trim();
      if (!query) throw new UsageError('who needs a name, e.g. newsbrief who Lukashenko');
      return withApp(config, async (app) => {
        const lookup = await app.people.lookup(query);
        if (values.json) {
          const p = lookup.person;
          const person = p && {
            name: p.name,
            aliases: p.aliases,
            roles: p.roles,
            articleCount: p.articleCount,
            facts: p.facts.map(({ text, source, date }) => ({ text, source, date })),
            related: p.related,
          };
          outJson(JSON.stringify({ query: lookup.query, person, suggestions: lookup.suggestions }));
        } else outText(renderWhoText(lookup));
        return lookup.person ? 0 : 1;
      });
    }
    case 'ask': {
      const question = positionals.join(' ').trim().replace(/\s+/g, ' ');
      if (!question) throw new UsageError('ask needs a question, e.g. newsbrief ask "Who is Lithuania\'s foreign minister?"');
      if (question.length > MAX_QUESTION_CHARS) throw new UsageError(`ask: the question is over ${MAX_QUESTION_CHARS} characters`);
      return withApp(config, async (app) => {
        const answer = await askQuestion(question, app.search, askModelOf(app));
        if (values.json) outJson(JSON.stringify(answerJson(answer)));
        else outText(renderAnswerText(answer));
        return answer.found ? 0 : 1;
      });
    }
    case 'search': {
      const words = positionals.join(' ').trim().replace(/\s+/g, ' ');
      if (!words) throw new UsageError('search needs words, e.g. newsbrief search Belavia sanctions');
      const limit = values.limit === undefined ? 10 : Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new UsageError(`--limit ${values.limit}: use a whole number from 1 to 50`);
      return withApp(config, async (app) => {
        const records = await app.search.newest(words, limit);
        if (values.json) outJson(JSON.stringify(searchJson(records)));
        else outText(renderSearchText(words, records));
        return 0;
      });
    }
    case 'digest': {
      const chatId = values.chat === undefined ? undefined : Number(values.chat);
      if (chatId !== undefined && !Number.isSafeInteger(chatId)) throw new UsageError(`--chat ${values.chat}: use a chat id, e.g. --chat -1001234567890`);
      if (values.day !== undefined) {
        if (chatId === undefined) throw new UsageError('--day needs --chat: a digest is sent to one chat');
        if (!/^\d{4}-\d{2}-\d{2}$/.test(values.day) || Number.isNaN(Date.parse(values.day))) throw new UsageError(`--day ${values.day}: use YYYY-MM-DD`);
        const day = values.day;
        return withApp(config, async (app) => (await import('./cli/sent-digest.js')).runSentDigest(app, chatId, day, { json: values.json, outText, outJson }));
      }
      return withApp(config, async (app) => {
        const until = app.clock.now();
        const since = values.since === undefined ? undefined : parseSince(values.since, until);
        if (since !== undefined && !(since instanceof Date)) throw new UsageError(since.error);
        const preview = await app.digests.preview(chatId, until, since ? { since } : {});
        if (values.json) outJson(preview.json);
        else outText(preview.text);
        return 0;
      });
    }
    case 'entities':
      return (await import('./cli/entities.js')).runEntities({ file: positionals[0], jsonl: values.jsonl, json: values.json, maxBytes: config.MAX_ARTICLE_BYTES, out });
    case 'extract':
      return (await import('./cli/extract.js')).runExtract({ file: positionals[0], url: values.url, jsonl: values.jsonl, json: values.json, maxBytes: config.MAX_ARTICLE_BYTES, now: new Date(), out });
    case 'cluster':
      if (!values.jsonl) throw new UsageError('cluster needs --jsonl FILE');
      return (await import('./cli/cluster.js')).runCluster({ jsonl: values.jsonl, maxBytes: config.MAX_ARTICLE_BYTES, out, err });
    case 'summarize': {
      if (!values.jsonl) throw new UsageError('summarize needs --jsonl FILE');
      const words = values.words === undefined ? 80 : Number(values.words);
      if (!Number.isInteger(words) || words < 10 || words > 1000) throw new UsageError(`--words ${values.words}: use a whole number from 10 to 1000`);
      return (await import('./cli/summarize.js')).runSummarize({ jsonl: values.jsonl, words, maxBytes: config.MAX_ARTICLE_BYTES, out, err });
    }
    case 'sources': {
      const { runSources, SourcesUsageError } = await import('./cli/sources.js');
      return withApp(config, (app) =>
        runSources(app, positionals, { json: values.json, out, err }).catch((error: unknown) => {
          throw error instanceof SourcesUsageError ? new UsageError(error.message) : error;
        }),
      );
    }
    case 'fetch':
      return withApp(config, async (app) => (await import('./cli/fetch.js')).runFetch(app, { json: values.json, out, err }));
    case 'migrate':
      return (await import('./cli/migrate.js')).runMigrate(config, { json: values.json, logger: createLogger(config.LOG_LEVEL), out, err });
    case 'console':
      return (await import('./cli/console-session.js')).runConsoleCommand(config, outText);
    case 'demo':
      return (await import('./cli/demo.js')).runDemo(config, outText);
    case 'start':
      return (await import('./main.js')).runBot(config);
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/**
 * A closed pipe on stdout or stderr (the reader, e.g. `head`, has what it wanted) ends output quietly:
 * the command still finishes (the store is closed as usual) and exits with its own status.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

/** Entry for bin/newsbrief.mjs: one clear line per problem, exit codes 0 ok, 1 failed, 2 usage/config. */
export async function cliMain(argv: readonly string[]): Promise<void> {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  try {
    process.exitCode = await runCli(argv);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nFix these in .env or the environment (see .env.example).\n`);
      process.exitCode = 2;
    } else if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`newsbrief: ${(error as Error).message}\n\n${USAGE}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`newsbrief: ${terminalSafe((error as Error).message)}\n`);
      process.exitCode = 1;
    }
  }
}
