import { describe, it, expect } from 'vitest';
import { cleanOk } from './fixture.js';

const BODY = 'The council approved the budget on Monday after a long debate, officials said.\n\nThe vote was 31 to 12.';

describe('cleanArticle input formats', () => {
  it('when a header block gives title and language then they win over the first line and detection', () => {
    const a = cleanOk(`Title: Council backs budget\nLanguage: de\nDate: 3 March 2025\n\nA different first line\n\n${BODY}`);
    expect(a.title).toBe('Council backs budget');
    expect(a.language).toBe('de');
    expect(a.publishedAt).toBe('2025-03-03T00:00:00.000Z');
    expect(a.paragraphs[0]).toBe('A different first line');
  });

  it('when a header has only a source URL then the source is named after its hostname', () => {
    const a = cleanOk(`Title: Council backs budget\nSource: https://www.city-news.example.com/\n\n${BODY}`);
    expect(a.source).toEqual({ name: 'city-news.example.com', url: 'https://www.city-news.example.com/' });
  });

  it('when there is no source but an article URL then the source is its hostname', () => {
    const a = cleanOk(JSON.stringify({ title: 'Council backs budget', body: BODY, url: 'https://news.example.org/x' }));
    expect(a.source).toEqual({ name: 'news.example.org' });
  });

  it('when JSON has no title then the first line of its text is the title', () => {
    const a = cleanOk(JSON.stringify({ content: `Council backs budget\n\n${BODY}`, published: '2025-03-03' }));
    expect(a.title).toBe('Council backs budget');
    expect(a.paragraphs).toHaveLength(2);
  });

  it('when text is hard-wrapped at ~70 columns then wrapped lines join into one paragraph', () => {
    const wrapped = [
      'Headline about the harbour',
      '',
      'The harbour authority said on Tuesday that the new quay would open in',
      'the spring, two years later than planned, because of problems with the',
      'foundations and a shortage of steel.',
      '',
      'Local businesses said the delay had cost them customers.',
    ].join('\n');
    const a = cleanOk(wrapped);
    expect(a.paragraphs).toEqual([
      'The harbour authority said on Tuesday that the new quay would open in the spring, two years later than planned, because of problems with the foundations and a shortage of steel.',
      'Local businesses said the delay had cost them customers.',
    ]);
  });

  it('when each paragraph is a line without blank lines between then each line is a paragraph', () => {
    const a = cleanOk('Headline about the harbour\nThe quay will open in spring, officials said.\nBusinesses said the delay cost them customers.\nThe mayor apologised.');
    expect(a.title).toBe('Headline about the harbour');
    expect(a.paragraphs).toHaveLength(3);
  });

  it('when the title has extra spaces and tabs then it is trimmed and collapsed', () => {
    const a = cleanOk(`  Council \t backs   budget  \n\n${BODY}`);
    expect(a.title).toBe('Council backs budget');
  });
});
