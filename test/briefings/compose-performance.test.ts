import { describe, expect, it } from 'vitest';
import { composeBriefing, RECORD_INDEX_OPTIONS } from '../../briefings/compose.js';
import { EventIndex } from '../../briefings/event-index.js';
import { makeArticle } from '../fixtures/briefings/articles.js';

// Synthetic corpus: 2,500 events × 4 outlets, each event with its own rare words, over a shared vocabulary.
const COMMON = 'government council city market police court school hospital company report plan vote river bridge road budget'.split(' ');
function corpus(events: number, perEvent: number) {
  const out = [];
  for (let e = 0; e < events; e++) {
    const key = `zq${e.toString(36)}x`;
    const place = `Place${e.toString(36)}ville`;
    for (let k = 0; k < perEvent; k++) {
      const c = (i: number) => COMMON[(e * 7 + k * 3 + i) % COMMON.length]!;
      out.push(
        makeArticle({
          id: `e${e}-k${k}`,
          title: `${place} ${c(0)} approves ${key} ${c(1)} plan`,
          source: { name: `Outlet ${k}` },
          paragraphs: [`Officials in ${place} said the ${key} ${c(2)} would change the ${c(3)} and the ${c(4)} next month.`, `The ${c(5)} met on the ${key} proposal.`],
          publishedAt: new Date(Date.UTC(2025, 8, 12, 0, 0, e % 3600)).toISOString(),
        }),
      );
    }
  }
  return out;
}

const window = { since: new Date('2025-09-12T00:00:00Z'), until: new Date('2025-09-13T00:00:00Z') };
const cpuMs = (run: () => void) => {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};

describe('composeBriefing performance', () => {
  it('when the running event index already holds the articles then a digest over 10,000 is composed in well under a second of CPU, grouped by event', () => {
    const articles = corpus(2500, 4);
    const events = new EventIndex(RECORD_INDEX_OPTIONS);
    const coldMs = cpuMs(() => composeBriefing(articles, window, { events, maxEvents: 20 }));
    let briefing = composeBriefing([], window);
    const warmMs = cpuMs(() => {
      briefing = composeBriefing(articles, window, { events, maxEvents: 20 });
    });
    console.log(`composeBriefing(10,000 articles): ${coldMs.toFixed(0)} CPU ms placing every article, ${warmMs.toFixed(0)} CPU ms with the index held`);
    // CPU time, not wall time: the (shared, loaded) dev machine stretches wall time several-fold. Warm is ~0.2 s there.
    expect(warmMs).toBeLessThan(1_000);
    expect(warmMs * 4).toBeLessThan(coldMs);
    expect(briefing.events).toHaveLength(20);
    for (const event of briefing.events) expect(event.sources).toHaveLength(4);
  }, 120_000);
});
