import { describe, expect, it } from 'vitest';
import { BenchArgsError, parseBenchArgs } from '../../bench/bench-args.js';

describe('bench command line', () => {
  it('when no argument is given then the default run is chosen', () => {
    expect(parseBenchArgs([])).toEqual({ mode: 'default' });
  });

  it('when --articles 1000000 is given then the scale run measures at 10k, 100k and 1M', () => {
    expect(parseBenchArgs(['--articles', '1000000'])).toEqual({ mode: 'scale', articles: 1_000_000, sizes: [10_000, 100_000, 1_000_000] });
    expect(parseBenchArgs(['--articles=50000'])).toEqual({ mode: 'scale', articles: 50_000, sizes: [10_000, 50_000] });
    expect(parseBenchArgs(['--articles', '10000'])).toEqual({ mode: 'scale', articles: 10_000, sizes: [10_000] });
  });

  it.each([
    [['--articles'], /needs a number/],
    [['--articles', 'lots'], /not a whole number/],
    [['--articles', '1e6'], /not a whole number/],
    [['--articles', '-5'], /not a whole number/],
    [['--articles', '500'], /too few/],
    [['--quick'], /unknown argument "--quick"/],
    [['--articles', '20000', '--articles', '30000'], /twice/],
  ])('when given %j then it is refused with one line', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(BenchArgsError);
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });
});
