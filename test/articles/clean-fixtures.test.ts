import { describe, it, expect } from 'vitest';
import { cleanOk, fixtureBytes } from './fixture.js';

const clean = (name: string, now?: Date) => cleanOk(fixtureBytes(name), now ? { now } : {});
const body = (paragraphs: string[]) => paragraphs.join('\n');

describe('cleanArticle on articles from other outlets', () => {
  it('when a Reuters dateline with a date opens the body then source is Reuters, the dateline is stripped and dates the article', () => {
    const a = clean('reuters-washington.txt', new Date('2025-10-01T00:00:00Z'));
    expect(a.source.name).toBe('Reuters');
    expect(a.paragraphs[0]).toMatch(/^The U\.S\. Treasury said on Thursday/);
    expect(a.publishedAt).toBe('2025-09-11T00:00:00.000Z');
    expect(body(a.paragraphs)).not.toMatch(/Sign up here|Read more|Reporting by|Photo:/);
    expect(a.paragraphs).toHaveLength(4);
  });

  it('when an AP dateline, byline, stamp line and ADVERTISEMENT crumbs are present then only the story remains', () => {
    const a = clean('ap-kyiv.txt');
    expect(a.title).toBe('Ukraine opens new rail link to western border crossing');
    expect(a.source.name).toBe('AP News');
    expect(a.paragraphs[0]).toMatch(/^Ukraine opened a rebuilt rail line/);
    expect(a.publishedAt?.slice(0, 10)).toBe('2025-03-04');
    expect(body(a.paragraphs)).not.toMatch(/ADVERTISEMENT|Follow us|Share this|PETRENKO|contributed to this report/);
    expect(body(a.paragraphs)).toContain('"We waited a long time for this," said Iryna Koval');
  });

  it('when a dpa dateline, cookie notice and Related/See also lines are present then they are dropped', () => {
    const a = clean('dpa-berlin.txt');
    expect(a.source.name).toBe('dpa');
    expect(a.paragraphs).toHaveLength(3);
    expect(a.paragraphs[0]).toMatch(/^Berlin's transport authority/);
    expect(body(a.paragraphs)).not.toMatch(/cookie|Related:|See also:|courtesy/i);
    expect(a.publishedAt).toBe('2025-02-03T00:00:00.000Z');
  });

  it('when a metadata header is present then its title, source, URL, date and language win', () => {
    const a = clean('header-metadata.txt');
    expect(a.title).toBe('Lithuania reopens two border checkpoints with Belarus');
    expect(a.source).toEqual({ name: 'Baltic Wire' });
    expect(a.url).toBe('https://balticwire.example.com/news/lithuania-reopens-checkpoints');
    expect(a.publishedAt).toBe('2025-03-04T06:30:00.000Z');
    expect(a.language).toBe('en');
    expect(a.paragraphs).toHaveLength(3);
    expect(body(a.paragraphs)).not.toMatch(/Title:|Photo|NEWSLETTER|Click here/i);
  });

  it('when the article is JSON with a text array and a source object then both are used and crumbs dropped', () => {
    const a = clean('json-article.json');
    expect(a.title).toBe('Central bank in Prague holds rates steady');
    expect(a.source).toEqual({ name: 'Markets Daily', url: 'https://markets.example.org' });
    expect(a.url).toBe('https://markets.example.org/cnb-holds-rates');
    expect(a.publishedAt).toBe('2025-02-12T00:00:00.000Z');
    expect(a.paragraphs).toHaveLength(3);
    expect(a.paragraphs).not.toContain('Advertisement');
  });

  it('when the article is German then it is detected as de, dated from "12. März 2025", and the English link is a translation', () => {
    const a = clean('german-article.txt');
    expect(a.language).toBe('de');
    expect(a.publishedAt).toBe('2025-03-12T00:00:00.000Z');
    expect(a.translations).toEqual([{ language: 'en', label: 'Read in English' }]);
    expect(a.paragraphs).toHaveLength(2);
    expect(body(a.paragraphs)).not.toMatch(/Foto|Anzeige/);
  });

  it('when the article is French with a share prompt then it is fr and the prompt is gone', () => {
    const a = clean('french-article.txt');
    expect(a.language).toBe('fr');
    expect(a.paragraphs).toHaveLength(2);
    expect(body(a.paragraphs)).not.toMatch(/Partager/);
  });

  it('when the article has no date, no outlet and a photographer credit then its date is unknown (not "now") from "Unknown source"', () => {
    const a = clean('no-date-science.txt');
    expect(a.publishedAt).toBeUndefined();
    expect(a.source).toEqual({ name: 'Unknown source' });
    expect(a.paragraphs).toHaveLength(3);
    expect(body(a.paragraphs)).not.toMatch(/SHARE|newsletter|Listen|Photo by/i);
  });

  it('when an aggregator credits a video to BBC News and links two translations then both are recorded', () => {
    const a = clean('aggregator-bbc.txt');
    expect(a.source.name).toBe('BBC News');
    expect(a.translations).toEqual([
      { language: 'ru', label: 'Читать на русском' },
      { language: 'es', label: 'Leer en español', url: 'https://news-aggregator.example.net/es/polish-farmers' },
    ]);
    expect(a.disclaimer).toMatch(/^This article was automatically aggregated/);
    expect(body(a.paragraphs)).not.toMatch(/Click here|Video from|aggregated/);
    // "Friday, 14 February" with 2024 the latest year named: Friday pins it to 2025.
    expect(a.publishedAt).toBe('2025-02-14T00:00:00.000Z');
  });
});
