// /latest and /who in the digest's compact style: bold headlines (linked), a source line of their own in
// italics, and on a /who card the people it appears with as buttons that answer with their own card.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InlineKeyboardButton } from 'grammy/types';
import type { App } from '../../src/app.js';
import type { ArticleRecord } from '../../src/articles/record.js';
import { renderLatestHtml, renderLatestText } from '../../src/render/latest.js';
import { renderWhoHtml, renderWhoText } from '../../src/render/who.js';
import type { PersonLookup } from '../../src/store/people-index.port.js';
import { queryOfData, tapQuery, whoKeyboard, WHO_DATA_PREFIX } from '../../commands/who-taps.js';
import { createHarness, type Harness, USER } from '../support/bot-harness.js';
import { htmlProblem, htmlToPlain } from '../support/fake-telegram-html.js';
import { buttonsOf, findButton, latestMenu } from '../support/inline-menu.js';
import type { RecordedCall } from '../support/fake-telegram.js';
import { followUpText, seedText, trickyTitleText, unrelatedText } from '../support/articles.js';
import { createTestApp, input } from '../support/test-app.js';

let app: App;
let bot: Harness;
beforeEach(async () => {
  app = await createTestApp();
  await app.ingestor.ingest([input('seed', seedText()), input('follow', followUpText), input('ecb', unrelatedText), input('tags', trickyTitleText)]);
  bot = await createHarness(app);
});
afterEach(async () => {
  await bot.close();
  await app.close();
});

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const rows = (markup: unknown) => (markup as { inline_keyboard?: InlineKeyboardButton.CallbackButton[][] } | undefined)?.inline_keyboard ?? [];
const sent = (calls: readonly RecordedCall[]) => calls.filter((c) => c.method === 'sendMessage' && c.accepted);

/** What a tap on the chat's latest card sends: the press's calls, every one of them accepted by the stand-in. */
async function press(label: string | RegExp, chat: number = USER.id): Promise<RecordedCall[]> {
  const { menu, button } = findButton(bot.telegram, chat, label);
  const calls = await bot.send(bot.telegram.callbackQuery({ chat, messageId: menu.message_id, data: button.callback_data }));
  const refused = calls.filter((c) => !c.accepted);
  if (refused.length) throw new Error(`Telegram refused ${refused[0]?.method}: ${refused[0]?.error}`);
  return calls;
}

