// The open-ended cast of real news: about one new person per article, drawn from ~1M (given name ×
// surname) combinations, next to the recurring Zipf pool of name-pool.ts. The names come from the
// repo's own gazetteers (general given-name and surname lists), a fixed stride through each, so the
// same index always yields the same person and the NER knows the words are names.
import { GIVEN_NAMES } from '../src/nlp/gazetteer-given-names.js';
import { SURNAMES } from '../src/nlp/gazetteer-surnames.js';
import type { Person } from './name-pool.js';
import type { Rng } from './prng.js';

export const OPEN_CAST_SIDE = 1000;
/** Share of articles that bring one person from the open cast (the rest name only recurring people). */
export const OPEN_CAST_SHARE = 0.9;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `side` plain words of 4–10 letters, spread evenly over the list (not its alphabetical head). */
function spread(list: string, side: number): string[] {
  const words = list.split(' ').filter((w) => /^[a-z]{4,10}$/.test(w));
  const stride = Math.max(1, Math.floor(words.length / side));
  const out: string[] = [];
  for (let i = 0; i < words.length && out.length < side; i += stride) out.push(cap(words[i]!));
  return out;
}

export interface OpenCast {
  /** How many distinct combinations there are (about a million). */
  size: number;
  given: readonly string[];
  surnames: readonly string[];
  /** A uniformly drawn person of the open cast. */
  draw(rng: Rng): Person;
}

export function createOpenCast(side = OPEN_CAST_SIDE): OpenCast {
  const given = spread(GIVEN_NAMES, side);
  // Surnames that are also given names would make "first name only" ambiguous by construction.
  const givenSet = new Set(given);
  const surnames = spread(SURNAMES, side + 200).filter((s) => !givenSet.has(s)).slice(0, side);
  return {
    size: given.length * surnames.length,
    given,
    surnames,
    draw: (rng) => ({ first: given[Math.floor(rng() * given.length)]!, last: surnames[Math.floor(rng() * surnames.length)]! }),
  };
}
