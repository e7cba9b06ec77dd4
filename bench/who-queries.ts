// The /who query mix: 70% names as written in the articles (full or surname only), 20% another
// romanisation or a one-letter typo, 10% names nobody in the generated world has.
import { fullName, UNKNOWN_NAMES, variantName, type NamePool } from './name-pool.js';
import { pick, type Rng } from './prng.js';

export type QueryKind = 'known' | 'variant' | 'unknown';

export interface WhoQuery {
  kind: QueryKind;
  text: string;
}

export function whoQueries(rng: Rng, pool: NamePool, count: number): WhoQuery[] {
  const queries: WhoQuery[] = [];
  for (let i = 0; i < count; i++) {
    const roll = rng();
    const person = pool.draw(rng);
    if (roll < 0.7) {
      queries.push({ kind: 'known', text: rng() < 0.6 ? fullName(person) : person.last });
    } else if (roll < 0.9) {
      const variant = variantName(person);
      queries.push({ kind: 'variant', text: variant && rng() < 0.5 ? variant : `${person.first} ${typo(rng, person.last)}` });
    } else {
      queries.push({ kind: 'unknown', text: pick(rng, UNKNOWN_NAMES) });
    }
  }
  return queries;
}

/** Swaps two neighbouring letters or drops one, never the first letter. */
function typo(rng: Rng, word: string): string {
  const at = 1 + Math.floor(rng() * (word.length - 2));
  if (rng() < 0.5) return word.slice(0, at) + word.slice(at + 1);
  return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}
