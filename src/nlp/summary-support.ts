// How much of a sentence the other documents of the event also say: the share of its word pairs (at least one
// of the two a content word) found in each other document, averaged over those documents. What many outlets
// report is the news; what one outlet adds is colour. A single document supports nothing: all zero.
import type { Candidate } from './summary-candidates.js';
import { contentWords } from './similarity.js';

const pairsOf = (tokens: readonly string[], content: ReadonlySet<string>): Set<string> => {
  const out = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1]!;
    const b = tokens[i]!;
    if (content.has(a) || content.has(b)) out.add(`${a} ${b}`);
  }
  return out;
};

/**
 * Per candidate, in [0, 1]: the mean share of its word pairs each other document contains. Counted through each
 * pair's document frequency, so the cost is linear in the text, however many articles the event has.
 */
export function sentenceSupport(candidates: readonly Candidate[]): number[] {
  const docsOfPair = new Map<string, Set<number>>();
  const pairs = candidates.map((c) => {
    const own = pairsOf(c.tokens, new Set(contentWords(c.text)));
    for (const p of own) {
      let docs = docsOfPair.get(p);
      if (!docs) docsOfPair.set(p, (docs = new Set()));
      docs.add(c.doc);
    }
    return own;
  });
  const docCount = new Set(candidates.map((c) => c.doc)).size;
  if (docCount < 2) return candidates.map(() => 0);
  return pairs.map((own) => {
    if (own.size === 0) return 0;
    let others = 0;
    for (const p of own) others += docsOfPair.get(p)!.size - 1; // the sentence's own document holds every pair of it
    return others / own.size / (docCount - 1);
  });
}
