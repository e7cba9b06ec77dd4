import { describe, expect, it } from 'vitest';
import type { Briefing, BriefingEvent } from '../../briefings/compose.js';
import { renderBriefing, renderBriefingText, STANDING_DISCLAIMER } from '../../briefings/render.js';
import { textProblem } from '../support/fake-telegram-messages.js';

const base = { since: '2025-09-11T14:00:00.000Z', until: '2025-09-12T14:00:00.000Z', disclaimers: [] as string[] };

function event(n: number, partial: Partial<BriefingEvent> = {}): BriefingEvent {
  return {
    id: `ev${n}`,
    title: `Event number ${n}`,
    summary: [`Something happened in case ${n}.`],
    articleIds: [`a${n}`],
    sources: [{ name: 'AP News', articleUrl: `https://apnews.com/article/${n}`, publishedAt: '2025-09-12T06:00:00.000Z' }],
    importance: 1,
    ...partial,
  };
}

/** Every tag opened in the message is closed in it, and no tag is cut. */
function balanced(html: string): boolean {
  const stack: string[] = [];
  for (const [, close, name] of html.matchAll(/<(\/?)([a-z]+)[^<>]*>/g)) {
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name!);
  }
  return stack.length === 0 && !/<[^>]*$/.test(html);
}

describe('renderBriefing', () => {
  it('should render a header, a bold headline linked to the best source, the lead, an italic source line and dated detail', () => {
    const briefing: Briefing = {
      ...base,
      events: [
        event(1, {
          title: 'Quake hits port',
          sources: [
            { name: 'AP News', articleUrl: 'https://apnews.com/article/quake', publishedAt: '2025-09-12T06:00:00.000Z' },
            { name: 'Reuters', publishedAt: '2025-09-11T22:00:00.000Z' },
          ],
        }),
      ],
    };
    const [message, ...rest] = renderBriefing(briefing);
    expect(rest).toEqual([]);
    expect(message).toContain('11 Sep 2025, 14:00 – 12 Sep 2025, 14:00 (UTC) · 1 story');
    expect(message).toContain('<a href="https://apnews.com/article/quake"><b>Quake hits port</b></a>\nSomething happened in case 1.\n');
    expect(message).toContain('\n<i><a href="https://apnews.com/article/quake">AP News</a> · Reuters</i>\n');
    expect(message).toContain('<blockquote expandable>AP News · 12 Sep 2025\nReuters · 11 Sep 2025</blockquote>');
    expect(message).not.toContain('Source:');
    expect(message!.endsWith(`<i>${STANDING_DISCLAIMER}</i>`)).toBe(true);
  });

  it('when a title or summary contains <b> or & then they come out escaped', () => {
    const briefing: Briefing = { ...base, events: [event(1, { title: 'Tom & Jerry <b>live</b>', summary: ['Fish & <i>chips</i> rise.'] })] };
    const html = renderBriefing(briefing)[0]!;
    expect(html).toContain('<b>Tom &amp; Jerry &lt;b&gt;live&lt;/b&gt;</b>');
    expect(html).toContain('Fish &amp; &lt;i&gt;chips&lt;/i&gt; rise.');
    expect(balanced(html)).toBe(true);
  });

  it('when there are 40 long events then splits into messages Telegram accepts (≤ 4096 after parsing) with each event whole and the disclaimer last', () => {
    const long = 'The committee debated the measure at length and heard from many witnesses about the costs. ';
    const events = Array.from({ length: 40 }, (_, i) => event(i, { summary: [long.repeat(3).trim(), long.trim(), long.trim()] }));
    const briefing: Briefing = { ...base, events, disclaimers: ['Some items are machine-translated.'] };
    const messages = renderBriefing(briefing);
    expect(messages.length).toBeGreaterThanOrEqual(2);
    for (const m of messages) {
      // Telegram counts the limit on the parsed text, so the stand-in's own check is the judge.
      expect(textProblem(m, 'HTML')).toBeUndefined();
      expect(balanced(m)).toBe(true);
    }
    events.forEach((e) => {
      const holding = messages.filter((m) => m.includes(`>${e.title}</`));
      expect(holding).toHaveLength(1);
    });
    // The first 8 whole (lead, bullets, source line), the rest as headlines only.
    events.slice(0, 8).forEach((e) => expect(messages.join('\n')).toMatch(new RegExp(`<b>${e.title}</b></a>\\n${e.summary[0]}\\n• [^\\n]+\\n• [^\\n]+\\n<i>`)));
    events.slice(8).forEach((e) => expect(messages.join('\n')).toContain(`• <a href="${e.sources[0]!.articleUrl}">${e.title}</a> <i>· 1 outlet</i>`));
    const lines = messages.join('\n').split('\n');
    expect(lines.filter((l) => l === long.repeat(3).trim())).toHaveLength(8); // leads of the full events only
    expect(lines.filter((l) => l.startsWith('• ') && !l.startsWith('• <a'))).toHaveLength(16);
    const last = messages[messages.length - 1]!;
    expect(last).toContain('<i>Some items are machine-translated.</i>');
    expect(last.endsWith(`<i>${STANDING_DISCLAIMER}</i>`)).toBe(true);
    expect(messages.slice(0, -1).some((m) => m.includes(STANDING_DISCLAIMER))).toBe(false);
  });

  it('when the briefing is empty then renders one short "Nothing new since" message', () => {
    const messages = renderBriefing({ ...base, events: [] });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('Nothing new since 11 Sep 2025, 14:00 (UTC)');
  });

  it('should format dates in the given time zone', () => {
    const briefing: Briefing = { ...base, events: [event(1, { sources: [{ name: 'Tass', publishedAt: '2025-09-11T22:30:00.000Z' }] })] };
    const html = renderBriefing(briefing, { timeZone: 'Europe/Minsk', title: 'Morning <brief>' })[0]!;
    expect(html).toContain('<blockquote expandable>Tass · 12 Sep 2025</blockquote>');
    expect(html).toContain('11 Sep 2025, 17:00 – 12 Sep 2025, 17:00 (Europe/Minsk)');
    expect(html.startsWith('<b>Morning &lt;brief&gt;</b>')).toBe(true);
  });

  it('when a source url is not http(s) then the name is plain text', () => {
    const briefing: Briefing = { ...base, events: [event(1, { sources: [{ name: 'Harlow Post', articleUrl: 'javascript:alert(1)', publishedAt: base.since }] })] };
    const html = renderBriefing(briefing)[0]!;
    expect(html).toContain('<b>Event number 1</b>\n');
    expect(html).toContain('<i>Harlow Post</i>');
    expect(html).not.toContain('javascript:');
  });
});

