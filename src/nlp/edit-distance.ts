// Edit distances for name matching: the full table, and a banded one that stops at a small bound.

/** Optimal string alignment (restricted Damerau-Levenshtein) distance. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * min(editDistance(a, b), k + 1), in O(length · k): only the diagonal band |i − j| ≤ k can hold a distance of
 * k or less, so a 5,000-character junk "name" costs a few thousand steps, not 25 million.
 * @example editDistanceAtMost('Lukashenko', 'Lukashneko', 2) // 1
 */
export function editDistanceAtMost(a: string, b: string, k: number): number {
  const n = a.length;
  const m = b.length;
  const big = k + 1;
  if (Math.abs(n - m) > k) return big;
  let before = new Int32Array(m + 2).fill(big); // row i − 2
  let prev = new Int32Array(m + 2).fill(big); // row i − 1
  let cur = new Int32Array(m + 2).fill(big);
  for (let j = 0; j <= Math.min(m, k); j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(m, i + k);
    cur[lo - 1] = lo === 1 && i <= k ? i : big;
    let rowMin = cur[lo - 1]!;
    for (let j = lo; j <= hi; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      cur[j] = Math.min(v, big);
      if (cur[j]! < rowMin) rowMin = cur[j]!;
    }
    if (hi + 1 <= m) cur[hi + 1] = big;
    if (rowMin >= big) return big; // every alignment passes this row
    [before, prev, cur] = [prev, cur, before];
  }
  return Math.min(prev[m]!, big);
}
