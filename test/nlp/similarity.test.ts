import { describe, expect, it } from 'vitest';
import { contentWords, cosine, documentFrequencies, termCounts, tfidf, topTerms } from '../../src/nlp/similarity.js';

describe('similarity', () => {
  it('should keep lower-cased content words without stopwords or possessives', () => {
    expect(contentWords("The Minister's plan was rejected by Parliament in 2025.")).toEqual(['minister', 'plan', 'rejected', 'parliament', '2025']);
  });

  it('when texts share rare words then their TF-IDF cosine is higher than with an unrelated text', () => {
    const docs = ['Flood waters rise in Dresden as the Elbe overflows', 'The Elbe overflows its banks and floods Dresden', 'Tennis star wins the open final in straight sets'];
    const counts = docs.map((d) => termCounts(contentWords(d)));
    const { df, n } = documentFrequencies(counts);
    const [a, b, c] = counts.map((x) => tfidf(x, df, n));
    expect(cosine(a!, b!)).toBeGreaterThan(0.3);
    expect(cosine(a!, c!)).toBe(0);
    expect(cosine(a!, a!)).toBeCloseTo(1, 10);
  });

  it('when a vector is empty then cosine is 0', () => {
    expect(cosine(new Map(), new Map([['x', 1]]))).toBe(0);
  });

  it('should order top terms by weight, ties alphabetically', () => {
    expect(topTerms(new Map([['b', 1], ['a', 1], ['c', 2]]), 2)).toEqual(['c', 'a']);
  });
});
