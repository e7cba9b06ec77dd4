// MinHash signatures: a fixed-size sketch of a text's shingle set whose agreement rate estimates Jaccard
// similarity. Seeded and deterministic, so a signature stored today still compares with one computed next year.
import { z } from 'zod';
import { fmix32, shingleHashes } from './shingles.js';

/** Hash functions per signature: the Jaccard estimate's standard error is about 0.045 at 0.5. */
export const MINHASH_SIZE = 128;
const EMPTY = 0xffffffff;

/** The per-function seeds, derived from one constant: changing it would orphan every stored signature. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(MINHASH_SIZE);
  let state = 0x5eed1e55;
  for (let i = 0; i < MINHASH_SIZE; i++) {
    state = fmix32(state + 0x9e3779b9);
    seeds[i] = state;
  }
  return seeds;
})();

/** What a store keeps: plain numbers, so it round-trips through JSON unchanged. */
export const minHashSignatureSchema = z.object({
  /** Bumped when the hashing or normalisation changes, so old signatures are recomputed, not compared. */
  v: z.literal(1),
  /** Distinct shingles in the text: turns the Jaccard estimate into a containment estimate. */
  shingles: z.number().int().nonnegative(),
  hashes: z.array(z.number().int().min(0).max(EMPTY)).length(MINHASH_SIZE),
});
export type MinHashSignature = z.infer<typeof minHashSignatureSchema>;
/** A signature as compared: the index keeps its hashes packed in a Uint32Array (half the memory of numbers). */
export interface SignatureLike {
  readonly shingles: number;
  readonly hashes: ArrayLike<number>;
}

/**
 * The signature of a text: for each seeded hash function, the least value over the text's shingles. Function i is
 * murmur3's finaliser of (shingle xor seed i), a bijection on 32 bits; inlined, as this loop is the whole cost.
 */
export function minHashSignature(text: string): MinHashSignature {
  const shingles = shingleHashes(text);
  const mins = new Uint32Array(MINHASH_SIZE).fill(EMPTY);
  for (const shingle of shingles) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      let h = shingle ^ (SEEDS[i] as number);
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < (mins[i] as number)) mins[i] = h;
    }
  }
  return { v: 1, shingles: shingles.length, hashes: Array.from(mins) };
}

/** The share of hash functions on which two signatures agree: an unbiased Jaccard estimate (0 if either is empty). */
export function estimateJaccard(a: SignatureLike, b: SignatureLike): number {
  if (a.shingles === 0 || b.shingles === 0) return 0;
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a.hashes[i] === b.hashes[i]) same++;
  return same / MINHASH_SIZE;
}

/**
 * How much of the smaller text the larger one holds, from the Jaccard estimate and the set sizes:
 * |A∩B| = J(|A|+|B|)/(1+J). High when one outlet ran a cut-down copy of the other's wire text.
 */
export function estimateContainment(a: SignatureLike, b: SignatureLike, jaccard: number): number {
  const smaller = Math.min(a.shingles, b.shingles);
  if (smaller === 0) return 0;
  const shared = (jaccard * (a.shingles + b.shingles)) / (1 + jaccard);
  return Math.min(1, shared / smaller);
}
