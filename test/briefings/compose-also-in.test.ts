// A wire story merged at ingest is one record with the other outlets in alsoIn: its event names every outlet once,
// and with a source set only those whose origin the set admits.
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../../briefings/compose.js';
import { sourceSets } from '../../briefings/source-set.js';
import { renderLatestHtml, renderLatestText } from '../../src/render/latest.js';
import { allFixtureArticles, museumSingle, quakeAp, quakeReuters } from '../fixtures/briefings/articles.js';

const window = { since: new Date('2025-09-12T00:00:00Z'), until: new Date('2025-09-13T00:00:00Z') };

describe('composeBriefing with merged wire copies', () => {
  it('when a record carries other outlets then its event lists them after its own, once per outlet name', () => {
    const merged = {
      ...museumSingle,
      alsoIn: [
        { name: 'Harbour Gazette', url: 'https://harbour-gazette.example/', articleUrl: 'https://harbour-gazette.example/museum', publishedAt: '2025-09-12T11:00:00.000Z' },
        { name: museumSingle.source.name.toUpperCase() }, // the record's own outlet in other case: not a second source
        { name: 'Plains Courier' },
      ],
    };
    const briefing = composeBriefing([...allFixtureArticles.filter((a) => a.id !== museumSingle.id), merged], window);
    const event = briefing.events.find((e) => e.articleIds.includes(museumSingle.id))!;
    expect(event.articleIds).toEqual([museumSingle.id]);
    expect(event.sources.map((s) => s.name).sort()).toEqual([museumSingle.source.name, 'Harbour Gazette', 'Plains Courier'].sort());
    expect(event.sources.find((s) => s.name === 'Harbour Gazette')).toEqual(merged.alsoIn[0]);
  });

  it('when a cluster member also lists an outlet another member is from then that outlet is named once', () => {
    const withAlso = { ...quakeAp, alsoIn: [{ name: quakeReuters.source.name }, { name: 'Nordic Times' }] };
    const briefing = composeBriefing([...allFixtureArticles.filter((a) => a.id !== quakeAp.id), withAlso], window);
    const quake = briefing.events.find((e) => e.articleIds.includes(quakeAp.id))!;
    const names = quake.sources.map((s) => s.name);
    expect(names.filter((n) => n === quakeReuters.source.name)).toHaveLength(1);
    expect(names).toContain('Nordic Times');
    // The member's own source entry wins over an alsoIn mention of the same outlet (it has the article link).
    expect(quake.sources.find((s) => s.name === quakeReuters.source.name)?.articleUrl).toBe(quakeReuters.url);
  });
});

describe('composeBriefing: source lines name only the outlets the source set admits', () => {
  const POOL = 'aaaaaaaaaa';
  const CHAT_SRC = 'c1c1c1c1c1';
  const OTHER_SRC = 'c2c2c2c2c2';
  const setOf = sourceSets([{ id: POOL }, { id: CHAT_SRC, chatId: 1 }, { id: OTHER_SRC, chatId: 2 }]);
  // A pool record a chat's exact copy merged into (fromSources[0] is the primary's origin), with an untagged entry.
  const merged = {
    ...museumSingle,
    fromSources: [POOL, CHAT_SRC, OTHER_SRC],
    alsoIn: [
      { name: 'Chat One Mirror', from: CHAT_SRC, scope: 1 },
      { name: 'Chat Two Mirror', from: OTHER_SRC, scope: 2 },
      { name: 'Pool Wire', from: 'file' },
      { name: 'Untagged Outlet' },
    ],
  };
  const names = (sources?: ReturnType<typeof setOf>) =>
    composeBriefing([merged], { ...window, sources }).events[0]?.sources.map((s) => s.name).sort();

  it("when the pool composes then it names the pool's outlets, never a chat's", () => {
    expect(names(setOf(undefined))).toEqual([museumSingle.source.name, 'Pool Wire'].sort());
  });

  it("when a chat composes then it names its own sources' outlets only", () => {
    expect(names(setOf(1))).toEqual(['Chat One Mirror']);
    expect(names(setOf(2))).toEqual(['Chat Two Mirror']);
  });

  it('when no set is given then every outlet is named, as before sources', () => {
    expect(names()).toEqual([museumSingle.source.name, 'Chat One Mirror', 'Chat Two Mirror', 'Pool Wire', 'Untagged Outlet'].sort());
  });

  it("when an admitted pool record names no outlet of the set's origins then its primary (public) is named", () => {
    const uncapped = { ...museumSingle, fromSources: [POOL, CHAT_SRC] }; // the chat's entry fell past the alsoIn cap
    expect(composeBriefing([uncapped], { ...window, sources: setOf(1) }).events[0]?.sources.map((s) => s.name)).toEqual([museumSingle.source.name]);
    // A chat's own record is never named to another set through that fallback.
    const chats = { ...museumSingle, scope: 1, fromSources: [CHAT_SRC, POOL] };
    expect(composeBriefing([chats], { ...window, sources: setOf(undefined) }).events[0]?.sources).toEqual([]);
  });
});

describe('/latest names only pool-origin outlets', () => {
  it('when a record lists outlets from chats, untagged or its own outlet again then /latest shows only the pool ones, once', () => {
    const record = {
      ...museumSingle,
      alsoIn: [
        { name: 'Chat One Mirror', from: 'c1c1c1c1c1', scope: 1 },
        { name: museumSingle.source.name, from: 'aaaaaaaaaa' },
        { name: 'Pool Wire', from: 'file' },
        { name: 'pool wire', from: 'aaaaaaaaaa' },
        { name: 'Untagged Outlet' },
      ],
    };
    const text = renderLatestText([record]);
    // The source line under the headline: the outlet, its day, then the one pool outlet that also carried it.
    const line = text.split('\n')[1]!;
    expect(line.startsWith(`   ${museumSingle.source.name} · `)).toBe(true);
    expect(line.endsWith(' · also: Pool Wire')).toBe(true);
    expect(renderLatestHtml([record])).not.toMatch(/Chat One Mirror|Untagged Outlet/);
  });
});
