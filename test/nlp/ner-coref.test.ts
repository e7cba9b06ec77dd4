import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Entity } from '../../src/nlp/entities.js';
import { namesCompatible, normalizeName, personKey } from '../../src/nlp/names.js';
import { resolveNames } from '../../src/nlp/ner-coref.js';

// namesCompatible is the expensive per-pair check: counting its calls measures the work, not the clock.
vi.mock('../../src/nlp/names.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/nlp/names.js')>();
  return { ...real, namesCompatible: vi.fn(real.namesCompatible) };
});

/** The rule written as the plain pairwise scan (quadratic): the oracle the indexed version must agree with. */
function pairwise(entities: readonly Entity[]): string[] {
  const words = (s: string) => normalizeName(s).split(' ').filter(Boolean);
  const contained = (short: string[], long: string[]) => {
    let j = 0;
    for (const w of long) if (w === short[j]) j++;
    return j === short.length;
  };
  const acronym = (ws: string[]) => ws.filter((w) => w.length > 2).map((w) => w[0]).join('');
  const forms = entities.map((e) => words(e.text));
  return entities.map((e, i) => {
    const mine = forms[i]!;
    let best = e.text;
    let bestLen = mine.length;
    entities.forEach((o, j) => {
      const theirs = forms[j]!;
      if (o.type !== e.type || theirs.length <= bestLen) return;
      const oneWord = !/\s/u.test(e.text.trim());
      const same =
        e.type === 'PERSON'
          ? contained(mine, theirs) && (oneWord ? personKey(e.text) === personKey(o.text) : namesCompatible(e.text, o.text))
          : contained(mine, theirs) || (mine.length === 1 && acronym(theirs) === mine[0]);
      if (same) {
        best = o.text;
        bestLen = theirs.length;
      }
    });
    // A lone given name: the one full name that starts with it, unless some name ends with it.
    if (best === e.text && e.type === 'PERSON' && mine.length === 1 && !/\s/u.test(e.text.trim())) {
      const longer = entities.filter((o, j) => o.type === 'PERSON' && forms[j]!.length >= 2 && forms[j]!.includes(mine[0]!));
      const starts = longer.filter((o) => words(o.text)[0] === mine[0]);
      const endsWith = longer.some((o) => words(o.text).at(-1) === mine[0]);
      if (!endsWith && new Set(starts.map((o) => words(o.text).join(' '))).size === 1) best = starts[0]!.text;
    }
    return best;
  });
}

const entity = (type: Entity['type'], text: string): Entity => ({ type, text, start: 0, end: text.length });
const WORDS = ['Alexander', 'Aleksandr', 'Lukashenko', 'Lukashenka', 'A.', 'European', 'Union', 'EU', 'Bank', 'of', 'England', 'Jr.', 'Smith', 'John', 'Ivan', 'Ei', 'Ub'];

describe('resolveNames', () => {
  it('when mentions are shorter forms of a fuller one then each gets the fullest form', () => {
    const got = resolveNames([
      entity('PERSON', 'Lukashenko'),
      entity('PERSON', 'Alexander Lukashenko'),
      entity('ORG', 'EU'),
      entity('ORG', 'European Union'),
      entity('PERSON', "Lukashenko's"),
    ]);
    expect(got).toEqual(['Alexander Lukashenko', 'Alexander Lukashenko', 'European Union', 'European Union', 'Alexander Lukashenko']);
  });

  it('when a hyphenated surname or a lone given name stands alone then it gets the one full name it belongs to', () => {
    const got = resolveNames([entity('PERSON', 'Miriam Bar-Lev'), entity('PERSON', 'Bar-Lev'), entity('PERSON', 'Tobias Renner'), entity('PERSON', 'Tobias')]);
    expect(got).toEqual(['Miriam Bar-Lev', 'Miriam Bar-Lev', 'Tobias Renner', 'Tobias Renner']);
  });

  it('when two full names start with the same given name then a lone given name stays as it is', () => {
    const got = resolveNames([entity('PERSON', 'Tobias Renner'), entity('PERSON', 'Tobias Lind'), entity('PERSON', 'Tobias')]);
    expect(got[2]).toBe('Tobias');
  });

  it('when any mix of names, types and orders is resolved then the result equals the pairwise rule', () => {
    const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
    const mention = fc.tuple(fc.constantFrom<Entity['type']>('PERSON', 'ORG', 'PLACE'), text).map(([t, s]) => entity(t, s));
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 40 }), (entities) => {
        expect(resolveNames(entities)).toEqual(pairwise(entities));
      }),
      { numRuns: 400 },
    );
  });

  it('when a document repeats the same people thousands of times then names are compared once per distinct pair', () => {
    // "John Smith" is contained in "Peter John Smith" but is not the same person: the pairwise rule compares
    // every mention of one with every mention of the other (4 million checks here).
    const mentions: Entity[] = [];
    for (let i = 0; i < 2_000; i++) mentions.push(entity('PERSON', 'John Smith'), entity('PERSON', 'Peter John Smith'), entity('PERSON', 'Smith'));
    vi.mocked(namesCompatible).mockClear();
    const got = resolveNames(mentions);
    expect(got.slice(0, 3)).toEqual(['John Smith', 'Peter John Smith', 'Peter John Smith']);
    expect(new Set(got).size).toBe(2);
    expect(vi.mocked(namesCompatible).mock.calls.length).toBeLessThanOrEqual(3);
  });
});
