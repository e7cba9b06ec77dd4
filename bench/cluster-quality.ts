// How well found events match the generated ones: B³ precision, recall and F1 (per item: the share of its found
// cluster that is truly its event, and of its true event that was found with it, averaged over items), and the
// counts of events either way. Pure.

export interface ClusterQuality {
  items: number;
  trueEvents: number;
  foundEvents: number;
  /** Events of one article, either way. */
  trueSingletons: number;
  foundSingletons: number;
  /** The largest found event, in articles (a blob shows here). */
  largestFound: number;
  largestTrue: number;
  precision: number;
  recall: number;
  f1: number;
}

/** `truth` and `found` give, for each item (same index), its event label. */
export function b3(truth: readonly number[], found: readonly number[]): ClusterQuality {
  if (truth.length !== found.length) throw new Error('b3: truth and found differ in length');
  const count = <T>(labels: readonly T[]) => {
    const m = new Map<T, number>();
    for (const l of labels) m.set(l, (m.get(l) ?? 0) + 1);
    return m;
  };
  const pairs = count(truth.map((t, i) => `${t}\u0000${found[i]}`));
  const trueSizes = count(truth);
  const foundSizes = count(found);
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < truth.length; i++) {
    const both = pairs.get(`${truth[i]}\u0000${found[i]}`)!;
    precision += both / foundSizes.get(found[i]!)!;
    recall += both / trueSizes.get(truth[i]!)!;
  }
  const n = Math.max(1, truth.length);
  const [p, r] = [precision / n, recall / n];
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const singles = (m: Map<number, number>) => [...m.values()].filter((v) => v === 1).length;
  return {
    items: truth.length,
    trueEvents: trueSizes.size,
    foundEvents: foundSizes.size,
    trueSingletons: singles(trueSizes),
    foundSingletons: singles(foundSizes),
    largestFound: Math.max(0, ...foundSizes.values()),
    largestTrue: Math.max(0, ...trueSizes.values()),
    precision: round(p),
    recall: round(r),
    f1: round(p + r === 0 ? 0 : (2 * p * r) / (p + r)),
  };
}
