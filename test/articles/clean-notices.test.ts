import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/articles/clean.js';
import { NOW } from './fixture.js';

const run = (text: string) => cleanArticle(text, { now: NOW, maxBytes: 100_000 });
const story =
  'The River Senna flooded the town of Harlow on Tuesday, closing the old bridge and forcing residents from their homes.\n\n' +
  'Mayor Ines Okafor said three schools would stay shut until the water falls.';

describe('web-page notices at cleaning', () => {
  it('when an article carries tweet, crawl, share and sign-up notices then they are removed and the story is kept', () => {
    const text = [
      'Flood closes Harlow bridge',
      'share tweet pin email',
      story,
      'Post a Tweet with where you are',
      'You may attach your town or exact spot to your Tweets from the website or partner apps, and clear that history later.',
      'The crawls in this set were run from a seed list so that cited pages survive after they change.',
      'Sign up for our daily newsletter.',
    ].join('\n\n');
    const outcome = run(text);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.article.title).toBe('Flood closes Harlow bridge');
    expect(outcome.article.paragraphs).toEqual(story.split('\n\n'));
  });

  it.each([
    ['only tweet-embed notices', 'Post a Tweet with where you are\n\nYou may attach your town or exact spot to your Tweets from the website.'],
    ['only crawl notices', 'Harlow archive\n\nThe crawls in this set were run from a seed list of council sites.\n\nEach day new captures join the Wayback Machine once an embargo period has passed.'],
    ['only prompts', 'Title: Newsletter\n\nSign up for our daily newsletter.\n\nshare tweet pin email'],
  ])('when the text holds %s then it is refused as no article, in one line', (_kind, text) => {
    const outcome = run(text);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe('no_body');
    expect(outcome.error.message).toMatch(/only web-page notices .*not an article/);
    expect(outcome.error.message).not.toContain('\n');
  });
});

describe('news that mentions a notice word at cleaning', () => {
  it.each([
    'The senator wrote in a newsletter to voters that she would not seek another term.',
    'The Internet Archive lost its appeal over the lending of scanned books on Friday.',
    'Thousands of men are signing up for the army after the border clashes, officials said.',
    'Police urged anyone with contact details for the missing hiker to call the station.',
    'Djokovic tops the seed list at Wimbledon for the eighth time in his career.',
    'Getty Images agreed to buy Shutterstock in a deal that regulators will now review.',
  ])('when a paragraph says "%s" then it is kept', (sentence) => {
    const outcome = run(`Flood closes Harlow bridge\n\n${story}\n\n${sentence}`);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.article.paragraphs).toEqual([...story.split('\n\n'), sentence]);
  });
});

describe('the outlet of a cleaned article', () => {
  it.each(['Photo: Marta Lindqvist/Twitter', '(Photo: Tomas Brandt (Getty Images))', 'Image: Tomas Brandt (Getty Images', 'Source: Marta Lindqvist'])(
    'when the only credit is "%s" then the outlet is not taken from it',
    (credit) => {
      const outcome = run(`Flood closes Harlow bridge\n\n${credit}\n\n${story}`);
      expect(outcome.ok && outcome.article.source.name).toBe('Unknown source');
    },
  );

  it('when a credit names an agency then that is the outlet', () => {
    const outcome = run(`Flood closes Harlow bridge\n\nPhoto: Marta Lindqvist/Reuters\n\n${story}`);
    expect(outcome.ok && outcome.article.source.name).toBe('Reuters');
  });

  it('when the metadata source name is a credit line then the URL host names the outlet', () => {
    const outcome = run(JSON.stringify({ title: 'Flood closes Harlow bridge', text: story, url: 'https://harlow-gazette.example/flood', source: { name: 'Marta Lindqvist/Twitter' } }));
    expect(outcome.ok && outcome.article.source.name).toBe('harlow-gazette.example');
  });
});
