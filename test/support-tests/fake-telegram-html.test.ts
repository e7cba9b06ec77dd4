// The stand-in refuses what Telegram refuses in parse_mode HTML, with Telegram's 400 descriptions.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callApi, FAKE_TOKEN } from '../support/fake-telegram-client.js';
import { htmlToPlain } from '../support/fake-telegram-html.js';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram.js';

let tg: FakeTelegram;
beforeEach(async () => { tg = await startFakeTelegram({ token: FAKE_TOKEN }); });
afterEach(async () => { await tg.close(); });

const send = async (text: string, parseMode: string | null = 'HTML') =>
  (await callApi(tg.apiRoot, 'sendMessage', { chat_id: 1, text, ...(parseMode ? { parse_mode: parseMode } : {}) })).body as { ok: boolean; description?: string };

describe('sendMessage with parse_mode HTML', () => {
  it.each([
    ['<b></b>', 'only tags'],
    ['<b> \n </b>\u200b', 'only whitespace and zero-width characters'],
    ['<i>\u202e\u2800</i>', 'only a bidi override and a braille blank'],
  ])('when the text is %j (%s) then "message text is empty"', async (text) => {
    expect(await send(text)).toEqual({ ok: false, error_code: 400, description: 'Bad Request: message text is empty' });
  });

  it.each([
    ['<b>open', /Can't find end tag corresponding to start tag "b"/],
    ['<b>x</i>', /Unmatched end tag.*expected "<\/b>", found "<\/i>"/],
    ['x</b>', /Unexpected end tag/],
    ['<blink>x</blink>', /Unsupported start tag "blink"/],
    ['<b class="x">x</b>', /Unsupported attribute "class" in the tag "b"/],
    ['<a href="https://a.example/" title="t">x</a>', /Unsupported attribute "title"/],
    ['<a href="https://a.example/">x <a href="https://b.example/">y</a></a>', /Nested links/],
    ['<a href="javascript:alert(1)">x</a>', /Bad link URL/],
    ['<span>x</span>', /must have class "tg-spoiler"/],
    ['<code class="language-js">x</code>', /directly inside pre/],
    ['<blockquote>a<blockquote>b</blockquote></blockquote>', /Bad blockquote/],
    ['<tg-emoji>👍</tg-emoji>', /emoji-id/],
    ['a &foo; b', /Unsupported HTML entity/],
    ['a & b', /unescaped "&"/],
    ['&AMP;', /Unsupported HTML entity/],
    ['&#xD800;', /Unsupported HTML entity/],
    ['a > b', /Unescaped ">"/],
    ['<b', /Unclosed start tag/],
  ])('when the text is %j then "can\'t parse entities" says %s', async (text, why) => {
    const body = await send(text);
    expect(body).toMatchObject({ ok: false, error_code: 400 });
    expect(body.description).toMatch(/^Bad Request: can't parse entities: /);
    expect(body.description).toMatch(why);
  });

  it('when the text is over 4096 characters after parsing then "message is too long", however short the markup', async () => {
    expect(await send(`<b>${'&amp;'.repeat(4096)}</b>`)).toMatchObject({ ok: true });
    expect(await send(`<b>${'&amp;'.repeat(4097)}</b>`)).toEqual({ ok: false, error_code: 400, description: 'Bad Request: message is too long' });
    expect(await send('𝕏'.repeat(2049))).toMatchObject({ description: 'Bad Request: message is too long' });
  });

  it('when the text has a lone surrogate then it is refused as not UTF-8', async () => {
    expect(await send('a\ud835 b', null)).toMatchObject({ ok: false, description: 'Bad Request: strings must be encoded in UTF-8' });
  });

  it('should accept every documented tag and attribute, and hand back the parsed text', async () => {
    const text = '<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s><strike>k</strike><del>d</del>'
      + '<span class="tg-spoiler">p</span><tg-spoiler>q</tg-spoiler><a href="https://a.example/?x=1&amp;y=&quot;2&quot;">l</a>'
      + '<a href="tg://user?id=1">m</a><tg-emoji emoji-id="5368324170671202286">👍</tg-emoji><code>c</code><pre>p</pre>'
      + '<pre><code class="language-python">py</code></pre><blockquote>q</blockquote><blockquote expandable>x</blockquote>'
      + ' &lt;&gt;&amp;&quot;&#38;&#x1D54F;';
    expect(await send(text)).toMatchObject({ ok: true });
    expect(htmlToPlain(text)).toBe('bsieunskdpqlm👍cppyqx <>&"&𝕏');
  });

  it('when parse_mode is absent then markup-like text is plain and fine', async () => {
    expect(await send('<b> & &foo; </i>', null)).toMatchObject({ ok: true });
    expect(await send(' \u200b ', null)).toMatchObject({ description: 'Bad Request: message text is empty' });
  });
});
