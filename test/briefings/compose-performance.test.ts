import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../../briefings/compose.js';
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

describe('composeBriefing performance', () => {
  it('should compose a briefing over 10,000 articles within a few seconds and group them by event', () => {
    const articles = corpus(2500, 4);
    const started = performance.now();
    const briefing = composeBriefing(articles, { since: new Date('2025-09-12T00:00:00Z'), until: new Date('2025-09-13T00:00:00Z') }, { maxEvents: 20 });
    const ms = performance.now() - started;
    console.log(`composeBriefing(10,000 articles): ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(10_000); // 1.6–3.5 s on the (shared, loaded) dev machine: a regression guard, not a benchmark
    expect(briefing.events).toHaveLength(20);
    for (const event of briefing.events) expect(event.sources).toHaveLength(4);
  }, 20_000);
});
