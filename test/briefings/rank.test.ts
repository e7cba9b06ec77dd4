import { describe, expect, it } from 'vitest';
import { compareEvents, importanceOf, realOutletCount, type Rankable } from '../../briefings/rank.js';
import { composeBriefing } from '../../briefings/compose.js';
import { makeArticle } from '../fixtures/briefings/articles.js';

const at = (iso: string) => Date.parse(iso);
const window = { since: new Date('2025-09-12T00:00:00Z'), until: new Date('2025-09-13T00:00:00Z') };

describe('ranking events by real outlets and recency', () => {
  it('should count distinct real outlets only: no placeholder, credit line or handle, any case', () => {
    expect(
      realOutletCount([
        { name: 'AP News' },
        { name: 'ap news' },
        { name: 'Reuters' },
        { name: 'Unknown source' },
        { name: 'Scout Willis/Twitter' },
        { name: 'Tomassio Boddi (Getty Images' },
        { name: '@citydesk' },
      ]),
    ).toBe(2);
  });

  it('should count one outlet once across its spellings and web host', () => {
    expect(realOutletCount([{ name: 'Reuters' }, { name: 'reuters.com' }, { name: 'www.reuters.com' }])).toBe(1);
    expect(realOutletCount([{ name: 'AP' }, { name: 'AP News' }, { name: 'apnews.com' }, { name: 'The Associated Press' }])).toBe(1);
    expect(realOutletCount([{ name: 'bbc.co.uk' }, { name: 'BBC' }, { name: 'Harlow Gazette' }])).toBe(2);
  });

  it('should not count a person stored as the outlet', () => {
    expect(realOutletCount([{ name: 'Scout Willis' }, { name: 'Tomassio Boddi' }, { name: 'Jane Doe' }, { name: 'Reuters' }])).toBe(1);
  });

  it('when an event has many fake outlets then an event with two real ones ranks above it', () => {
    const fake: Rankable = {
      id: 'a',
      outlets: 4,
      sources: [{ name: 'Jane Roe/Twitter' }, { name: 'Tom Bell (Getty Images' }, { name: 'Unknown source' }, { name: '@desk' }],
      latest: at('2025-09-12T20:00:00Z'),
    };
    const real: Rankable = { id: 'b', outlets: 2, sources: [{ name: 'AP News' }, { name: 'Reuters' }], latest: at('2025-09-12T08:00:00Z') };
    expect([fake, real].sort(compareEvents).map((e) => e.id)).toEqual(['b', 'a']);
    expect(importanceOf(fake, window)).toBeLessThan(1);
    expect(importanceOf(real, window)).toBeGreaterThanOrEqual(2);
  });

  it('when two events have as many real outlets then the more recent one comes first', () => {
    const older: Rankable = { id: 'a', outlets: 1, sources: [{ name: 'AP News' }, { name: 'Unknown source' }], latest: at('2025-09-12T08:00:00Z') };
    const newer: Rankable = { id: 'b', outlets: 1, sources: [{ name: 'Reuters' }], latest: at('2025-09-12T09:00:00Z') };
    expect([older, newer].sort(compareEvents).map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('when a digest is composed then an event of unknown and credit-line sources cannot lead it', () => {
    const flood = (name: string, i: number) =>
      makeArticle({
        id: `flood-${i}`,
        title: `River Senna floods Harlow, bridge closed (${i})`,
        paragraphs: ['The River Senna flooded the town of Harlow on Tuesday, closing the old bridge and forcing residents from their homes.'],
        source: { name },
        publishedAt: `2025-09-12T1${i}:00:00.000Z`,
        ingestedAt: `2025-09-12T1${i}:05:00.000Z`,
      });
    const vote = (name: string, i: number) =>
      makeArticle({
        id: `vote-${i}`,
        title: `Council approves Marrow Island ferry budget (${i})`,
        paragraphs: ['The Marrow Island council approved a budget for a new ferry on Monday by a vote of seven to two.'],
        source: { name },
        publishedAt: `2025-09-12T0${i}:00:00.000Z`,
        ingestedAt: `2025-09-12T0${i}:05:00.000Z`,
      });
    const articles = [
      flood('Unknown source', 1),
      flood('Scout Willis/Twitter', 2),
      flood('Tomassio Boddi (Getty Images', 3),
      vote('AP News', 1),
      vote('Island Herald', 2),
    ];
    const briefing = composeBriefing(articles, window);
    expect(briefing.events.length).toBeGreaterThanOrEqual(2);
    expect(briefing.events[0]!.title).toMatch(/Council approves/);
  });
});