describe('/latest in the compact style', () => {
  it('should give each story a bold headline and, on the next line, its own italic source line: outlet · day', async () => {
    const [reply] = await bot.say('/latest');
    expect(htmlProblem(reply!)).toBeUndefined();
    const [title, ...stories] = reply!.split('\n\n');
    expect(title).toBe('<b>Latest 4 stories</b>');
    expect(stories).toHaveLength(4);
    for (const story of stories) {
      const [headline, source, ...rest] = story.split('\n');
      expect(rest, story).toEqual([]);
      expect(headline).toMatch(/^<b>[^\n]+<\/b>$/);
      expect(source).toMatch(/^<i>[^<\n]+ · \d{1,2} [A-Z][a-z]{2} 2025<\/i>$/);
      // The source line is not the headline again, and the headline carries no outlet or date.
      expect(htmlToPlain(source!)).not.toContain(htmlToPlain(headline!));
    }
    expect(stories[0]).toBe('<b>Minsk Opens Talks on Further Releases After Prisoner Deal</b>\n<i>Reuters · 13 Sep 2025</i>');
  });

  it('should link the headline to the article and list other outlets compactly, with no URL in the visible text', async () => {
    const [first] = await app.articles.latest(1);
    const wires = Array.from({ length: 5 }, (_, i) => ({ name: `Wire ${i}`, from: 'file', articleUrl: `https://wire${i}.example/story` }));
    const record: ArticleRecord = { ...first!, url: 'https://news.example/minsk?a=1&b="2"', alsoIn: wires };
    const html = renderLatestHtml([record]);
    expect(htmlProblem(html)).toBeUndefined();
    const [, story] = html.split('\n\n');
    const [headline, source] = story!.split('\n');
    expect(headline).toBe(`<a href="https://news.example/minsk?a=1&amp;b=&quot;2&quot;"><b>${first!.title}</b></a>`);
    expect(source).toBe(
      '<i>Reuters · 13 Sep 2025 · also: <a href="https://wire0.example/story">Wire 0</a>, <a href="https://wire1.example/story">Wire 1</a>, ' +
        '<a href="https://wire2.example/story">Wire 2</a> · +2 more</i>',
    );
    expect(htmlToPlain(html)).not.toMatch(/https?:|read/);

    // The terminal: the same blocks, numbered, the link on a line of its own.
    expect(renderLatestText([record])).toBe(
      `1. ${first!.title}\n   Reuters · 13 Sep 2025 · also: Wire 0, Wire 1, Wire 2 · +2 more\n   <https://news.example/minsk?a=1&b="2">`,
    );
  });

  it('when titles and outlet names carry markup then the reply is still HTML the stand-in accepts', async () => {
    const [first] = await app.articles.latest(1);
    const hostile: ArticleRecord = {
      ...first!,
      title: '<i>Breaking</i> & "more" </b>',
      url: 'https://x.example/<script>',
      source: { ...first!.source, name: 'Outlet <b>&', url: 'javascript:alert(1)' },
      alsoIn: [{ name: 'Wire </i>', from: 'file', articleUrl: 'https://w.example/"x"' }],
    };
    const html = renderLatestHtml([hostile]);
    expect(htmlProblem(html)).toBeUndefined();
    expect(htmlToPlain(html)).toContain('<i>Breaking</i> & "more" </b>\nOutlet <b>& · 13 Sep 2025 · also: Wire </i>');
    expect(html).not.toContain('javascript:');
  });
});

