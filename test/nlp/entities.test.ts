import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticleEntities, extractEntities } from '../../src/nlp/entities.js';

const fixture = (name: string): string[] =>
  readFileSync(new URL(`../fixtures/nlp/${name}`, import.meta.url), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

const summary = (text: string) => extractEntities(text).map((e) => `${e.type}:${e.text}`);

describe('extractEntities', () => {
  it('when a name carries a possessive then the span excludes it, in prose and CoNLL spacing', () => {
    expect(summary("Reporters asked Radosław Sikorski's aides about Sikorski's plans")).toEqual([
      'PERSON:Radosław Sikorski',
      'PERSON:Sikorski',
    ]);
    expect(summary('President Alexander Lukashenko’s government')).toContain('PERSON:Alexander Lukashenko');
    expect(summary("Talks with Gitanas Nauseda 's team")).toContain('PERSON:Gitanas Nauseda');
  });

  it('when text has emoji before the names then offsets are UTF-16 and slice back', () => {
    const text = '🚨🛫 Breaking: Ukrainian President Volodymyr Zelensky 🇺🇦 arrived in Berlin 🙏.';
    const es = extractEntities(text);
    const zel = es.find((e) => e.text === 'Volodymyr Zelensky');
    expect(zel?.start).toBe(text.indexOf('Volodymyr'));
    expect(zel?.role).toBe('Ukrainian President');
    for (const e of es) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(es.some((e) => e.type === 'PLACE' && e.text === 'Berlin')).toBe(true);
  });

  it('should keep diacritics, apostrophes and hyphens inside names', () => {
    const got = summary("Radosław Sikorski met Jean-Luc Moreau and Aoife O'Brien in Białystok.");
    expect(got).toEqual(
      expect.arrayContaining(['PERSON:Radosław Sikorski', 'PERSON:Jean-Luc Moreau', "PERSON:Aoife O'Brien"]),
    );
    expect(got).toContain('PLACE:Białystok');
  });

  it('should join name particles such as "von der" and "al-"', () => {
    const got = summary('European Commission President Ursula von der Leyen spoke to Bashar al-Assad.');
    expect(got).toEqual(['ORG:European Commission', 'PERSON:Ursula von der Leyen', 'PERSON:Bashar al-Assad']);
  });

  it('when the text is empty or has no capitals then there are no entities', () => {
    expect(extractEntities('')).toEqual([]);
    expect(extractEntities('the border stayed shut all week.')).toEqual([]);
  });

  it('should return sorted, non-overlapping spans', () => {
    const es = extractEntities(fixture('baltic-wire.txt').join('\n'));
    for (let i = 1; i < es.length; i++) expect(es[i]!.start).toBeGreaterThanOrEqual(es[i - 1]!.end);
  });

  it('when a prefix like "Minsk-based" is used then only the place is tagged', () => {
    expect(summary('the Minsk-based airline Belavia')).toEqual(['PLACE:Minsk', 'ORG:Belavia']);
  });

  it('should tag organisations by name endings and well-known acronyms', () => {
    const got = summary('The European Union and NATO met officials of Turkish Airlines and the Bank of England.');
    expect(got).toEqual(
      expect.arrayContaining(['ORG:European Union', 'ORG:NATO', 'ORG:Turkish Airlines', 'ORG:Bank of England']),
    );
  });

  it('when a headline is in capitals then only names known from the body are tagged', () => {
    const text = 'POLAND CLOSES BORDER AFTER DRONE INCURSION\nWARSAW 2025-09-12\nPoland shut its border with Belarus, Prime Minister Donald Tusk said.';
    const got = summary(text);
    expect(got).toEqual(['PLACE:POLAND', 'PLACE:WARSAW', 'PLACE:Poland', 'PLACE:Belarus', 'PERSON:Donald Tusk']);
  });

  it('when a sentence starts with a common capitalised word then it is not an entity', () => {
    expect(summary('However, talks continued. Meanwhile the border stayed shut.')).toEqual([]);
  });
});

describe('extractArticleEntities', () => {
  it('when a surname recurs in later paragraphs then it is the same person with the full name', () => {
    const ms = extractArticleEntities(fixture('baltic-wire.txt'));
    const kow = ms.filter((m) => m.text === 'Kowalczyk');
    expect(kow).toHaveLength(1);
    expect(kow[0]).toMatchObject({ type: 'PERSON', name: 'Łukasz Kowalczyk', paragraph: 2 });
    expect(ms.find((m) => m.text === 'Nausėda')?.name).toBe('Gitanas Nausėda');
    expect(ms.find((m) => m.text === 'Moreau')?.name).toBe('Jean-Luc Moreau');
  });

  it('should give each paragraph its own offsets', () => {
    const paras = fixture('social-roundup.txt');
    const ms = extractArticleEntities(paras);
    for (const m of ms) expect(paras[m.paragraph]!.slice(m.start, m.end)).toBe(m.text);
    const zel = ms.filter((m) => m.name === 'Volodymyr Zelensky');
    expect(zel.map((m) => m.text)).toEqual(['Volodymyr Zelensky', 'Zelensky']);
    expect(ms.find((m) => m.text === 'Maria Kalesnikava')?.role).toBe('opposition figure');
  });

  it('when given no paragraphs then it returns no mentions', () => {
    expect(extractArticleEntities([])).toEqual([]);
  });
});
