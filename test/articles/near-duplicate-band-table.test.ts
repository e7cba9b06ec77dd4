import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBandTable, MAX_SLOTS } from '../../src/articles/band-table.js';

type Op = { add: boolean; key: number; slot: number };

/** The same operations on a plain Map of arrays: what the compact table must agree with. */
function model(ops: readonly Op[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const { add, key, slot } of ops) {
    const held = map.get(key) ?? [];
    if (add) held.push(slot);
    else if (held.includes(slot)) held.splice(held.indexOf(slot), 1);
    map.set(key, held);
  }
  return map;
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

describe('band table (the LSH buckets)', () => {
  it('when adds and deletes run across several merges then every key holds what a plain Map would', () => {
    // Few keys and slots so that deletes hit and keys repeat; 9k–16k operations force merges into the sorted part.
    const op = fc.record({ add: fc.boolean(), key: fc.integer({ min: 0, max: 300 }).map((k) => (k * 0x9e3779b1) >>> 0), slot: fc.integer({ min: 0, max: 50 }) });
    fc.assert(
      fc.property(fc.array(op, { minLength: 9000, maxLength: 16000 }), (ops) => {
        const table = createBandTable();
        const added = ops.map((o, i) => (i % 3 === 2 ? o : { ...o, add: true })); // mostly adds, so the table grows
        for (const { add, key, slot } of added) {
          if (add) table.add(key, slot);
          else table.delete(key, slot);
        }
        let pairs = 0;
        for (const [key, expected] of model(added)) {
          const seen: number[] = [];
          table.forEach(key, (slot) => seen.push(slot));
          expect(sorted(seen)).toEqual(sorted(expected));
          pairs += expected.length;
        }
        expect(table.pairs).toBe(pairs);
      }),
      { numRuns: 15, endOnFailure: true }, // shrinking 10k-step runs would take minutes
    );
  });

  it('when the largest key and slot are stored then they come back intact', () => {
    const table = createBandTable();
    for (let i = 0; i < 10_000; i++) table.add(i, i % 7); // enough to merge
    table.add(0xffffffff, MAX_SLOTS - 1);
    for (let i = 0; i < 10_000; i++) table.add(i + 20_000, 1);
    const seen: number[] = [];
    table.forEach(0xffffffff, (slot) => seen.push(slot));
    expect(seen).toEqual([MAX_SLOTS - 1]);
  });

  it('when a slot is out of range then add refuses it', () => {
    const table = createBandTable();
    expect(() => table.add(1, MAX_SLOTS)).toThrow(RangeError);
    expect(() => table.add(1, -1)).toThrow(RangeError);
  });
});
