import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../../briefings/compose.js';
import {
  allFixtureArticles,
  footballSingle,
  makeArticle,
  museumSingle,
  quakeAp,
  quakeBbc,
  quakeReuters,
  ratesGlobe,
  ratesReuters,
} from '../fixtures/briefings/articles.js';

const window = { since: new Date('2025-09-12T00:00:00Z'), until: new Date('2025-09-13T00:00:00Z') };

describe('composeBriefing', () => {
  it('when three outlets report the same quake then they form one event with three sources', () => {
    const briefing = composeBriefing(allFixtureArticles, window);
    const quake = briefing.events.find((e) => e.articleIds.includes(quakeAp.id))!;
    expect([...quake.articleIds].sort()).toEqual([quakeAp.id, quakeBbc.id, quakeReuters.id].sort());
    expect(quake.sources.map((s) => s.name).sort()).toEqual(['AP News', 'BBC News', 'Reuters']);
    expect(briefing.events).toHaveLength(4);
  });

  it('should rank events by distinct outlets, then by recency', () => {
    const briefing = composeBriefing(allFixtureArticles, window);
    expect(briefing.events.map((e) => e.articleIds[0])).toEqual([quakeAp.id, ratesReuters.id, footballSingle.id, museumSingle.id]);
    const importances = briefing.events.map((e) => e.importance);
    expect([...importances].sort((a, b) => b - a)).toEqual(importances);
  });

  it('when one outlet publishes twice on an event then it counts once', () => {
    const again = makeArticle({ ...quakeReuters, id: 'quake-reuters-update', title: 'Valparaiso quake: Chile port reopens after 6.4 tremor', publishedAt: '2025-09-12T10:00:00.000Z' });
    const briefing = composeBriefing([quakeAp, quakeReuters, again, ratesReuters, ratesGlobe, quakeBbc], window);
    const quake = briefing.events.find((e) => e.articleIds.includes(quakeAp.id))!;
    expect(quake.articleIds).toContain(again.id);
    expect(quake.sources.filter((s) => s.name === 'Reuters')).toHaveLength(1);
  });

  it('when an old article is ingested today then its source shows the publication date', () => {
    const briefing = composeBriefing(allFixtureArticles, window);
    const rates = briefing.events.find((e) => e.articleIds.includes(ratesReuters.id))!;
    expect(rates.sources.map((s) => s.publishedAt)).toContain(ratesReuters.publishedAt);
  });

  it('should summarise each event in at most three sentences taken from its articles', () => {
    const briefing = composeBriefing(allFixtureArticles, window);
    for (const event of briefing.events) {
      expect(event.summary.length).toBeGreaterThan(0);
      expect(event.summary.length).toBeLessThanOrEqual(3);
      const text = allFixtureArticles.filter((a) => event.articleIds.includes(a.id)).flatMap((a) => a.paragraphs).join(' ');
      for (const s of event.summary) expect(text).toContain(s);
    }
    const quake = briefing.events[0]!;
    expect(quake.summary.join(' ')).not.toMatch(/Share this story/);
  });

  it('when the same articles come in another order then the ids and events are the same', () => {
    const a = composeBriefing(allFixtureArticles, window);
    const b = composeBriefing([...allFixtureArticles].reverse(), window);
    expect(b.events.map((e) => e.id)).toEqual(a.events.map((e) => e.id));
    expect(new Set(a.events.map((e) => e.id)).size).toBe(a.events.length);
  });

  it('when a later article joins an event then the event id stays the same', () => {
    const before = composeBriefing([quakeAp, quakeReuters], window).events[0]!;
    const after = composeBriefing([quakeAp, quakeReuters, quakeBbc], window).events[0]!;
    expect(after.id).toBe(before.id);
  });

  it('should honour maxEvents and collect distinct disclaimers of the kept events', () => {
    expect(composeBriefing(allFixtureArticles, window, { maxEvents: 2 }).events).toHaveLength(2);
    expect(composeBriefing(allFixtureArticles, window, { maxEvents: 2 }).disclaimers).toEqual([]);
    expect(composeBriefing(allFixtureArticles, window).disclaimers).toEqual([museumSingle.disclaimer]);
  });

  it('when there are no articles then the briefing is empty with the window as ISO strings', () => {
    expect(composeBriefing([], window)).toEqual({ since: '2025-09-12T00:00:00.000Z', until: '2025-09-13T00:00:00.000Z', events: [], disclaimers: [] });
  });
});

describe('composeBriefing: follow-ups', () => {
  const wide = { since: new Date('2025-09-12T00:00:00Z'), until: new Date('2025-09-14T00:00:00Z') };
  const later = (publishedAt: string, lead: string) =>
    makeArticle({
      ...quakeBbc,
      id: `quake-later-${publishedAt}`,
      title: 'Valparaiso earthquake: port cranes cleared after 6.4 tremor',
      source: { name: 'Valley Courier' },
      publishedAt,
      ingestedAt: publishedAt,
      paragraphs: [lead, ...quakeBbc.paragraphs.slice(1)],
    });

  it('when an article comes a day after the rest of its event then the event carries its lead as the new fact', () => {
    const lead = 'Engineers cleared the Valparaiso port cranes on Saturday after the magnitude 6.4 earthquake, and the port reopened.';
    const next = later('2025-09-13T09:00:00.000Z', lead);
    const quake = composeBriefing([quakeAp, quakeReuters, quakeBbc, next], wide).events.find((e) => e.articleIds.includes(quakeAp.id))!;
    expect(quake.articleIds).toContain(next.id);
    expect(quake.followUp).toEqual({ articleId: next.id, fact: lead });
  });

  it('when the latest article came within hours of the others then there is no follow-up', () => {
    const next = later('2025-09-12T09:00:00.000Z', 'Engineers cleared the Valparaiso port cranes after the magnitude 6.4 earthquake.');
    const quake = composeBriefing([quakeAp, quakeReuters, quakeBbc, next], wide).events.find((e) => e.articleIds.includes(quakeAp.id))!;
    expect(quake.articleIds).toContain(next.id);
    expect(quake).not.toHaveProperty('followUp');
  });
});
