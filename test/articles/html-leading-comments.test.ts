// A run of leading HTML comments used to make the page-start check backtrack exponentially (each
// extra comment doubled the time: 20 comments ≈ 13 ms, 30 ≈ 13 s, 40 ≈ hours). Files under 32 KB are
// built on the main thread, so one such inbox file stalled the bot.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/articles/build-record.js';
import { looksLikeHtml } from '../../src/articles/html-input.js';
import { NOW } from './fixture.js';

const BODY = 'The council approved the budget on Monday after a long debate, officials said.\n\nThe vote was 31 to 12.';
const comments = (n: number) => '<!-- saved by the scraper -->\n'.repeat(n);
const build = (text: string) => buildRecord(text, { now: NOW, maxBytes: 1_000_000, fileName: 'council.txt' });

/** How long `fn` takes, in milliseconds. */
function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

describe('leading HTML comments', () => {
  it('when 30 comments precede plain text then the check answers "not a page" at once (old code: ~13 s)', () => {
    const { value, ms } = timed(() => looksLikeHtml(`${comments(30)}Council backs budget`));
    expect(value).toBe(false);
    expect(ms).toBeLessThan(250);
  });

  it('when 40 comments precede an article then it is built as text with its title', () => {
    const { value: outcome, ms } = timed(() => build(`${comments(40)}Council backs budget\n\n${BODY}`));
    expect(outcome.ok ? 'built' : outcome.error.code).not.toBe('html');
    expect(ms).toBeLessThan(1000);
  });

  it('when 40 comments precede an HTML page then it is refused as a page', () => {
    const outcome = build(`${comments(40)}<!DOCTYPE html>\n<html><body><p>${BODY}</p></body></html>`);
    expect(outcome.ok || outcome.error.code).toBe('html');
  });

  it('when 2 000 comments (60 KB) precede a page or text then both are answered in linear time', () => {
    const many = comments(2_000);
    const page = timed(() => looksLikeHtml(`${many}<html><body>x</body></html>`));
    const text = timed(() => looksLikeHtml(`${many}Council backs budget`));
    expect([page.value, text.value]).toEqual([true, false]);
    expect(page.ms + text.ms).toBeLessThan(250);
  });

  it('when a comment is never closed then the text is not a page', () => {
    expect(looksLikeHtml(`${comments(5)}<!-- unterminated <html><body>`)).toBe(false);
  });
});
