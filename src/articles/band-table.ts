// The LSH buckets: a multimap from 32-bit band keys to entry slots, compact enough for 100k texts × 64 bands.
// A Map entry per (key, slot) pair costs ~60 bytes and boxes keys over 2^31; here pairs sit in typed arrays only:
// a sorted part (8 bytes a pair, binary search) and a small open-addressing hash table of recent pairs, merged
// into the sorted part in one linear pass when it fills (amortised O(pairs / RECENT_MAX) per add).

/** Slots are packed with keys into one float64 (key · 2^21 + slot) to sort pairs natively. */
export const MAX_SLOTS = 2 ** 21;
const RECENT_MIN = 4096;
const RECENT_MAX = 262_144;
const EMPTY = -2;
const DELETED = -1;

export interface BandTable {
  add(key: number, slot: number): void;
  /** Forgets one (key, slot) pair; other slots under the key stay. */
  delete(key: number, slot: number): void;
  /** Calls `visit` for every slot held under `key` (a slot may repeat if it was added twice). */
  forEach(key: number, visit: (slot: number) => void): void;
  readonly pairs: number;
}

/** Recent pairs: linear probing from `key & mask` (keys are already well mixed); load kept at or under 1/2. */
function createRecent(limit: number) {
  let cells = 1;
  while (cells < 2 * limit) cells *= 2;
  const mask = cells - 1;
  const keys = new Uint32Array(cells);
  const slots = new Int32Array(cells).fill(EMPTY);
  let used = 0; // cells taken, deleted ones included (they still lengthen probes)
  return {
    keys,
    slots,
    full: () => used >= limit,
    add(key: number, slot: number) {
      let i = key & mask;
      while (slots[i] !== EMPTY) i = (i + 1) & mask;
      keys[i] = key;
      slots[i] = slot;
      used++;
    },
    /** Visits each live cell under `key`; `visit` returning true deletes that cell and stops. */
    probe(key: number, visit: (slot: number) => boolean | void): boolean {
      for (let i = key & mask; slots[i] !== EMPTY; i = (i + 1) & mask) {
        const slot = slots[i] as number;
        if (keys[i] === key && slot >= 0 && visit(slot) === true) {
          slots[i] = DELETED;
          return true;
        }
      }
      return false;
    },
  };
}

export function createBandTable(): BandTable {
  let keys = new Uint32Array(0);
  let slots = new Int32Array(0); // DELETED pairs are dropped at the next merge
  let recent = createRecent(RECENT_MIN);
  let live = 0;

  /** First index in the sorted part whose key is >= `key`. */
  function lowerBound(key: number): number {
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((keys[mid] as number) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The recent pairs, sorted, merged with the sorted part in one linear pass that also drops deleted pairs. */
  function merge(): void {
    const fresh = new Float64Array(recent.slots.length);
    let n = 0;
    recent.slots.forEach((slot, i) => {
      if (slot >= 0) fresh[n++] = (recent.keys[i] as number) * MAX_SLOTS + slot;
    });
    const sorted = fresh.subarray(0, n).sort();
    const nextKeys = new Uint32Array(live);
    const nextSlots = new Int32Array(live);
    let out = 0;
    let f = 0;
    for (let i = 0; i <= keys.length; i++) {
      const key = i < keys.length ? (keys[i] as number) : Infinity;
      for (; f < n && (sorted[f] as number) < key * MAX_SLOTS; f++) {
        const value = sorted[f] as number;
        nextKeys[out] = Math.floor(value / MAX_SLOTS);
        nextSlots[out++] = value % MAX_SLOTS;
      }
      const slot = slots[i] ?? DELETED;
      if (slot >= 0) {
        nextKeys[out] = key;
        nextSlots[out++] = slot;
      }
    }
    keys = nextKeys;
    slots = nextSlots;
    recent = createRecent(Math.max(RECENT_MIN, Math.min(RECENT_MAX, keys.length >>> 1)));
  }

  return {
    add(key, slot) {
      if (!Number.isInteger(slot) || slot < 0 || slot >= MAX_SLOTS) throw new RangeError(`slot ${slot} is outside 0..${MAX_SLOTS - 1}`);
      recent.add(key >>> 0, slot);
      live++;
      if (recent.full()) merge();
    },
    delete(key, slot) {
      if (recent.probe(key >>> 0, (held) => held === slot)) {
        live--;
        return;
      }
      for (let i = lowerBound(key); i < keys.length && keys[i] === key; i++) {
        if (slots[i] === slot) {
          slots[i] = DELETED;
          live--;
          return;
        }
      }
    },
    forEach(key, visit) {
      for (let i = lowerBound(key); i < keys.length && keys[i] === key; i++) {
        const slot = slots[i] as number;
        if (slot >= 0) visit(slot);
      }
      recent.probe(key >>> 0, (slot) => void visit(slot));
    },
    get pairs() {
      return live;
    },
  };
}
