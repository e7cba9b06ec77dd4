// The /who mix of the open-cast bench, about people already ingested: exact queries (a full name, a
// surname alone) and fuzzy ones (a typo in the surname, a first name alone, a name nobody has).
import type { ArticleGenerator } from './generate-articles.js';
import { fullName, UNKNOWN_NAMES, type Person } from './name-pool.js';
import { pick, type Rng } from './prng.js';

export type PeopleQueryKind = 'full' | 'surname' | 'typo' | 'given' | 'unknown';
export const EXACT_KINDS: readonly PeopleQueryKind[] = ['full', 'surname'];

export interface PeopleQuery {
  kind: PeopleQueryKind;
  text: string;
}

/** A query about someone named in the first `ingested` articles: 60% from the open cast, 40% from the recurring pool. */
export function peopleQuery(rng: Rng, generator: ArticleGenerator, ingested: number): PeopleQuery {
  const person = someone(rng, generator, ingested);
  const roll = rng();
  if (roll < 0.35) return { kind: 'full', text: fullName(person) };
  if (roll < 0.55) return { kind: 'surname', text: person.last };
  if (roll < 0.8) return { kind: 'typo', text: `${person.first} ${typo(rng, person.last)}` };
  if (roll < 0.92) return { kind: 'given', text: person.first };
  return { kind: 'unknown', text: pick(rng, UNKNOWN_NAMES) };
}

function someone(rng: Rng, generator: ArticleGenerator, ingested: number): Person {
  for (let tries = 0; tries < 4 && ingested > 0 && rng() < 0.6; tries++) {
    const person = generator.openPerson(Math.floor(rng() * ingested));
    if (person) return person;
  }
  return generator.pool.draw(rng);
}

/** Swaps two neighbouring letters or drops one, never the first letter. */
export function typo(rng: Rng, word: string): string {
  const at = 1 + Math.floor(rng() * (word.length - 2));
  if (rng() < 0.5) return word.slice(0, at) + word.slice(at + 1);
  return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}
