// The phone layout of a digest, checked on the HTML Telegram would get: how many messages, where the
// disclaimer sits, what every event block holds and how long it is, and that Telegram would parse it.
import { describe, expect, it } from 'vitest';
import type { Briefing, BriefingEvent } from '../../briefings/compose.js';
import { FULL_EVENTS, renderBriefing, renderBriefingText, STANDING_DISCLAIMER } from '../../briefings/render.js';
import { EVENT_MAX_CHARS } from '../../briefings/render-event.js';
import { DIGEST_STRINGS_EN, type DigestStrings } from '../../briefings/render-strings.js';
import { htmlProblem, htmlToPlain } from '../support/fake-telegram-html.js';

const base = { since: '2025-09-11T14:00:00.000Z', until: '2025-09-12T14:00:00.000Z' };
const PLACES = ['Harlow', 'Marrow Island', 'Northfield', 'Valley Bend', 'Coastlink', 'Senna', 'Brightwater', 'Oakmere', 'Fenwick', 'Ashgrove'];
const OUTLETS = ['AP News', 'Reuters', 'BBC', 'Harbour Gazette', 'Valley Courier', 'Northfield Daily'];

/** A realistic event at the summariser's limits: a 35-word lead, two 30-word sentences, several outlets. */
function event(n: number, outlets = 1 + (n % OUTLETS.length)): BriefingEvent {
  const place = PLACES[n % PLACES.length]!;
  return {
    id: `ev${String(n).padStart(2, '0')}`,
    title: `${place} council approves a new ferry terminal and harbour wall after a long public debate (${n})`,
    summary: [
      `The council of ${place} voted on Tuesday evening to approve a new ferry terminal and a longer harbour wall, after a public debate that lasted well past midnight and drew several hundred residents to the town hall.`,
      `Building work is expected to start in the spring and to cost about 40 million euros, paid for by the regional government and a loan from the national development bank, officials said.`,
      `Opponents said the plan would harm the seals that breed near the island each summer and asked the regional court to stop the work until an independent study of the harbour is done.`,
    ],
    articleIds: Array.from({ length: outlets }, (_, i) => `a${n}-${i}`),
    sources: OUTLETS.slice(0, outlets).map((name, i) => ({
      name,
      articleUrl: `https://${name.toLowerCase().replace(/\s+/g, '-')}.example/story/${n}`,
      publishedAt: new Date(Date.parse('2025-09-12T12:00:00.000Z') - i * 3_600_000).toISOString(),
    })),
    importance: outlets,
  };
}

const digest = (count: number, disclaimers: string[] = ['Some items are machine-translated.']): Briefing => ({
  ...base,
  events: Array.from({ length: count }, (_, i) => event(i)),
  disclaimers,
});

/** The visible text of each event's block: from its headline to the blank line after it. */
function blocksOf(messages: readonly string[]): string[] {
  return messages.flatMap((m) => htmlToPlain(m).split('\n\n')).filter((b) => /council approves/.test(b.split('\n')[0]!) && !b.startsWith('• '));
}

