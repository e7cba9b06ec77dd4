import { describe, it, expect } from 'vitest';
import { classifyLine } from '../../src/articles/clean-lines.js';

const kind = (line: string) => classifyLine(line).kind;

describe('classifyLine', () => {
  it.each([
    'Image from AP News', 'Photo by Jane Doe/Reuters', '(Photo: Reuters)', 'Video courtesy of Channel 4',
    'Photograph: Kevin Marsh/Getty Images', 'Getty Images', 'Picture credit: Shutterstock', 'Source: Reuters', 'Via: The Kyiv Independent',
  ])('when the line is the credit "%s" then it is a credit', (line) => {
    expect(kind(line)).toBe('credit');
  });

  it.each([
    'Share this article', 'SHARE THIS STORY', 'Follow us on X', 'follow us on Instagram for more', 'Sign up for our newsletter',
    'Subscribe to our daily briefing', 'Click here to read our full coverage', 'Read more: Airlines warn of safety risks',
    'Related: Ministers meet in Brussels', 'See also: How the vote works', 'ADVERTISEMENT', 'Advertisement', 'Sponsored',
    'Story continues below advertisement', 'We use cookies to improve your experience. By continuing you accept our cookie policy.',
    '© 2025 Example Media. All rights reserved.', 'Reporting by Tom Keller; Editing by Anna Brooks', 'By Jane Doe and John Roe, Reuters',
    'Download our app for breaking news alerts', '[Ministers clash over budget]', 'World › Europe › Belarus', 'Listen to this article',
    'Get the latest headlines delivered to your inbox', 'Tap here to enable notifications', 'Читайте также: новости дня',
  ])('when the line is the promo or crumb "%s" then it is dropped', (line) => {
    expect(['junk', 'short']).toContain(kind(line));
  });

  it('when a line is a date stamp then it is a stamp', () => {
    expect(kind('Published 10:42 AM EDT, March 4, 2025')).toBe('stamp');
    expect(kind('Updated: 2025-03-04')).toBe('stamp');
  });

  it.each([
    'Share prices fell sharply on Monday after the bank said profits would be lower than expected.',
    'Followers of the movement gathered in the square, chanting for the release of prisoners.',
    'The photo, taken by a local resident, shows smoke rising over the harbour.',
    'Related measures were approved by parliament in 2021.',
    'He declined to comment.',
    'Subscribers to the service will pay more from March, the company said in a statement.',
  ])('when the line is ordinary prose "%s" then it is content', (line) => {
    expect(kind(line)).toBe('content');
  });

  it('when a line is a translation link then the language and URL are recorded', () => {
    expect(classifyLine('Read in English: https://example.com/en/story')).toEqual({
      kind: 'translation',
      translation: { language: 'en', label: 'Read in English', url: 'https://example.com/en/story' },
    });
    expect(classifyLine('Читати українською')).toMatchObject({ kind: 'translation', translation: { language: 'uk' } });
    expect(classifyLine('Lire en français')).toMatchObject({ kind: 'translation', translation: { language: 'fr' } });
  });

  it('when a line is a disclaimer in another wording then it is a disclaimer', () => {
    expect(kind('This content was generated automatically from news feeds and may contain errors.')).toBe('disclaimer');
  });
});

describe('classifyLine on captions and calls to action', () => {
  it.each([
    'Donald Duck waves to supporters before a rally in the square. Jane Roe/Getty Images',
    'The harbour at dawn on Tuesday. Photo: Tom Wall via AP',
    'FILE PHOTO: A shop of the fashion brand in a ski resort',
    'Image copyright Getty Images Image caption Protesters gathered outside',
    'For a full list of the winners, click here.',
    'Want these stories on your phone? Download our app now!',
    'Become a fan on Facebook and follow us on Instagram for daily pictures.',
    'Please turn on JavaScript. Media requires JavaScript to play.',
    'Read or Share this story: https://short.example/abc',
  ])('when the line is "%s" then it is dropped', (line) => {
    expect(['junk', 'credit']).toContain(kind(line));
  });

  it('when a caption credit sits inside a paragraph then it is removed from the text', async () => {
    const { cleanOk } = await import('./fixture.js');
    const a = cleanOk('Headline on shopping\n\nShopping when hungry could be a bad idea (Image: Stock Images/Getty), a study found.');
    expect(a.paragraphs).toEqual(['Shopping when hungry could be a bad idea, a study found.']);
  });

  it.each([
    'The company said users could download the update from Monday, and that it would fix the battery problem.',
    'Shares fell less than 1% in recent after-hours trading.',
  ])('when prose mentions apps or shares "%s" then it is kept', (line) => {
    expect(kind(line)).toBe('content');
  });
});
