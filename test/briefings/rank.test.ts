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

  it('when equal-weight events arrived in one batch then the newest publication comes first, whatever the ids', () => {
    const arrived = at('2025-09-12T20:00:00Z'); // one fetch: the same latest arrival for all
    const event = (id: string, published: string): Rankable => ({ id, outlets: 1, sources: [{ name: 'Reuters', publishedAt: published }], latest: arrived });
    const events = [event('a', '2025-09-12T08:00:00Z'), event('b', '2025-09-12T15:00:00Z'), event('c', '2025-09-12T11:00:00Z')];
    expect([...events].sort(compareEvents).map((e) => e.id)).toEqual(['b', 'c', 'a']);
    expect([...events].reverse().sort(compareEvents).map((e) => e.id)).toEqual(['b', 'c', 'a']);
  });

  it('when equal-weight events have the same dates then the later arrival, and only then the id, decides', () => {
    const event = (id: string, latest: string): Rankable => ({ id, outlets: 1, sources: [{ name: 'BBC', publishedAt: '2025-09-12T08:00:00Z' }], latest: at(latest) });
    const events = [event('a', '2025-09-12T09:00:00Z'), event('z', '2025-09-12T10:00:00Z'), event('m', '2025-09-12T09:00:00Z')];
    expect(events.sort(compareEvents).map((e) => e.id)).toEqual(['z', 'a', 'm']);
  });

  it('when a batch of equal-weight stories is composed then the digest lists them newest first', () => {
    const story = (id: string, title: string, paragraph: string, published: string) =>
      makeArticle({ id, title, paragraphs: [paragraph], source: { name: 'Harbour Gazette' }, publishedAt: published, ingestedAt: '2025-09-12T21:00:00.000Z' });
    const briefing = composeBriefing(
      [
        story('a-comet', 'Comet with a green tail seen over Northfield', 'Astronomers in Northfield photographed a comet with a bright green tail on Monday night.', '2025-09-12T07:00:00.000Z'),
        story('b-ferry', 'Marrow Island ferry timetable changes next week', 'The Marrow Island ferry will leave an hour earlier from next week, the operator said.', '2025-09-12T18:00:00.000Z'),
        story('c-rates', 'Valley bank holds its lending rate', 'The Valley central bank kept its main lending rate unchanged on Thursday.', '2025-09-12T12:00:00.000Z'),
      ],
      window,
    );
    expect(briefing.events.map((e) => e.title)).toEqual([
      'Marrow Island ferry timetable changes next week',
      'Valley bank holds its lending rate',
      'Comet with a green tail seen over Northfield',
    ]);
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
