import { describe, it, expect } from 'vitest';
import { cleanArticle, type CleanErrorCode } from '../../src/articles/clean.js';
import { NOW } from './fixture.js';

const run = (input: Uint8Array | string, maxBytes = 10_000) => cleanArticle(input, { now: NOW, maxBytes, fileName: 'inbox/a.txt' });
const expectError = (input: Uint8Array | string, code: CleanErrorCode, maxBytes?: number) => {
  const outcome = run(input, maxBytes);
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.error.code).toBe(code);
  expect(outcome.error.message).not.toContain('\n');
  // The caller prints the file name once, next to the message; the message itself never repeats it.
  expect(outcome.error.message).not.toContain('inbox/a.txt');
};

describe('cleanArticle on bad input', () => {
  it('when the file is 0 bytes or only whitespace then it is empty', () => {
    expectError(new Uint8Array(), 'empty');
    expectError(new TextEncoder().encode(' \n\r\n\t \n'), 'empty');
    expectError('   \n\n', 'empty');
  });

  it('when the input is over maxBytes then it is too_large, checked before decoding', () => {
    const big = new Uint8Array(2000).fill(0xff); // not UTF-8 either: size must win
    expectError(big, 'too_large', 1000);
    expectError('x'.repeat(1001), 'too_large', 1000);
  });

  it('when the input is over maxBytes then the message states the real size and the cap', () => {
    const outcome = run(new Uint8Array(3_250_586).fill(0x61), 2_097_152);
    expect(outcome.ok || outcome.error.message).toMatch(/^3\.1 MB is over the 2 MB limit \(MAX_ARTICLE_BYTES=2097152\)/);
    // Just over the cap, rounded figures would be equal: exact bytes instead.
    const barely = run('x'.repeat(2_097_153), 2_097_152);
    expect(barely.ok || barely.error.message).toMatch(/^2097153 bytes is over the 2097152-byte limit/);
  });

  it('when the bytes are a PNG, gzip or contain NULs then it is binary', () => {
    expectError(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary');
    expectError(new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00]), 'binary');
    expectError(new TextEncoder().encode('Title\n\nSome text\u0000with a NUL in it.'), 'binary');
    expectError(new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), 'binary');
  });

  it('when the bytes are Latin-1, not UTF-8, then it is invalid_utf8', () => {
    expectError(new Uint8Array([...new TextEncoder().encode('Caf'), 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73]), 'invalid_utf8');
  });

  it('when there is only a title and a disclaimer then it is no_body', () => {
    expectError('Big headline\n\nDisclaimer: This content is aggregated from public sources online.\n', 'no_body');
  });

  it('when there is only boilerplate then it is no_body: only web-page notices', () => {
    expectError('Disclaimer: aggregated from public sources.\nShare this article\n', 'no_body');
  });

  it('when there is no headline and no notice then it is no_title', () => {
    expectError('Disclaimer: aggregated from public sources.\n', 'no_title');
  });

  it('when the JSON does not parse then it is bad_json, with the parse problem named', () => {
    expectError('{"title": "x", "text": ', 'bad_json');
    const outcome = run('{"title": "x", "text": ');
    expect(outcome.ok || outcome.error.message).toMatch(/does not parse \(.+\)/);
  });

  it('when the JSON lacks a text field then it is bad_metadata with the problem named', () => {
    const outcome = run('{"title": "A title", "text": 42}');
    expect(outcome.ok || outcome.error.message).toMatch(/text/);
    expectError('{"title": "A title", "summary": "no body key"}', 'bad_metadata');
  });

  it('when header metadata has an unreadable date or URL then it is bad_metadata', () => {
    expectError('Title: A\nPublished: sometime soon\n\nA\n\nBody text here, long enough to count.\n', 'bad_metadata');
    expectError('Title: A\nURL: not a url\n\nBody text here, long enough to count.\n', 'bad_metadata');
  });

  it('when cleaning itself fails (a bug: here no clock reading) then it is clean_failed, and the error is named', () => {
    const outcome = cleanArticle('Budget agreed\n\nThe council said on Saturday that the budget was agreed after a long debate.\n', {
      now: null as unknown as Date,
      maxBytes: 10_000,
    });
    expect(outcome.ok || outcome.error.code).toBe('clean_failed');
    expect(outcome.ok || outcome.error.message).toMatch(/^Could not clean this article \(.+\); please report this file\.$/);
  });

  it('should never throw, whatever the bytes', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const bytes = Uint8Array.from({ length: (seed * 37) % 300 }, (_, i) => (seed * 7919 + i * 104729) % 256);
      expect(() => run(bytes)).not.toThrow();
    }
  });
});

describe('cleanArticle on unusual but valid encodings', () => {
  it('when the text has a UTF-8 BOM or is UTF-16LE with a BOM then it decodes to the same article', () => {
    const text = 'A short headline here\n\nThe body says something useful about the world today.\n';
    const plain = run(text);
    const bom = run(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    const utf16 = run(new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array(Array.from(text, (c) => c.charCodeAt(0))).buffer)]));
    expect(plain.ok && bom.ok && utf16.ok).toBe(true);
    if (plain.ok && bom.ok && utf16.ok) {
      expect(bom.article).toEqual(plain.article);
      expect(utf16.article).toEqual(plain.article);
    }
  });
});
