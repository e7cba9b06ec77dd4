// Near-duplicate (wire copy) detection: the same AP/Reuters text re-published by several outlets, each with its
// own headline, by-line, header and footer, or cut short. MinHash signatures, LSH banding for candidates, then the
// estimated Jaccard and containment decide (the rule below).
// Pure and in memory: the wiring step stores the signatures (plain numbers) and re-adds them on start.
import { MINHASH_SIZE, estimateContainment, estimateJaccard, minHashSignature } from './minhash.js';
import type { MinHashSignature, SignatureLike } from './minhash.js';
import { createBandTable } from './band-table.js';
import { fmix32 } from './shingles.js';

/**
 * The match rule, measured on generated wire copies and same-topic stories (test/articles/near-duplicate.test.ts)
 * and on Multi-News / ECB+ (eval/near-duplicates.ts). Two texts are one wire story when either
 * - their estimated Jaccard (5-word shingles) is at least NEAR_DUPLICATE_THRESHOLD: copies with another headline,
 *   by-line, header and footer measure 0.58–0.88; different stories with the same people and places 0.05–0.31; or
 * - the shorter one (CONTAINMENT_MIN_SHINGLES or more) is CONTAINMENT_THRESHOLD contained in the other and their
 *   Jaccard is at least CONTAINMENT_FLOOR: a copy cut to 40–60% of the wire text (inverted-pyramid trimming).
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;
export const CONTAINMENT_THRESHOLD = 0.7;
export const CONTAINMENT_FLOOR = 0.2;
/** A short text (a two-line summary plus a footer) is mostly furniture: containment alone says little about it. */
export const CONTAINMENT_MIN_SHINGLES = 50;
/**
 * LSH bands × rows = MINHASH_SIZE. 64 × 2 makes a pair a candidate with p = 1-(1-J²)^64: 0.93 at J 0.2, 0.998 at 0.3,
 * ~1 at 0.5, so the containment rule's low-Jaccard pairs are still found. Costs 64 × 8 bytes per text (band-table.ts).
 */
export const LSH_BANDS = 64;
/** Fewer distinct shingles than this are too few for a reliable estimate: such a text is never matched. */
export const MIN_SHINGLES = 20;

export interface NearDuplicateMatch {
  id: string;
  /** Estimated Jaccard similarity of the two shingle sets, 0..1. */
  similarity: number;
  /** Estimated share of the shorter text's shingles found in the other, 0..1. */
  containment: number;
}

export interface NearDuplicateIndex {
  /** Indexes `text` under `id` (replacing an earlier entry of that id) and returns its signature, to store. */
  add(id: string, text: string): MinHashSignature;
  /** Indexes a stored signature (from `add` or `signature`, checked with minHashSignatureSchema). */
  addSignature(id: string, signature: MinHashSignature): void;
  remove(id: string): boolean;
  /** Entries that the match rule joins with `text` (never a text under MIN_SHINGLES), most similar first. */
  find(text: string): NearDuplicateMatch[];
  findSignature(signature: MinHashSignature): NearDuplicateMatch[];
  signature(text: string): MinHashSignature;
  readonly size: number;
}

/** Overrides of the rule's constants, for measuring (eval/near-duplicates.ts); the defaults are the documented rule. */
export interface NearDuplicateOptions {
  threshold?: number;
  containment?: number;
  containmentFloor?: number;
  bands?: number;
  minShingles?: number;
}

/** One bucket key per band: the band's rows mixed with its number, so equal rows in different bands differ. */
function bandKeys(signature: SignatureLike, bands: number): number[] {
  const rows = MINHASH_SIZE / bands;
  const keys: number[] = [];
  for (let band = 0; band < bands; band++) {
    let key = fmix32(band + 1);
    for (let r = band * rows; r < (band + 1) * rows; r++) key = fmix32(key ^ (signature.hashes[r] ?? 0));
    keys.push(key);
  }
  return keys;
}

