// personalize (pure): one chat's view of a composed window.
import { describe, expect, it } from 'vitest';
import type { Briefing, BriefingEvent } from '../../briefings/compose.js';
import { personalize, UPDATE_PREFIX, withHistory } from '../../briefings/personalize.js';

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

describe('personalize: story languages', () => {
  const inLanguages = (id: string, title: string, languages: string[] | undefined): BriefingEvent => ({
    ...event(id, title, 1),
    ...(languages ? { languages } : {}),
  });
  const composed = briefing(
    inLanguages('ev_de', 'Brücke gesperrt', ['de']),
    inLanguages('ev_mixed', 'Summit ends', ['de', 'en']),
    inLanguages('ev_ru', 'Выборы назначены', ['ru']),
    inLanguages('ev_und', 'Short note', ['und']),
    inLanguages('ev_old', 'From an old archive', undefined),
  );
  const ids = (languages: readonly string[] | undefined) =>
    personalize(composed, { ...open, previous: undefined, languages }).briefing.events.map((e) => e.id);

  it('when a chat reads English and Russian then events with an article in either stay and the German-only one goes', () => {
    expect(ids(['en', 'ru'])).toEqual(['ev_mixed', 'ev_ru', 'ev_und', 'ev_old']);
  });

  it('when an article\'s language was not detected then its event is kept whatever the chat reads', () => {
    expect(ids(['pl'])).toEqual(['ev_und', 'ev_old']);
  });

  it('when the setting is empty or absent then every language is kept', () => {
    const all = ['ev_de', 'ev_mixed', 'ev_ru', 'ev_und', 'ev_old'];
    expect(ids([])).toEqual(all);
    expect(ids(undefined)).toEqual(all);
  });

  it('when codes come in capitals then they match all the same, and topics still apply on top', () => {
    expect(ids(['DE'])).toEqual(['ev_de', 'ev_mixed', 'ev_und', 'ev_old']);
    const view = personalize(composed, { include: [], exclude: ['summit'], previous: undefined, languages: ['de'] });
    expect(view.briefing.events.map((e) => e.id)).toEqual(['ev_de', 'ev_und', 'ev_old']);
  });
});

describe('withHistory: story languages', () => {
  it('when a German follow-up joins an English event then the update is filtered by the window\'s articles, not the old ones', () => {
    const context = briefing({ ...event('ev_whole', 'Summit ends', 2), articleIds: ['en_1', 'de_2'], languages: ['de', 'en'] });
    const window = briefing({ ...event('ev_part', 'Gipfel endet', 1), articleIds: ['de_2'], languages: ['de'] });
    const whole = withHistory(window, context);
    expect(whole.events[0]).toMatchObject({ id: 'ev_whole', articleIds: ['en_1', 'de_2'], languages: ['de'] });
    expect(personalize(whole, { ...open, previous: { ev_whole: 1 }, languages: ['en'] }).briefing.events).toEqual([]);
    expect(personalize(whole, { ...open, previous: { ev_whole: 1 }, languages: ['de'] }).briefing.events.map((e) => e.title)).toEqual([`${UPDATE_PREFIX}Summit ends`]);
  });
});
