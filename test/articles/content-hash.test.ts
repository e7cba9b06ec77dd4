import { describe, it, expect } from 'vitest';
import { contentHash, normaliseForHash } from '../../src/articles/content-hash.js';
import { cleanOk, fixtureText } from './fixture.js';

const seed = fixtureText('seed-belarus.txt');
const hashOf = (text: string) => cleanOk(text).contentHash;

describe('contentHash of the same article scraped differently', () => {
  const original = hashOf(seed);

  it('when line endings are CRLF or old-Mac CR then the hash is the same', () => {
    expect(hashOf(seed.replace(/\n/g, '\r\n'))).toBe(original);
    expect(hashOf(seed.replace(/\n/g, '\r'))).toBe(original);
  });

  it('when whitespace changes (extra blank lines, indents, doubled spaces, trailing tabs) then the hash is the same', () => {
    const messy = seed
      .split('\n')
      .map((l) => (l ? `   ${l.replace(/ /g, '  ')}\t` : l))
      .join('\n\n\n');
    expect(hashOf(messy)).toBe(original);
  });

  it('when boilerplate is removed or added then the hash is the same', () => {
    const bare = seed.replace(/^Image from AP News$/m, '').replace(/^Disclaimer:.*$/m, '').replace(/^阅读中文版.*$/m, '');
    expect(hashOf(bare)).toBe(original);
    const title = seed.split('\n')[0] ?? '';
    const extra = `${title}\n\nShare this article\nFollow us on X\n\n${seed}\n\nADVERTISEMENT\n\nSign up for our newsletter\n\n${title}\n`;
    expect(hashOf(extra)).toBe(original);
  });

  it('when curly quotes become straight ones then the hash is the same', () => {
    expect(hashOf(seed.replace(/’/g, "'"))).toBe(original);
  });

  it('when the body really changes then the hash changes', () => {
    expect(hashOf(seed.replace('52 political prisoners yesterday', '53 political prisoners yesterday'))).not.toBe(original);
  });

  it('should hash to the same value whether the article comes as text or as JSON', () => {
    const lines = seed.split('\n');
    const paragraphs = cleanOk(seed).paragraphs;
    const json = JSON.stringify({ title: lines[0], text: paragraphs });
    expect(hashOf(json)).toBe(original);
  });
});

describe('normaliseForHash', () => {
  it('should apply NFKC, lower-case, and unify quotes and dashes', () => {
    expect(normaliseForHash('“Ｆｕｌｌ”\u00a0width — ‘quotes’')).toBe('"full" width - \'quotes\'');
  });

  it('should not depend on how the text is split into paragraphs', () => {
    expect(contentHash('T', ['a b', 'c'])).toBe(contentHash('T', ['a', 'b c']));
  });
});
