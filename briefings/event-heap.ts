// A binary max-heap by a numeric key: the event index's "most alike pair of events next". Pure.
export class MaxHeap<T> {
  private readonly items: T[] = [];

  constructor(private readonly keyOf: (item: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keyOf(items[parent]!) >= this.keyOf(items[i]!)) break;
      [items[parent], items[i]] = [items[i]!, items[parent]!];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let largest = i;
      if (l < items.length && this.keyOf(items[l]!) > this.keyOf(items[largest]!)) largest = l;
      if (r < items.length && this.keyOf(items[r]!) > this.keyOf(items[largest]!)) largest = r;
      if (largest === i) return top;
      [items[largest], items[i]] = [items[i]!, items[largest]!];
      i = largest;
    }
  }
}