describe('the source line', () => {
  it('when a stored name is a credit line or handle then it shows as its link host, or once as "Unknown source"', () => {
    const briefing: Briefing = {
      ...base,
      events: [
        event(1, {
          sources: [
            { name: 'AP News', articleUrl: 'https://apnews.com/article/1', publishedAt: '2025-09-12T06:00:00.000Z' },
            { name: 'Scout Willis/Twitter', articleUrl: 'https://www.harlow-gazette.example/a', publishedAt: '2025-09-12T05:00:00.000Z' },
            { name: 'Tomassio Boddi (Getty Images', publishedAt: '2025-09-12T04:00:00.000Z' },
            { name: 'Unknown source', publishedAt: '2025-09-11T20:00:00.000Z' },
          ],
        }),
      ],
    };
    const text = renderBriefingText(briefing);
    expect(text).toContain(
      '   AP News · harlow-gazette.example · Unknown source\n' +
        '     AP News · 12 Sep 2025 <https://apnews.com/article/1>\n' +
        '     harlow-gazette.example · 12 Sep 2025 <https://www.harlow-gazette.example/a>\n' +
        '     Unknown source · 2 articles, latest 12 Sep 2025\n',
    );
    const html = renderBriefing(briefing)[0]!;
    expect(html).not.toMatch(/Willis|Getty/);
    expect(html).toContain(
      '<i><a href="https://apnews.com/article/1">AP News</a> · <a href="https://www.harlow-gazette.example/a">harlow-gazette.example</a> · Unknown source</i>',
    );
    expect(html).toContain('\nUnknown source · 2 articles, latest 12 Sep 2025</blockquote>');
  });
});

describe('the source line of one outlet under several names', () => {
  it('when an event has Reuters and reuters.com and a person as outlet then Reuters is one entry and the person shows as its host', () => {
    const briefing: Briefing = {
      ...base,
      events: [
        event(1, {
          sources: [
            { name: 'Reuters', articleUrl: 'https://www.reuters.com/world/1', publishedAt: '2025-09-12T06:00:00.000Z' },
            { name: 'reuters.com', articleUrl: 'https://www.reuters.com/world/2', publishedAt: '2025-09-12T05:00:00.000Z' },
            { name: 'Marta Lindqvist', articleUrl: 'https://harlow-gazette.example/b', publishedAt: '2025-09-12T04:00:00.000Z' },
          ],
        }),
      ],
    };
    const text = renderBriefingText(briefing);
    expect(text).toContain(
      '   Reuters · harlow-gazette.example\n' +
        '     Reuters · 2 articles, latest 12 Sep 2025 <https://www.reuters.com/world/1>\n' +
        '     harlow-gazette.example · 12 Sep 2025 <https://harlow-gazette.example/b>\n',
    );
  });
});

describe('renderBriefingText', () => {
  it('should render plain text without HTML, with numbered events and sources', () => {
    const text = renderBriefingText({ ...base, events: [event(1, { title: 'A & <b>B</b>' })] });
    expect(text).toContain('1. A & <b>B</b>');
    expect(text).toContain('   Something happened in case 1.\n   AP News\n     AP News · 12 Sep 2025 <https://apnews.com/article/1>\n');
    expect(text).toContain(STANDING_DISCLAIMER);
  });

  it('when the briefing is empty then says nothing is new', () => {
    expect(renderBriefingText({ ...base, events: [] })).toBe('Nothing new since 11 Sep 2025, 14:00 (UTC).\n');
  });
});
