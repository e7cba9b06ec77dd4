import { describe, expect, it } from 'vitest';
import { noticeKind } from '../../src/nlp/boilerplate-notices.js';
import { noticeLineKind } from '../../src/nlp/notice-lines.js';

// Notices written for these tests in the shape of the real ones (a location prompt, a crawl note), not copied.
const TWEET_NOTICES = [
  'Post a Tweet with where you are',
  'You may attach your town or exact spot to your Tweets from the website or partner apps.',
  'You can clear the location history of your Tweets at any time.',
];
const CRAWL_NOTICES = [
  'Since 2004 a search company has handed its crawl data to the Internet Archive for safekeeping.',
  'Each day new captures join the Wayback Machine once an embargo period has passed.',
  'The crawls in this set were run from a seed list of local government sites.',
  'Domain crawl with a fresh seedlist and new crawler settings, started in June 2015.',
];

describe('noticeKind (loose, for summary sentences)', () => {
  it.each([
    ...TWEET_NOTICES.map((t) => [t, 'tweet']),
    ['— Dana Ortiz (@danaortiz) March 3, 2019', 'tweet'],
    ...CRAWL_NOTICES.map((t) => [t, 'crawl']),
    ['share tweet pin email', 'prompt'],
    ['Sign up for our morning newsletter.', 'prompt'],
    ['Put your contact details in the boxes to get on our mailing list.', 'prompt'],
    ['(Photo: Marta Lindqvist/Getty Images)', 'credit'],
    ['In this June 3, 2018, file photo, the mayor speaks at city hall.', 'caption'],
    ['FILE - The old bridge over the river in Harlow.', 'caption'],
    ['Story continues below advertisement', 'site'],
    ['Please enable JavaScript to watch this video.', 'site'],
    ['Read the report at https://example.org/report.', 'link'],
  ])('"%s" is a %s notice', (text, kind) => {
    expect(noticeKind(text)).toBe(kind);
  });

  it.each([
    'The council approved the budget by a vote of seven to two.',
    'Traffic slowed to a crawl on the highway after the crash.',
    'She posted a photo of the flooded street and said the water was still rising.',
    'The company said it would share the findings with regulators.',
    'The mayor tweeted that the city would reopen the bridge on Monday.',
  ])('"%s" is news, not a notice', (text) => {
    expect(noticeKind(text)).toBeUndefined();
  });
});

describe('noticeLineKind (whole lines, for cleaning)', () => {
  it.each([
    ...TWEET_NOTICES.map((t) => [t, 'tweet']),
    ...CRAWL_NOTICES.map((t) => [t, 'crawl']),
    ['share tweet pin email', 'prompt'],
    ['Sign up for our morning newsletter.', 'prompt'],
    ['Subscribe to the weekly briefing here', 'prompt'],
    ['Newsletter sign-up', 'prompt'],
    ['(Photo: Marta Lindqvist/Getty Images)', 'credit'],
    ['Getty Images', 'credit'],
    ['In this June 3, 2018, file photo, the mayor speaks at city hall.', 'caption'],
    ['Please enable JavaScript to watch this video.', 'site'],
  ])('"%s" is a %s line', (text, kind) => {
    expect(noticeLineKind(text)).toBe(kind);
  });

  // News that mentions a notice's words: every one of these was dropped at cleaning when the loose test was used.
  it.each([
    'The senator wrote in a newsletter to voters that she would not run again.',
    'The Internet Archive lost its appeal over the lending of scanned books on Friday.',
    'The Internet Archive, which runs the Wayback Machine, said it would appeal the ruling.',
    'Thousands of men are signing up for the army after the border clashes, officials said.',
    'Police urged anyone with contact details for the missing hiker to call the station.',
    'Djokovic tops the seed list at Wimbledon for the eighth time.',
    'Getty Images agreed to buy Shutterstock in a deal worth billions.',
    'The agency released a handout photo of the damaged tanker on Tuesday.',
    'Djokovic tops the Wimbledon seed list again',
  ])('"%s" is kept as news', (text) => {
    expect(noticeLineKind(text)).toBeUndefined();
  });
});