/** One growable pool for every entry's hashes (MINHASH_SIZE per slot): a Uint32Array each costs ~1 KB of heap, not 512 bytes. */
function createSlotPool() {
  let hashes = new Uint32Array(0);
  let shingles = new Uint32Array(0);
  return {
    put(slot: number, signature: SignatureLike): void {
      if ((slot + 1) * MINHASH_SIZE > hashes.length) {
        // Grown by a quarter: slots are reused, so the pool stays near the most entries held at once.
        const capacity = Math.max(64, Math.ceil((slot + 1) * 1.25));
        const grown = new Uint32Array(capacity * MINHASH_SIZE);
        grown.set(hashes);
        hashes = grown;
        const grownShingles = new Uint32Array(capacity);
        grownShingles.set(shingles);
        shingles = grownShingles;
      }
      for (let i = 0; i < MINHASH_SIZE; i++) hashes[slot * MINHASH_SIZE + i] = signature.hashes[i] ?? 0;
      shingles[slot] = signature.shingles;
    },
    /** A view of the slot's signature (no copy). */
    at(slot: number): SignatureLike {
      return { shingles: shingles[slot]!, hashes: hashes.subarray(slot * MINHASH_SIZE, (slot + 1) * MINHASH_SIZE) };
    },
  };
}

export function createNearDuplicateIndex(options: NearDuplicateOptions = {}): NearDuplicateIndex {
  const threshold = options.threshold ?? NEAR_DUPLICATE_THRESHOLD;
  const bands = options.bands ?? LSH_BANDS;
  const minShingles = options.minShingles ?? MIN_SHINGLES;
  const containmentThreshold = options.containment ?? CONTAINMENT_THRESHOLD;
  const containmentFloor = options.containmentFloor ?? CONTAINMENT_FLOOR;
  if (!Number.isInteger(bands) || bands < 1 || MINHASH_SIZE % bands !== 0) {
    throw new RangeError(`bands must divide ${MINHASH_SIZE}; got ${bands}`);
  }
  const slotOf = new Map<string, number>();
  // By slot: the id (undefined once removed), whether it is in the buckets, its signature in the pool.
  const ids: (string | undefined)[] = [];
  const indexedAt: boolean[] = [];
  const pool = createSlotPool();
  const freeSlots: number[] = [];
  // One table for all bands: each key mixes in its band number.
  const table = createBandTable();

  function remove(id: string): boolean {
    const slot = slotOf.get(id);
    if (slot === undefined || ids[slot] === undefined) return false;
    if (indexedAt[slot]) for (const key of bandKeys(pool.at(slot), bands)) table.delete(key, slot);
    ids[slot] = undefined;
    freeSlots.push(slot);
    return slotOf.delete(id);
  }

  function addSignature(id: string, signature: MinHashSignature): void {
    remove(id);
    const slot = freeSlots.pop() ?? ids.length;
    // A short text is kept (so `size` and `remove` behave) but put in no bucket: it never matches.
    const indexed = signature.shingles >= minShingles;
    ids[slot] = id;
    indexedAt[slot] = indexed;
    pool.put(slot, signature);
    slotOf.set(id, slot);
    if (indexed) for (const key of bandKeys(signature, bands)) table.add(key, slot);
  }

  function findSignature(signature: MinHashSignature): NearDuplicateMatch[] {
    if (signature.shingles < minShingles) return [];
    const candidates = new Set<number>();
    for (const key of bandKeys(signature, bands)) table.forEach(key, (slot) => candidates.add(slot));
    const matches: NearDuplicateMatch[] = [];
    for (const slot of candidates) {
      const id = ids[slot];
      if (id === undefined) continue;
      const other = pool.at(slot);
      const similarity = estimateJaccard(signature, other);
      const containment = estimateContainment(signature, other, similarity);
      const containedEnough = containment >= containmentThreshold && similarity >= containmentFloor;
      if (similarity >= threshold || (containedEnough && Math.min(signature.shingles, other.shingles) >= CONTAINMENT_MIN_SHINGLES)) {
        matches.push({ id, similarity, containment });
      }
    }
    return matches.sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : 1));
  }

  return {
    add(id, text) {
      const signature = minHashSignature(text);
      addSignature(id, signature);
      return signature;
    },
    addSignature,
    remove,
    find: (text) => findSignature(minHashSignature(text)),
    findSignature,
    signature: minHashSignature,
    get size() {
      return slotOf.size;
    },
  };
}
