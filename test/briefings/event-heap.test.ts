import { describe, expect, it } from 'vitest';
import { MaxHeap } from '../../briefings/event-heap.js';

describe('MaxHeap', () => {
  it('should pop items largest key first', () => {
    const heap = new MaxHeap<number>((x) => x);
    for (const x of [5, 1, 9, 3, 7, 9, 0]) heap.push(x);
    const out: number[] = [];
    for (let x = heap.pop(); x !== undefined; x = heap.pop()) out.push(x);
    expect(out).toEqual([9, 9, 7, 5, 3, 1, 0]);
    expect(heap.size).toBe(0);
  });
});
