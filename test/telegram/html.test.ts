import { describe, expect, it } from 'vitest';
import { escapeHtml, link, splitMessage } from '../../src/telegram/html.js';
import { htmlProblem } from '../support/fake-telegram.js';

describe('escapeHtml', () => {
  it('should escape exactly the characters Telegram HTML treats as markup', () => {
    expect(escapeHtml('Tags <b>bold</b> & "Co"')).toBe('Tags &lt;b&gt;bold&lt;/b&gt; &amp; "Co"');
    expect(htmlProblem(`<b>${escapeHtml('a < b && c > d')}</b>`)).toBeUndefined();
  });

  it('should link only http(s) URLs and escape the href', () => {
    expect(link('AP', 'https://example.com/a?x=1&y="2"')).toBe('<a href="https://example.com/a?x=1&amp;y=&quot;2&quot;">AP</a>');
    expect(link('AP', 'javascript:alert(1)')).toBe('AP');
  });
});

describe('splitMessage', () => {
  it('should keep a short message whole', () => {
    expect(splitMessage('<b>hi</b>\nthere')).toEqual(['<b>hi</b>\nthere']);
  });

  it('should split long text on line boundaries, each part under the limit and valid HTML', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `<b>Item ${i}</b> ${escapeHtml('x & y < z ').repeat(5)}`);
    const parts = splitMessage(lines.join('\n'));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(4096);
      expect(htmlProblem(part)).toBeUndefined();
    }
    expect(parts.join('\n')).toBe(lines.join('\n'));
  });

  it('should prefer block boundaries so a block is not torn across messages', () => {
    const block = (n: number) => Array.from({ length: 10 }, (_, i) => `block ${n} line ${i} ${'w'.repeat(40)}`).join('\n');
    const blocks = Array.from({ length: 20 }, (_, n) => block(n));
    const parts = splitMessage(blocks.join('\n\n'), 2000);
    for (const part of parts) for (const b of part.split('\n\n')) expect(blocks).toContain(b);
  });

  it('when one line is longer than the limit then it is cut outside tags with tags re-opened', () => {
    const line = `<b>${'word '.repeat(2000)}</b>`;
    const parts = splitMessage(line, 1000);
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(1000);
      expect(htmlProblem(part)).toBeUndefined();
    }
  });
});