describe('the phone layout of a digest', () => {
  it('when 10 events are rendered then the first 8 are full, the last 2 headlines only, in at most 2 messages Telegram accepts', () => {
    const briefing = digest(10);
    const messages = renderBriefing(briefing);
    expect(messages.length).toBeLessThanOrEqual(2);
    for (const m of messages) {
      expect(htmlProblem(m)).toBeUndefined();
      expect(htmlToPlain(m).length).toBeLessThanOrEqual(4096);
    }
    const all = messages.join('\n\n');
    const full = briefing.events.slice(0, FULL_EVENTS);
    for (const e of full) {
      // Headline bold, linked to the best source (the first outlet's article).
      expect(all).toContain(`<a href="${e.sources[0]!.articleUrl}"><b>${e.title}</b></a>\n${e.summary[0]}\n• `);
    }
    for (const e of briefing.events.slice(FULL_EVENTS)) {
      expect(all).toContain(`• <a href="${e.sources[0]!.articleUrl}">${e.title}</a> <i>· ${e.sources.length} outlets</i>`);
      expect(all).not.toContain(e.summary[0]!.replace('The council of', '') + '\n');
    }
    // Headline-only stories come after every full one, in the last message.
    expect(messages.at(-1)).toContain(DIGEST_STRINGS_EN.moreStories);
    expect(all.indexOf(DIGEST_STRINGS_EN.moreStories)).toBeGreaterThan(all.indexOf(full.at(-1)!.title));
  });

  it('should give every full event a bounded block: the lead, at most 2 bullets, an italic source line and the detail', () => {
    const messages = renderBriefing(digest(10));
    const blocks = blocksOf(messages);
    expect(blocks).toHaveLength(FULL_EVENTS);
    for (const block of blocks) {
      expect(block.length).toBeLessThanOrEqual(EVENT_MAX_CHARS);
      expect(block.split('\n').filter((l) => l.startsWith('• ')).length).toBeLessThanOrEqual(2);
    }
    const html = messages.join('\n\n').split('\n\n').filter((b) => b.startsWith('<a href'));
    expect(html).toHaveLength(FULL_EVENTS);
    for (const block of html) {
      expect(block).toMatch(/\n<i><a href="https:[^"]+">[^<]+<\/a>( · <a href="https:[^"]+">[^<]+<\/a>)*( · \+\d+ more)?<\/i>\n/);
      expect(block).toMatch(/<blockquote expandable>[^<]*\d+ Sep 2025[^<]*<\/blockquote>$/);
      expect(block).not.toContain('Source:');
    }
  });

  it('when an event has 6 outlets then its source line names 2 and counts 4 more, and the detail lists their dates', () => {
    const e = event(5, 6);
    const [message] = renderBriefing({ ...base, events: [e], disclaimers: [] });
    expect(message).toContain(
      '<i><a href="https://ap-news.example/story/5">AP News</a> · <a href="https://reuters.example/story/5">Reuters</a> · +4 more</i>',
    );
    expect(message).toContain('<blockquote expandable>AP News · 12 Sep 2025\nReuters · 12 Sep 2025\nBBC · 12 Sep 2025\nHarbour Gazette · 12 Sep 2025\nand 2 more outlets</blockquote>');
  });

  it('when 8 events are rendered then they fit in at most 2 messages, the disclaimer closing the last with an event', () => {
    const messages = renderBriefing(digest(8));
    expect(messages.length).toBeLessThanOrEqual(2);
    expect(messages.at(-1)).toMatch(/<\/blockquote>\n\n<i>Some items are machine-translated\.<\/i>\n<i>Summaries are generated/);
  });

  it('when 20 events are rendered then they take at most 3 messages and the disclaimer is in the last with a headline', () => {
    const messages = renderBriefing(digest(20));
    expect(messages.length).toBeLessThanOrEqual(3);
    const last = messages.at(-1)!;
    expect(last.endsWith(`<i>${STANDING_DISCLAIMER}</i>`)).toBe(true);
    expect(last).toMatch(/• <a href="[^"]+">[^<]+<\/a> <i>· \d outlets?<\/i>\n\n<i>Some items/);
    expect(messages.slice(0, -1).some((m) => m.includes(STANDING_DISCLAIMER))).toBe(false);
    for (const m of messages) expect(htmlProblem(m)).toBeUndefined();
  });

  it('when the disclaimer does not fit after the last block then that block moves on with it, never leaving it alone', () => {
    // Enough events that the last full message is nearly full: try counts until the disclaimer would not fit.
    const long = Array.from({ length: 6 }, () => 'The regional court will hear the appeal of the harbour residents next month, a spokesman said.').join(' ');
    for (let count = 1; count <= 8; count++) {
      const briefing = { ...digest(count), disclaimers: [long] };
      const messages = renderBriefing(briefing);
      const last = messages.at(-1)!;
      expect(last).toContain(STANDING_DISCLAIMER);
      expect(last).toMatch(/council approves/);
      expect(messages.slice(0, -1).some((m) => m.includes(STANDING_DISCLAIMER))).toBe(false);
      for (const m of messages) expect(htmlToPlain(m).length).toBeLessThanOrEqual(4096);
    }
  });

  it('when the disclaimers alone are longer than a message then every message still fits and Telegram accepts it', () => {
    const huge = Array.from({ length: 30 }, (_, i) => `Notice ${i}: ${'this feed asks readers to check every figure with the original publisher. '.repeat(2)}`);
    const messages = renderBriefing({ ...digest(3), disclaimers: huge });
    for (const m of messages) {
      expect(htmlToPlain(m).length).toBeLessThanOrEqual(4096);
      expect(htmlProblem(m)).toBeUndefined();
    }
    expect(messages.at(-1)!.endsWith(`<i>${STANDING_DISCLAIMER}</i>`)).toBe(true);
    expect(messages.join('\n').match(/council approves/g)).toHaveLength(3);
  });

  it('when an event is an update then its headline says so, and a follow-up article much newer than the rest is dated in the detail', () => {
    const e = event(1, 2);
    const updated: BriefingEvent = {
      ...e,
      title: `Update: ${e.title}`,
      sources: [{ name: 'Valley Courier', articleUrl: 'https://valley-courier.example/later/1', publishedAt: '2025-09-13T09:30:00.000Z' }, ...e.sources],
    };
    const [message] = renderBriefing({ ...base, events: [updated], disclaimers: [] });
    expect(message).toContain(`<b>Update: ${e.title}</b>`);
    expect(message).toMatch(/<blockquote expandable>Follow-up: Valley Courier, 13 Sep 2025, 09:30\n/);
    const [plain] = renderBriefing({ ...base, events: [e], disclaimers: [] });
    expect(plain).not.toContain('Follow-up');
    // With the follow-up's new fact (compose.ts), the detail says what it added, escaped and cut.
    const fact = `Crews reopened the <east> gate & the road. ${'More detail follows here. '.repeat(12)}`;
    const [withFact] = renderBriefing({ ...base, events: [{ ...updated, followUp: { articleId: 'x', fact } }], disclaimers: [] });
    expect(withFact).toMatch(/<blockquote expandable>Follow-up: Valley Courier, 13 Sep 2025, 09:30 — Crews reopened the &lt;east&gt; gate &amp; the road\. More/);
    expect(withFact).not.toContain('More detail follows here. '.repeat(12).trim());
    // A fact the summary also holds is shown once: with its date, not again as a bullet.
    const second = updated.summary[1]!;
    const [once] = renderBriefing({ ...base, events: [{ ...updated, followUp: { articleId: 'x', fact: second } }], disclaimers: [] });
    expect(once).not.toContain(`• ${second}`);
    expect(once).toContain(`— ${second.slice(0, 40)}`);
  });

  it('should take its frame words from the strings given, and dates in the locale given', () => {
    const strings: DigestStrings = {
      ...DIGEST_STRINGS_EN,
      title: 'Сводка новостей',
      update: 'Обновление: ',
      more: (n) => `ещё ${n}`,
      disclaimer: 'Проверяйте важные факты.',
    };
    const e = event(5, 6);
    const [message] = renderBriefing({ ...base, events: [{ ...e, title: `Update: ${e.title}` }], disclaimers: [] }, { strings, locale: 'ru' });
    expect(message!.startsWith('<b>Сводка новостей</b>\n11 сент. 2025 г., 14:00')).toBe(true);
    expect(message).toContain(`<b>Обновление: ${e.title}</b>`);
    expect(message).toContain('· ещё 4</i>');
    expect(message).toContain('AP News · 12 сент. 2025 г.');
    expect(message!.endsWith('<i>Проверяйте важные факты.</i>')).toBe(true);
    expect(message).not.toContain(STANDING_DISCLAIMER);
  });
});

describe('the plain-text digest', () => {
  it('should follow the same layout: numbered headline, lead, bullets, the compact source line, then headlines only', () => {
    const briefing = digest(10);
    const text = renderBriefingText(briefing);
    const e = briefing.events[5]!;
    expect(text).toContain(`6. ${e.title}\n   ${e.summary[0]}\n   • ${e.summary[1]}\n   • ${e.summary[2]}\n   AP News · Reuters · +4 more\n     AP News · 12 Sep 2025 <https://ap-news.example/story/5>\n`);
    const late = briefing.events[9]!;
    expect(text).toContain(`${DIGEST_STRINGS_EN.moreStories}\n9. `);
    expect(text).toContain(`10. ${late.title} · ${late.sources.length} outlets <${late.sources[0]!.articleUrl}>`);
    expect(text.trimEnd().endsWith(STANDING_DISCLAIMER)).toBe(true);
    expect(text).not.toMatch(/<\/?[a-z]+>/);
  });
});
