// List consistency: the members of a comma list ("Varga, Holm, Tessier and Quinlan") are one kind of
// thing, so members tagged only by a guess take the type most members have on good evidence.
import type { Token } from './tokens.js';
import type { EntityType, Guess } from './ner-guess.js';

export interface Typed {
  from: number;
  to: number;
  guess: Guess;
}

/** Whether only "," or "and" (", and") stands between two spans on one line. */
function listGap(toks: readonly Token[], a: Typed, b: Typed): boolean {
  if (toks[a.to]!.line !== toks[b.from]!.line) return false;
  const gap = b.from - a.to - 1;
  if (gap === 1) return toks[a.to + 1]!.text === ',' || toks[a.to + 1]!.text === 'and';
  return gap === 2 && toks[a.to + 1]!.text === ',' && toks[a.to + 2]!.text === 'and';
}

/** Rewrites, in place, weak single-word members of lists of three or more to the list's majority type. */
export function harmoniseLists(toks: readonly Token[], spans: Typed[]): void {
  let a = 0;
  while (a < spans.length) {
    let b = a;
    while (b + 1 < spans.length && listGap(toks, spans[b]!, spans[b + 1]!)) b++;
    if (b - a >= 2) {
      const votes = new Map<EntityType, number>();
      for (let i = a; i <= b; i++) {
        const g = spans[i]!.guess;
        if (g.strength >= 2) votes.set(g.type, (votes.get(g.type) ?? 0) + 1);
      }
      const [top, second] = [...votes].sort((x, y) => y[1] - x[1]);
      if (top && top[1] >= 2 && (!second || top[1] > second[1])) {
        for (let i = a; i <= b; i++) {
          const s = spans[i]!;
          if (s.guess.strength < 2 && s.from === s.to) s.guess = { type: top[0], strength: 1 };
        }
      }
    }
    a = b + 1;
  }
}