describe('/who in the compact style', () => {
  it('should show the name bold, roles as short lines, and each fact followed by its italic source line', async () => {
    const [reply] = await bot.say('/who Lukashenko');
    expect(htmlProblem(reply!)).toBeUndefined();
    const [head, roles, facts, summary] = reply!.split('\n\n');
    expect(head!.split('\n')[0]).toBe('<b>Alexander Lukashenko</b>');
    const roleLines = roles!.split('\n');
    expect(roleLines[0]).toBe('<b>Roles</b>');
    expect(roleLines.slice(1)).toContain('• President <i>· AP News · 12 Sep 2025</i>');
    for (const line of roleLines.slice(1)) expect(line).toMatch(/^• [^<\n]+ <i>· [^<\n]+ · \d{1,2} [A-Z][a-z]{2} 2025<\/i>$/);
    const factLines = facts!.split('\n');
    expect(factLines[0]).toBe('<b>Latest</b>');
    // Fact, source, fact, source…: a plain line, then an italic one naming its outlet and day.
    const pairs = factLines.slice(1);
    expect(pairs.length % 2).toBe(0);
    expect(pairs.length).toBeGreaterThan(0);
    for (let i = 0; i < pairs.length; i += 2) {
      expect(pairs[i]).not.toMatch(/^<i>/);
      expect(pairs[i + 1]).toMatch(/^<i>(AP News|Reuters) · 1[23] Sep 2025<\/i>$/);
    }
    expect(summary).toMatch(/^Mentioned in 2 articles\. Appears with: /);
  });

  it('should link a fact’s outlet to its article and keep the same blocks in the terminal', () => {
    const lookup: PersonLookup = {
      query: 'Ada Quill',
      suggestions: [],
      person: {
        id: 'p1', name: 'Ada Quill', aliases: ['A. Quill'], articleCount: 3, related: ['Bo Lind'],
        roles: [{ role: 'mayor', source: 'Harbour Gazette', date: '2025-10-02T08:00:00Z' }, { role: 'engineer', source: 'Valley Courier' }],
        facts: [{ text: 'Quill opened the bridge.', source: 'Harbour Gazette', sourceUrl: 'https://gazette.example/bridge', date: '2025-10-02T08:00:00Z' }],
      },
    };
    const html = renderWhoHtml(lookup);
    expect(htmlProblem(html)).toBeUndefined();
    expect(html).toBe(
      [
        '<b>Ada Quill</b>\n<i>Also written: A. Quill</i>',
        '<b>Roles</b>\n• mayor <i>· Harbour Gazette · 2 Oct 2025</i>\n• engineer <i>· Valley Courier · date unknown</i>',
        '<b>Latest</b>\nQuill opened the bridge.\n<i><a href="https://gazette.example/bridge">Harbour Gazette</a> · 2 Oct 2025</i>',
        'Mentioned in 3 articles. Appears with: Bo Lind.',
      ].join('\n\n'),
    );
    expect(renderWhoText(lookup)).toBe(
      [
        'Ada Quill\nAlso written: A. Quill',
        'Roles\n• mayor · Harbour Gazette · 2 Oct 2025\n• engineer · Valley Courier · date unknown',
        'Latest\nQuill opened the bridge.\n   Harbour Gazette <https://gazette.example/bridge> · 2 Oct 2025',
        'Mentioned in 3 articles. Appears with: Bo Lind.',
      ].join('\n\n'),
    );
  });

  it('should offer the people he appears with as buttons, two a row with short labels, one per name', async () => {
    await bot.say('/who Lukashenko');
    const card = latestMenu(bot.telegram, USER.id)!;
    const person = (await app.people.lookup('Lukashenko')).person!;
    expect(buttonsOf(card).map((b) => b.callback_data)).toEqual(person.related.map((n) => `${WHO_DATA_PREFIX}${n}`));
    for (const row of rows(card.replyMarkup)) expect(row.length).toBeLessThanOrEqual(2);
    for (const b of buttonsOf(card)) {
      expect(Array.from(b.text).length).toBeLessThanOrEqual(22);
      expect(bytes(b.callback_data)).toBeLessThanOrEqual(64);
    }
  });

  it('when a name on the card is pressed then the press is answered and that person’s card comes, with its own buttons', async () => {
    await bot.say('/who Lukashenko');
    const calls = await press(/^Gitanas Naus/);
    expect(calls.filter((c) => c.method === 'answerCallbackQuery')).toHaveLength(1);
    const [card] = sent(calls);
    expect(String(card?.payload.text)).toMatch(/^<b>Gitanas Naus(e|ė)da<\/b>/);
    expect(String(card?.payload.text)).toContain('Lithuanian President');
    expect(card?.payload.chat_id).toBe(USER.id);

    // And back: his card offers Lukashenka, whose press brings Lukashenko's card again.
    const back = sent(await press(/Lukashenk/));
    expect(String(back[0]?.payload.text)).toMatch(/^<b>Alexander Lukashenko<\/b>/);
  });

  it('when a card is pressed in a group then the card is sent to that group', async () => {
    const group = { id: -100777, type: 'supergroup' as const, title: 'Readers' };
    await bot.say('/who Lukashenko', group);
    const [card] = sent(await press(/^Donald Trump$/, group.id));
    expect(card?.payload.chat_id).toBe(group.id);
    expect(String(card?.payload.text)).toMatch(/^<b>Donald Trump<\/b>/);
  });

  it('when a first name only matched nobody for sure then the suggestions are buttons, and pressing one brings that card', async () => {
    const [reply] = await bot.say('/who Gitanas');
    const { suggestions } = await app.people.lookup('Gitanas');
    expect(suggestions.length).toBeGreaterThan(0);
    expect(reply).toContain(`Did you mean: ${suggestions.join(', ')}?`);
    expect(buttonsOf(latestMenu(bot.telegram, USER.id)).map((b) => b.text)).toEqual(suggestions.slice(0, 6));
    const [card] = sent(await press(suggestions[0]!));
    expect(String(card?.payload.text)).toMatch(/^<b>Gitanas Naus(e|ė)da<\/b>/);
  });

  it('when Telegram refuses the card as HTML then it comes as plain text, still with its buttons', async () => {
    const [html] = await bot.say('/who Lukashenko');
    bot.telegram.failNext('sendMessage', { kind: 'custom', errorCode: 400, description: `Bad Request: can't parse entities: Unsupported start tag "x" at byte offset 0` });
    const calls = (await bot.send(bot.telegram.message({ text: '/who Lukashenko', chat: USER.id }))).filter((c) => c.method === 'sendMessage');
    expect(calls.map((c) => [c.accepted, c.payload.parse_mode])).toEqual([[false, 'HTML'], [true, undefined]]);
    expect(calls[1]!.payload.text).toBe(htmlToPlain(html!));
    expect(rows(calls[1]!.payload.reply_markup).flat().map((b) => b.callback_data)).toEqual(rows(calls[0]!.payload.reply_markup).flat().map((b) => b.callback_data));
    expect(rows(calls[1]!.payload.reply_markup).flat().length).toBeGreaterThan(0);
  });

  it('when nobody is known by that name and nobody is close then no buttons are sent', async () => {
    const calls = await bot.send(bot.telegram.message({ text: '/who Zzyzx Qwerty', chat: USER.id }));
    const [reply] = sent(calls);
    expect(String(reply?.payload.text)).toContain("I don't know anyone called <b>Zzyzx Qwerty</b>");
    expect(reply?.payload.reply_markup).toBeUndefined();
  });
});

