// An event's summary reads its central article and the next most central members, not all of them: each
// sentence of a 30-report event's summary comes from one of its SUMMARY_MEMBERS most central reports.
import { describe, expect, it } from 'vitest';
import { composeBriefing, RECORD_INDEX_OPTIONS, SUMMARY_MEMBERS } from '../../briefings/compose.js';
import { EventIndex } from '../../briefings/event-index.js';
import { makeArticle } from '../fixtures/briefings/articles.js';

const window = { since: new Date('2025-09-12T00:00:00Z'), until: new Date('2025-09-13T00:00:00Z') };
const DETAILS = ['engineers', 'residents', 'ferries', 'tolls', 'cyclists', 'lorries', 'divers', 'pilots', 'schools', 'tourists'];

function report(k: number) {
  // Every report tells the news; each adds its own second sentence (with a word no other report uses).
  const detail = `${DETAILS[k % DETAILS.length]} quorv${k.toString(36)}`;
  return makeArticle({
    id: `bridge-${k}`,
    title: 'Harbour bridge in Tallinn reopens after storm repairs',
    source: { name: `Outlet ${k}` },
    paragraphs: [
      'The harbour bridge in Tallinn reopened on Friday after three weeks of storm repairs, the city council said.',
      `Officials said the ${detail} would be the first to notice the change on the harbour bridge.`,
      k % 3 === 0 ? 'The council said the storm repairs on the harbour bridge cost 4 million euros.' : 'Traffic on the bridge returned to normal by the evening.',
    ],
    publishedAt: new Date(Date.UTC(2025, 8, 12, 6, k)).toISOString(),
  });
}

describe('the reports an event summary reads', () => {
  it('when an event has 30 reports then every summary sentence is from the central one or the next most central, at most SUMMARY_MEMBERS in all', () => {
    const articles = Array.from({ length: 30 }, (_, k) => report(k));
    const events = new EventIndex(RECORD_INDEX_OPTIONS);
    const briefing = composeBriefing(articles, window, { events });
    expect(briefing.events).toHaveLength(1);
    const event = briefing.events[0]!;
    expect(event.articleIds).toHaveLength(30);
    expect(event.summary.length).toBeGreaterThan(0);
    const byCentrality = [...articles].sort((a, b) => events.centralityOf(b.id) - events.centralityOf(a.id) || (a.id < b.id ? -1 : 1));
    const read = new Set(byCentrality.slice(0, SUMMARY_MEMBERS).map((a) => a.id));
    const unread = articles.filter((a) => !read.has(a.id));
    for (const sentence of event.summary) {
      const from = articles.filter((a) => a.paragraphs.some((p) => p.includes(sentence.replace(/[.…]+$/, ''))));
      expect(from.length, sentence).toBeGreaterThan(0);
      // A sentence only an unread report has can't be in the summary.
      expect(from.every((a) => unread.includes(a)), sentence).toBe(false);
    }
  });
});
