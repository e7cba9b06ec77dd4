import { describe, it, expect } from 'vitest';
import { findDateline } from '../../src/articles/dateline.js';
import { outletFromCredit, outletFromUrl } from '../../src/articles/source.js';

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

  it('when the credit names only a photographer or an image library then there is no outlet', () => {
    expect(outletFromCredit('Photo by Marta Lindqvist')).toBeUndefined();
    expect(outletFromCredit('Getty Images')).toBeUndefined();
    expect(outletFromCredit('Photo: Shutterstock')).toBeUndefined();
  });
});

describe('outletFromUrl', () => {
  it('should use the hostname without www, and nothing for a bad URL', () => {
    expect(outletFromUrl('https://www.example-news.com/a/b')).toBe('example-news.com');
    expect(outletFromUrl('not a url')).toBeUndefined();
  });
});
