// Commands match in any case, with or without this bot's name; other bots' commands are ignored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { createHarness, type Harness, USER } from '../support/bot-harness.js';
import { createTestApp } from '../support/test-app.js';

const GROUP = { id: -1001234567890, type: 'supergroup', title: 'Friends' } as const;

let app: App;
let bot: Harness;
beforeEach(async () => {
  app = await createTestApp();
  bot = await createHarness(app);
  bot.telegram.setMember(GROUP.id, USER.id, 'administrator');
});
afterEach(async () => {
  await bot.close();
  await app.close();
});

describe('command names', () => {
  it('when /Latest, /LATEST and /LaTeSt@NewsBrief_Bot are sent then each is answered as /latest', async () => {
    const expected = await bot.say('/latest');
    expect(expected[0]).not.toContain("I don't know that command");
    for (const text of ['/Latest', '/LATEST', '/LaTeSt@NewsBrief_Bot']) expect(await bot.say(text), text).toEqual(expected);
    expect(await bot.say('/LATEST@newsbrief_bot', GROUP)).toEqual(expected);
  });

  it('when /Latest@OtherBot is sent in a group then the bot stays quiet', async () => {
    expect(await bot.say('/Latest@OtherBot', GROUP)).toEqual([]);
  });

  it('when settings commands are capitalised then they work too', async () => {
    expect((await bot.say('/Subscribe 07:30 UTC'))[0]).toContain('07:30');
    expect((await bot.say('/SETTINGS'))[0]).toContain('Digest settings');
    expect((await bot.say('/Unsubscribe'))[0]).toContain('Unsubscribed');
    expect((await app.subscriptions.get(USER.id))?.status).toBe('unsubscribed');
  });

  it('when a channel posts /WHO then it is answered there', async () => {
    const calls = await bot.send(bot.telegram.channelPost({ chat: { id: -1005550001111, type: 'channel', title: 'News' }, text: '/WHO' }));
    expect(calls.filter((c) => c.method === 'sendMessage' && c.accepted).map((c) => String(c.payload.text))[0]).toMatch(/who/i);
  });
});
