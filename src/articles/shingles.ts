// Word shingles for near-duplicate detection: the same wire text hashes to the same shingles however each
// outlet typed its quotes, dashes, case, punctuation and spacing. Pure: string in, numbers out.
import { normaliseForHash } from './content-hash.js';

/** Words per shingle. 5 keeps shared stock phrases ("said in a statement on") rare between different stories. */
export const SHINGLE_WORDS = 5;

/** FNV-1a over UTF-16 code units: a fast, seedless 32-bit string hash (no crypto per word). */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** murmur3's finaliser: spreads every input bit over the output (used to mix and to seed hash functions). */
export function fmix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The words the shingles are made of: NFKC, lower case, plain quotes, then letters and digits only. */
export function shingleWords(text: string): string[] {
  const plain = normaliseForHash(text)
    .replace(/'/g, '') // "don't" and "dont", "Biden's" and "Bidens" are one word, whatever the quote
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return plain === '' ? [] : plain.split(' ');
}

/**
 * One 32-bit hash per distinct `k`-word shingle (a text shorter than `k` words is one shingle; none for no words).
 * Each word is hashed once and a shingle hash combines its words' hashes, so the cost is linear in the text.
 */
export function shingleHashes(text: string, k: number = SHINGLE_WORDS): Uint32Array {
  const words = shingleWords(text).map(fnv1a32);
  if (words.length === 0) return new Uint32Array(0);
  const width = Math.min(k, words.length);
  const all = new Uint32Array(words.length - width + 1);
  for (let start = 0; start < all.length; start++) {
    let hash = 0x9e3779b9 ^ width;
    for (let i = start; i < start + width; i++) hash = fmix32(Math.imul(hash, 31) + (words[i] ?? 0));
    all[start] = hash;
  }
  // Sorted, then repeats dropped in place: cheaper than a Set for a few thousand numbers.
  all.sort();
  let distinct = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[distinct++] = all[i] ?? 0;
  return all.subarray(0, distinct);
}
