// In-article coreference: each mention's `name` is the fullest form of its entity in the text.
import type { Entity } from './entities.js';
import { namesCompatible, normalizeName } from './names.js';

const words = (s: string): string[] => normalizeName(s).split(' ').filter(Boolean);

/** True when every word of `short` occurs, in order, in `long` ("Lukashenko" in "Alexander Lukashenko"). */
function contained(short: string[], long: string[]): boolean {
  let j = 0;
  for (const w of long) if (w === short[j]) j++;
  return j === short.length;
}

/** Acronym of a multi-word name: "European Union" → "eu". */
const acronym = (ws: string[]): string => ws.filter((w) => w.length > 2).map((w) => w[0]).join('');

export function resolveNames(entities: readonly Entity[]): string[] {
  const forms = entities.map((e) => words(e.text));
  return entities.map((e, i) => {
    const mine = forms[i]!;
    let best = e.text;
    let bestLen = mine.length;
    entities.forEach((o, j) => {
      const theirs = forms[j]!;
      if (o.type !== e.type || theirs.length <= bestLen) return;
      const same =
        e.type === 'PERSON'
          ? contained(mine, theirs) && namesCompatible(e.text, o.text)
          : contained(mine, theirs) || (mine.length === 1 && acronym(theirs) === mine[0]);
      if (same) {
        best = o.text;
        bestLen = theirs.length;
      }
    });
    return best;
  });
}
