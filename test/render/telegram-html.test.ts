import { describe, expect, it } from 'vitest';
import { escapeHtml, link, plainTextMessages, splitMessage } from '../../src/render/telegram-html.js';
import { htmlProblem, htmlToPlain, isEmptyText } from '../support/fake-telegram-html.js';
import { textProblem } from '../support/fake-telegram-messages.js';

/** Every piece is one message Telegram accepts: valid markup, visible text, ≤ limit after parsing. */
function expectSendable(parts: readonly string[], limit = 4096): void {
  expect(parts.length).toBeGreaterThan(0);
  for (const part of parts) {
    expect(htmlProblem(part)).toBeUndefined();
    const plain = htmlToPlain(part);
    expect(isEmptyText(plain)).toBe(false);
    expect(plain.length).toBeLessThanOrEqual(limit);
    if (limit === 4096) expect(textProblem(part, 'HTML')).toBeUndefined();
  }
}

describe('escapeHtml', () => {
  it('should escape exactly the characters Telegram HTML treats as markup', () => {
    expect(escapeHtml('Tags <b>bold</b> & "Co"')).toBe('Tags &lt;b&gt;bold&lt;/b&gt; &amp; "Co"');
    expect(htmlProblem(`<b>${escapeHtml('a < b && c > d')}</b>`)).toBeUndefined();
  });

  it('when text has a lone surrogate then it becomes U+FFFD and a surrogate pair stays', () => {
    expect(escapeHtml('a\ud835b 𝕏 \udd4f')).toBe('a\ufffdb 𝕏 \ufffd');
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

  it('should split long text on line boundaries, each part under the limit after parsing and valid HTML', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `<b>Item ${i}</b> ${escapeHtml('x & y < z ').repeat(5)}`);
    const parts = splitMessage(lines.join('\n'));
    expect(parts.length).toBeGreaterThan(1);
    expectSendable(parts);
    expect(parts.join('\n')).toBe(lines.join('\n'));
  });

  it('should prefer block boundaries so a block is not torn across messages', () => {
    const block = (n: number) => Array.from({ length: 10 }, (_, i) => `block ${n} line ${i} ${'w'.repeat(40)}`).join('\n');
    const blocks = Array.from({ length: 20 }, (_, n) => block(n));
    const parts = splitMessage(blocks.join('\n\n'), 2000);
    for (const part of parts) for (const b of part.split('\n\n')) expect(blocks).toContain(b);
  });

  it('when one line is longer than the limit then it is cut at spaces with tags re-opened', () => {
    const parts = splitMessage(`<b>${'word '.repeat(2000)}</b>`, 1000);
    expect(parts.length).toBeGreaterThan(5);
    expectSendable(parts, 1000);
    for (const part of parts) expect(part).toMatch(/^<b>(word ?)+<\/b>$/);
  });

  it('when the limit counts parsed text then entities count as one character and the raw HTML may be longer', () => {
    const html = `<b>${'&amp;'.repeat(4000)}</b>`;
    expect(splitMessage(html)).toEqual([html]);
  });

  it('when a title is "x" × 4100 then the pieces are hard-cut words, bold on both sides, none only tags', () => {
    const html = `1. <b>${'x'.repeat(4100)}</b>\n<a href="https://a.example/">Wire</a> · 1 March`;
    const parts = splitMessage(html);
    expectSendable(parts);
    expect(parts.map(htmlToPlain).join('')).toBe(`1. ${'x'.repeat(4100)}\nWire · 1 March`);
    expect(parts[1]).toMatch(/^<b>x+<\/b>/);
  });

  it('when a title is "a&b" × 1400 then no piece cuts inside &amp;', () => {
    const parts = splitMessage(`<b>${escapeHtml('a&b'.repeat(1400))}</b>`);
    expectSendable(parts);
    expect(parts.map(htmlToPlain).join('')).toBe('a&b'.repeat(1400));
  });

  it('when a title is "y𝕏" × 1400 then no piece cuts a surrogate pair', () => {
    const parts = splitMessage(`<i>${'y𝕏'.repeat(1400)}</i>`);
    expectSendable(parts);
    expect(parts.map(htmlToPlain).join('')).toBe('y𝕏'.repeat(1400));
  });

  it('when a link is cut then the <a href> is closed and reopened with the same URL', () => {
    const parts = splitMessage(`<a href="https://x.example/?a=1&amp;b=2">${'long words '.repeat(500)}</a>`, 1000);
    expectSendable(parts, 1000);
    for (const part of parts) expect(part).toMatch(/^<a href="https:\/\/x\.example\/\?a=1&amp;b=2">[^<]+<\/a>$/);
  });

  it('when a cut falls where only tags or blank characters remain then no piece is empty', () => {
    const html = `${'z'.repeat(4096)}<b></b><i>\u200b\u200b \n</i>\n\n<b> </b>`;
    const parts = splitMessage(html);
    expectSendable(parts);
    expect(splitMessage('<b>  </b>\n\n\u200b')).toEqual([]);
  });

  it('when there is a blank line, a line break and a space in range then the blank line wins', () => {
    const parts = splitMessage(`aaa bbb\nccc\n\nddd eee ${'f'.repeat(30)}`, 30);
    expect(parts[0]).toBe('aaa bbb\nccc');
  });
});

describe('plainTextMessages', () => {
  it('should give the visible text without markup, decoded, split under the limit', () => {
    expect(plainTextMessages('<b>A &amp; B</b> <a href="https://x.example/">link</a>')).toEqual(['A & B link']);
    const parts = plainTextMessages(`<b>${escapeHtml('<&>'.repeat(3000))}</b>`);
    expect(parts.join('')).toBe('<&>'.repeat(3000));
    for (const part of parts) expect(textProblem(part, undefined)).toBeUndefined();
  });
});
