import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticleEntities } from '../../src/nlp/entities.js';

const seed = readFileSync(new URL('../../samples/000_seed-belarus.txt', import.meta.url), 'utf8');
const paragraphs = seed
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean);
const mentions = extractArticleEntities(paragraphs);
const people = mentions.filter((m) => m.type === 'PERSON');
const find = (text: string) => people.find((m) => m.text === text);

describe('extractArticleEntities on the seed article', () => {
  it.each([
    ['Alexander Lukashenko', 'President'],
    ['Gitanas Nauseda', 'Lithuanian President'],
    ['John Coale', 'U.S. envoy'],
    ['Sviatlana Tsikhanouskaya', 'exiled Belarusian opposition leader'],
    ['Ihar Losik', 'journalist'],
    ['Mikalai Statkevich', 'veteran opposition activist'],
    ['Donald Trump', 'U.S. President'],
  ])('should find %s with role %s', (name, role) => {
    const m = find(name);
    expect(m).toBeDefined();
    expect(m?.role).toBe(role);
  });

  it('when offsets are sliced from their paragraph then they give the mention text', () => {
    expect(mentions.length).toBeGreaterThan(15);
    for (const m of mentions) {
      expect(paragraphs[m.paragraph]?.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('when Lukashenko is named alone or with a possessive then his name is the full form', () => {
    const bare = people.filter((m) => m.text === 'Lukashenko');
    expect(bare.length).toBeGreaterThanOrEqual(2);
    for (const m of bare) expect(m.name).toBe('Alexander Lukashenko');
    const possessive = find('Alexander Lukashenko');
    const para = paragraphs[possessive!.paragraph]!;
    expect(para.slice(possessive!.end, possessive!.end + 2)).toBe('’s');
  });

  it('should tag the airline, the alliance and the places', () => {
    const has = (type: string, text: string) => mentions.some((m) => m.type === type && m.text === text);
    expect(has('ORG', 'Belavia')).toBe(true);
    expect(has('ORG', 'NATO')).toBe(true);
    expect(has('PLACE', 'Poland')).toBe(true);
    expect(has('PLACE', 'Belarus')).toBe(true);
    expect(has('PLACE', 'United States')).toBe(true);
  });

  it('should not treat the Title Case headline as a person', () => {
    expect(people.some((m) => /Frees|Tensions/.test(m.text))).toBe(false);
  });
});
