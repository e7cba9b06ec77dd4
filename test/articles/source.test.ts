import { describe, it, expect } from 'vitest';
import { findDateline } from '../../src/articles/dateline.js';
import { outletFromCredit, outletFromUrl, outletName } from '../../src/articles/source.js';
import { isCreditLike, isRealOutlet, looksLikePerson } from '../../src/articles/clean-outlet-name.js';

describe('findDateline', () => {
  it.each([
    ['MINSK, Belarus (AP) — Belarus freed', 'MINSK, Belarus (AP) — ', 'AP News'],
    ['KYIV, Ukraine (AP) — Ukraine opened', 'KYIV, Ukraine (AP) — ', 'AP News'],
    ['(Reuters) - Shares rose', '(Reuters) - ', 'Reuters'],
    ['WASHINGTON, Sept 11 (Reuters) - The Treasury', 'WASHINGTON, Sept 11 (Reuters) - ', 'Reuters'],
    ['WASHINGTON/VILNIUS, Sept 11 (Reuters) - The US', 'WASHINGTON/VILNIUS, Sept 11 (Reuters) - ', 'Reuters'],
    ['BERLIN (dpa) - Berlin will', 'BERLIN (dpa) - ', 'dpa'],
    ['PARIS (AFP) – France said', 'PARIS (AFP) – ', 'Agence France-Presse'],
    ['SEOUL, Oct 3 (UPI) -- North Korea', 'SEOUL, Oct 3 (UPI) -- ', 'UPI'],
  ])('when the paragraph is "%s" then the prefix and outlet are found', (paragraph, prefix, outlet) => {
    expect(findDateline(paragraph)).toEqual({ prefix, outlet });
  });

  it('when an all-caps place has an em dash but no agency then it is a dateline without outlet', () => {
    expect(findDateline('LONDON — The bank said')).toEqual({ prefix: 'LONDON — ' });
  });

  it('when the paragraph only starts like one then it is no dateline', () => {
    expect(findDateline('The U.S. decision - announced late - surprised many.')).toBeUndefined();
    expect(findDateline('NATO allies met (again) on Monday.')).toBeUndefined();
  });
});

describe('outletFromCredit', () => {
  it.each([
    ['Image from AP News', 'AP News'],
    ['Photo: Jane Marlow/Reuters', 'Reuters'],
    ['(Photo: AFP via Getty Images)', 'Agence France-Presse'],
    ['AP Photo/Efrem Lukatsky', 'AP News'],
    ['Video courtesy of Channel 4 News', 'Channel 4 News'],
    ['Source: The Associated Press', 'AP News'],
    ['Via: Kyiv Independent', 'Kyiv Independent'],
    ['This article originally appeared on Balkan Insight.', 'Balkan Insight'],
  ])('when the credit is "%s" then the outlet is %s', (line, outlet) => {
    expect(outletFromCredit(line)).toBe(outlet);
  });

  it.each([
    'Photo: Marta Lindqvist/Twitter',
    'Marta Lindqvist/Instagram',
    '(Photo: Tomas Brandt (Getty Images))',
    'Image: Tomas Brandt (Getty Images',
    'Source: Marta Lindqvist',
    'Via: @citydesk',
    'Source: Twitter',
  ])('when the credit is "%s" (a photographer, a handle or a social network) then there is no outlet', (line) => {
    expect(outletFromCredit(line)).toBeUndefined();
  });

  it('when the credit is cut off or doubled then the agency is still found', () => {
    expect(outletFromCredit('Photo: Tomas Brandt/Reuters')).toBe('Reuters');
    expect(outletFromCredit('Source: Al Jazeera')).toBe('Al Jazeera');
  });

  it('when the credit names only a photographer or an image library then there is no outlet', () => {
    expect(outletFromCredit('Photo by Marta Lindqvist')).toBeUndefined();
    expect(outletFromCredit('Getty Images')).toBeUndefined();
    expect(outletFromCredit('Photo: Shutterstock')).toBeUndefined();
  });
});

describe('isRealOutlet, isCreditLike and looksLikePerson', () => {
  it.each(['AP News', 'Kyiv Independent', 'example-news.com', 'Der Spiegel', 'Meduza'])('"%s" is a real outlet', (name) => {
    expect(isRealOutlet(name)).toBe(true);
  });
  it.each(['Unknown source', 'Scout Willis/Twitter', 'Jane Doe (Getty Images', '@newsdesk', 'Instagram', 'Getty Images', 'Scout Willis', 'Tomassio Boddi', 'Jane Doe'])(
    '"%s" is not a real outlet',
    (name) => {
      expect(isRealOutlet(name)).toBe(false);
    },
  );
  it('should tell a person-shaped name from a publication', () => {
    expect(looksLikePerson('Marta Lindqvist')).toBe(true);
    expect(looksLikePerson('Jane M. Doe')).toBe(true);
    expect(looksLikePerson('Balkan Insight')).toBe(false);
    expect(looksLikePerson('Le Monde')).toBe(false);
    expect(isCreditLike('AP Photo/Jane Doe')).toBe(true);
  });
});

describe('outlet names on hostile input', () => {
  it('should read a long run of punctuation or slashes in linear time', () => {
    const started = performance.now();
    expect(outletName(`A${'.'.repeat(50_000)}B`)).toBeUndefined();
    expect(outletFromCredit(`Photo: ${'a/'.repeat(50_000)}`)).toBeUndefined();
    expect(outletFromCredit(`Photo: x${' '.repeat(250)}/Reuters`)).toBe('Reuters');
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('should trim quotes, brackets and trailing punctuation from a name', () => {
    expect(outletName('  "(Kyiv Independent)".;')).toBe('Kyiv Independent');
    expect(outletName('“ap”')).toBe('AP News');
  });
});

describe('outletFromUrl', () => {
  it('should use the hostname without www, and nothing for a bad URL', () => {
    expect(outletFromUrl('https://www.example-news.com/a/b')).toBe('example-news.com');
    expect(outletFromUrl('not a url')).toBeUndefined();
  });
});
