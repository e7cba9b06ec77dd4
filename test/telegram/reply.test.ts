// replyHtml: a reply Telegram refuses for its text still reaches the user, as plain text.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { createHarness, messageUpdate, USER, type Harness } from '../support/bot-harness.js';
import { htmlToPlain } from '../support/fake-telegram-html.js';
import { seedText, trickyTitleText } from '../support/articles.js';
import { createTestApp, input } from '../support/test-app.js';

let app: App;
let bot: Harness;
beforeEach(async () => {
  app = await createTestApp();
  await app.ingestor.ingest([input('seed', seedText()), input('tags', trickyTitleText)]);
  bot = await createHarness(app);
});
afterEach(async () => {
  await bot.close();
  await app.close();
});

describe('replyHtml', () => {
  it('when Telegram refuses a reply as HTML then the same reply goes as plain text, tags dropped and entities decoded', async () => {
    const [html] = await bot.say('/latest');
    bot.telegram.failNext('sendMessage', { kind: 'custom', errorCode: 400, description: `Bad Request: can't parse entities: Unsupported start tag "x" at byte offset 0` });
    const calls = (await bot.send(messageUpdate('/latest', { id: USER.id, type: 'private' }))).filter((c) => c.method === 'sendMessage');
    expect(calls.map((c) => [c.accepted, c.payload.parse_mode])).toEqual([[false, 'HTML'], [true, undefined]]);
    expect(calls[1]!.payload.text).toBe(htmlToPlain(html!));
    expect(calls[1]!.payload.text).toContain('Tags <b>bold</b> & Co.');
  });

  it('when Telegram refuses a reply for another reason then it is not resent', async () => {
    bot.telegram.failNext('sendMessage', { kind: 'custom', errorCode: 400, description: 'Bad Request: not enough rights to send text messages to the chat' });
    const calls = (await bot.send(messageUpdate('/latest', { id: USER.id, type: 'private' }))).filter((c) => c.method === 'sendMessage');
    expect(calls.filter((c) => c.accepted && c.payload.parse_mode === undefined && String(c.payload.text).includes('Latest'))).toEqual([]);
  });
});
