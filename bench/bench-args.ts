// The command line of `npm run bench`: nothing (the default run), or `--articles N` (the scale run: ingest to N
// through the built bot, with figures at 10k, 100k and N). Anything else is refused with one line saying why.

export type BenchArgs = { mode: 'default' } | { mode: 'scale'; articles: number; sizes: number[] };

/** The smallest scale run: its first figure is taken at 10k. */
export const MIN_SCALE_ARTICLES = 10_000;
const SCALE_POINTS = [10_000, 100_000];

export class BenchArgsError extends Error {
  readonly code = 'BENCH_ARGS';
}

/** Parses `process.argv.slice(2)`; throws BenchArgsError with a one-line message. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  if (argv.length === 0) return { mode: 'default' };
  let articles: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const inline = /^--articles=(.*)$/.exec(arg);
    if (arg !== '--articles' && !inline) throw new BenchArgsError(`unknown argument "${arg}": the bench takes only --articles N`);
    if (articles !== undefined) throw new BenchArgsError('--articles is given twice');
    const value = inline ? inline[1]! : argv[++i];
    if (value === undefined) throw new BenchArgsError('--articles needs a number, e.g. --articles 1000000');
    const n = Number(value.replace(/_/g, ''));
    if (!/^\d[\d_]*$/.test(value) || !Number.isSafeInteger(n)) throw new BenchArgsError(`--articles "${value}" is not a whole number`);
    if (n < MIN_SCALE_ARTICLES) throw new BenchArgsError(`--articles ${n} is too few: at least ${MIN_SCALE_ARTICLES} (the first figure is at 10k)`);
    articles = n;
  }
  return { mode: 'scale', articles: articles!, sizes: [...SCALE_POINTS.filter((s) => s < articles!), articles!] };
}