describe('a tap’s callback data', () => {
  it('should hold the name whole when it fits in 64 bytes, else what a reader would type', () => {
    expect(tapQuery('Gitanas Nausėda')).toBe('Gitanas Nausėda');
    // 36 Cyrillic letters (2 bytes each) and two spaces: 74 bytes, over the 60 left once "who:" is added.
    expect(tapQuery('Константин Константинович Рокоссовский')).toBe('Константин Рокоссовский');
    expect(tapQuery('Александр Григорьевич Лукашенко')).toBe('Александр Григорьевич Лукашенко'); // 60 bytes: fits
    const surname = 'Ω'.repeat(40) + '😀'.repeat(10);
    const cut = tapQuery(`Ann ${surname}`);
    expect(bytes(`${WHO_DATA_PREFIX}${cut}`)).toBeLessThanOrEqual(64);
    expect(surname.startsWith(cut)).toBe(true);
    expect(cut).not.toMatch(/[\ud800-\udbff]$/);
    const keyboard = whoKeyboard(['Константин Константинович Рокоссовский', 'Ann Lee', 'Çağla Şenyüz Özdemir Karaoğlanoğlu Yılmaz']);
    for (const b of rows(keyboard).flat()) expect(bytes(b.callback_data)).toBeLessThanOrEqual(64);
    expect(rows(keyboard).map((r) => r.length)).toEqual([2, 1]);
    expect(whoKeyboard([])).toBeUndefined();
  });

  it('whatever the names, every button has a label and data Telegram takes, and a press asks for what the data holds', () => {
    const name = fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(name, { maxLength: 8 }), (names) => {
        for (const b of rows(whoKeyboard(names)).flat()) {
          expect(bytes(b.callback_data)).toBeLessThanOrEqual(64);
          expect(b.callback_data).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
          expect(b.text.trim()).not.toBe('');
          expect(Array.from(b.text).length).toBeLessThanOrEqual(22);
          expect(queryOfData(b.callback_data)).toBe(b.callback_data.slice(WHO_DATA_PREFIX.length).trim());
        }
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});
