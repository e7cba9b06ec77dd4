// personalize (pure): one chat's view of a composed window.
import { describe, expect, it } from 'vitest';
import type { Briefing, BriefingEvent } from '../../briefings/compose.js';
import { personalize, UPDATE_PREFIX } from '../../briefings/personalize.js';

const event = (id: string, title: string, articles: number): BriefingEvent => ({
  id,
  title,
  summary: [`${title}.`],
  articleIds: Array.from({ length: articles }, (_, i) => `${id}_a${i}`),
  sources: [],
  importance: 1,
});

const briefing = (...events: BriefingEvent[]): Briefing => ({
  since: '2026-03-10T05:00:00.000Z',
  until: '2026-03-11T05:00:00.000Z',
  events,
  disclaimers: [],
});

const open = { include: [], exclude: [] };

describe('personalize: events already sent', () => {
  it('when an event was sent with as many articles as it has now then it is left out', () => {
    const view = personalize(briefing(event('ev_old', 'Prisoners freed', 2), event('ev_new', 'Rates held', 1)), {
      ...open,
      previous: { ev_old: 2 },
    });
    expect(view.briefing.events.map((e) => e.id)).toEqual(['ev_new']);
    expect(view.renderKey).toBe('ev_new');
  });

  it('when an event was sent with more articles than the window shows then it is left out too', () => {
    const view = personalize(briefing(event('ev_old', 'Prisoners freed', 1)), { ...open, previous: { ev_old: 3 } });
    expect(view.briefing.events).toEqual([]);
    // Still remembered with its count, so a later growth is measured against it.
    expect(view.remembered).toEqual({ ev_old: 3 });
  });

  it('when a sent event gained articles then it comes back marked as an update, remembered with its new count', () => {
    const view = personalize(briefing(event('ev_old', 'Prisoners freed', 3)), { ...open, previous: { ev_old: 2 } });
    expect(view.briefing.events.map((e) => e.title)).toEqual([`${UPDATE_PREFIX}Prisoners freed`]);
    expect(view.renderKey).toBe('ev_old+');
    expect(view.remembered).toEqual({ ev_old: 3 });
  });
});

describe('personalize: topics', () => {
  it('when a chat excludes a topic then its events go, and with include only matching ones stay', () => {
    const composed = briefing(event('ev_by', 'Belarus frees prisoners', 1), event('ev_ecb', 'Central Bank holds rates', 1));
    expect(personalize(composed, { include: [], exclude: ['BELARUS'], previous: undefined }).briefing.events.map((e) => e.id)).toEqual(['ev_ecb']);
    expect(personalize(composed, { include: ['belarus'], exclude: [], previous: undefined }).briefing.events.map((e) => e.id)).toEqual(['ev_by']);
  });
});
