// A fetched page's bytes → text: the header's charset, else the page's own <meta charset>, else UTF-8.
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/sources/item-pages.js';

const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('decoding a fetched page', () => {
  it('when the Content-Type names a charset then it is used', () => {
    expect(decodeHtml(latin1('<p>Caf\u00e9</p>'), 'text/html; charset=ISO-8859-1')).toBe('<p>Café</p>');
  });

  it('when only the page’s <meta charset> names it then that is used', () => {
    // 0xB1 is "ą" in ISO-8859-2 (and "±" if the bytes were read as Latin-1).
    expect(decodeHtml(latin1('<html><head><meta charset="iso-8859-2"></head><body><p>W\u00b1chock</p>'), 'text/html')).toContain('<p>Wąchock</p>');
  });

  it('when nothing names a charset, or the label is unknown, then the bytes are read as UTF-8', () => {
    const utf8 = new TextEncoder().encode('<p>Café ✓</p>');
    expect(decodeHtml(utf8, 'text/html')).toBe('<p>Café ✓</p>');
    expect(decodeHtml(utf8, 'text/html; charset=no-such-charset')).toBe('<p>Café ✓</p>');
  });
});
