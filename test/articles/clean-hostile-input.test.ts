// Inputs that used to be cleaned wrongly: HTML pages, JSON with raw line separators, a long first line.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/articles/clean.js';
import { cleanOk, NOW } from './fixture.js';

const run = (input: string) => cleanArticle(input, { now: NOW, maxBytes: 1_000_000 });
const BODY = 'The council approved the budget on Monday after a long debate, officials said.\n\nThe vote was 31 to 12.';

describe('cleanArticle on HTML pages', () => {
  const page = (head: string) =>
    `${head}\n<head><title>Council backs budget</title></head>\n<body><h1>Council backs budget</h1>\n<p>${BODY}</p></body></html>`;

  it.each([
    ['a doctype', page('<!DOCTYPE html>\n<html lang="en">')],
    ['a lower-case doctype after a comment', page('<!-- saved from url=(0040)https://example.org/ -->\n<!doctype html><html>')],
    ['an <html> root', page('<html>')],
    ['a bare <body>', `<body>\n<p>${BODY}</p>\n</body>`],
    ['a markup-dense fragment', `Council backs budget\n\n${Array.from({ length: 6 }, () => `<div class="para"><p>${BODY.slice(0, 80)}</p></div>`).join('\n')}`],
  ])('when the input is %s then it is refused as an HTML page with what to do', (_what, html) => {
    const outcome = run(html);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe('html');
    expect(outcome.error.message).toMatch(/looks like an HTML page; the web-page extractor comes with the sources feature — save the article text instead/);
  });

  it('when a JSON article carries a whole page as its text then it is refused too', () => {
    const outcome = run(JSON.stringify({ title: 'Council backs budget', text: page('<!DOCTYPE html><html>') }));
    expect(outcome.ok || outcome.error.code).toBe('html');
  });

  it('when prose mentions a tag or two then it is still an article', () => {
    const a = cleanOk(`Browsers ignore the <blink> tag now\n\nThe <b> and <i> tags still work, developers said on Monday.\n\n${BODY}`);
    expect(a.title).toBe('Browsers ignore the <blink> tag now');
  });
});

describe('cleanArticle on JSON with raw line separators', () => {
  it.each([
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
    ['U+0085', '\u0085'],
  ])('when a JSON string holds a raw %s then it parses and the character breaks the line', (_name, sep) => {
    const json = `{"title": "Council${sep}backs budget", "text": "Council backs budget${sep}${sep}The council approved the budget on Monday, officials said.${sep}The vote was 31 to 12."}`;
    const a = cleanOk(json);
    expect(a.title).toBe('Council backs budget');
    expect(a.paragraphs.join(' ')).toContain('The vote was 31 to 12.');
    expect(a.paragraphs.join('')).not.toContain(sep);
  });

  it('when a header-format text uses U+2028 as its line break then the header is still read', () => {
    const a = cleanOk(`Title: Council backs budget\u2028Date: 3 March 2025\u2028\u2028${BODY}`);
    expect(a.title).toBe('Council backs budget');
    expect(a.publishedAt).toBe('2025-03-03T00:00:00.000Z');
  });
});

describe('cleanArticle when the first line is too long to be a headline', () => {
  const lead =
    'VILNIUS, Lithuania (AP) — Lithuania will close two more border crossings with Belarus from Friday, the interior minister said on Wednesday. ' +
    'The decision follows weeks of balloons carrying contraband drifting across the border, which forced Vilnius airport to shut several times, ' +
    'and the government said the closures would stay in place until further notice, while trucks already queued would be let through.';

  it('when the first line is over 300 characters then its first sentence is the title and the whole line the first paragraph', () => {
    expect(lead.length).toBeGreaterThan(300);
    const a = cleanOk(`${lead}\n\nOfficials in Minsk did not comment, state media said.`);
    expect(a.title).toBe('Lithuania will close two more border crossings with Belarus from Friday, the interior minister said on Wednesday');
    expect(a.paragraphs[0]).toMatch(/^Lithuania will close two more border crossings .* let through\.$/);
    expect(a.paragraphs).toHaveLength(2);
    expect(a.source.name).toBe('AP News');
  });

  it('when the first sentence itself is very long then the title is cut at a word boundary with an ellipsis', () => {
    const run = 'The council met again on Monday to discuss the budget and the new harbour and the schools and the roads ' +
      'and the parks and the libraries and the buses and the bridges and the hospitals and the museums and the markets';
    const a = cleanOk(`${run}, and it adjourned without a vote; members said they would meet next week, and the mayor said nothing at all to anyone who asked.`);
    expect(a.title.endsWith('…')).toBe(true);
    expect(a.title.length).toBeLessThanOrEqual(121);
    expect(run.startsWith(a.title.slice(0, -1))).toBe(true);
    expect(a.title.slice(0, -1)).toMatch(/\p{L}$/u);
  });

  it('when a metadata title exists then a long first line stays body text', () => {
    const a = cleanOk(`Title: Border crossings close\n\n${lead}`);
    expect(a.title).toBe('Border crossings close');
    expect(a.paragraphs[0]).toMatch(/^Lithuania will close/);
  });
});
