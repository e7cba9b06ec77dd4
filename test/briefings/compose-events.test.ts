import { describe, expect, it } from 'vitest';
import { composeBriefing, RECORD_INDEX_OPTIONS } from '../../briefings/compose.js';
import { EventIndex } from '../../briefings/event-index.js';
import { withHistory } from '../../briefings/personalize.js';
import { allFixtureArticles, footballSingle, quakeAp, quakeBbc, quakeReuters, ratesGlobe, ratesReuters } from '../fixtures/briefings/articles.js';

const day = { since: new Date('2025-09-12T00:00:00Z'), until: new Date('2025-09-13T00:00:00Z') };

describe('composeBriefing with a running event index', () => {
  it('when the index is kept across digests then a later article joins the event it already holds, and the others stay placed', () => {
    const events = new EventIndex(RECORD_INDEX_OPTIONS);
    composeBriefing([quakeAp, quakeReuters, ratesReuters, footballSingle], day, { events });
    const quake = events.eventOf(quakeAp.id);
    const rates = events.eventOf(ratesReuters.id);
    const later = composeBriefing([quakeBbc, ratesGlobe], day, { events });
    expect(events.eventOf(quakeBbc.id)).toBe(quake);
    expect(events.eventOf(ratesGlobe.id)).toBe(rates);
    expect(events.eventOf(quakeAp.id)).toBe(quake);
    // The later window's events are its own articles; the context composition gives them their whole history.
    expect(later.events.map((e) => e.articleIds).sort()).toEqual([[quakeBbc.id], [ratesGlobe.id]].sort());
    const context = composeBriefing([quakeAp, quakeReuters, ratesReuters, footballSingle, quakeBbc, ratesGlobe], day, { events });
    const whole = withHistory(later, context);
    expect(whole.events.find((e) => e.articleIds.includes(quakeBbc.id))!.articleIds.sort()).toEqual([quakeAp.id, quakeBbc.id, quakeReuters.id].sort());
  });

  it('should compose the same briefing with a held index as with a fresh one over the same articles', () => {
    const events = new EventIndex(RECORD_INDEX_OPTIONS);
    const first = composeBriefing(allFixtureArticles, day, { events });
    const again = composeBriefing(allFixtureArticles, day, { events });
    const fresh = composeBriefing(allFixtureArticles, day);
    expect(again).toEqual(first);
    expect(fresh).toEqual(first);
  });
});
