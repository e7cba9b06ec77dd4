// Channel control follows Telegram's admin list, not who subscribed the channel: checked on every
// change, any current admin may manage it, a "yes" is cached for navigation only and for ≤ 60 s.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import { MAX_ADMIN_CACHE_MS } from '../../../src/telegram/admin-cache.js';
import { DEFAULT_ADMIN_CACHE_MS } from '../../../src/telegram/create-bot.js';
import { settingsData } from '../../../commands/settings/callback-data.js';
import { USER } from '../../support/bot-harness.js';
import { createRig, type Rig } from '../../support/bot-rig.js';
import type { FakeChat, UserRef } from '../../support/fake-telegram.js';
import { buttonsOf, findButton, latestMenu } from '../../support/inline-menu.js';
import { createTestApp, TEST_NOW } from '../../support/test-app.js';

const CHANNEL: FakeChat = { id: -1005550001111, type: 'channel', title: 'Daily News', username: 'dailynews' };
const OTHER_ADMIN: UserRef = { id: 888, first_name: 'Olga' };
const MEMBER: UserRef = { id: 777, first_name: 'Eve' };

let app: App;
let rig: Rig;
beforeEach(async () => {
  app = await createTestApp();
  rig = await createRig(app);
  rig.telegram.setChat(CHANNEL);
  rig.telegram.setMember(CHANNEL.id, rig.telegram.bot.id, 'administrator');
  rig.telegram.setMember(CHANNEL.id, USER.id, 'administrator');
  rig.telegram.setMember(CHANNEL.id, OTHER_ADMIN.id, 'administrator');
  rig.telegram.setMember(CHANNEL.id, MEMBER.id, 'member');
});
afterEach(async () => {
  await rig.close();
  await app.close();
});

const channel = () => app.subscriptions.get(CHANNEL.id);
const say = async (text: string, from: UserRef = USER) => rig.texts(await rig.send(rig.telegram.message({ text, from })));
async function pressData(data: string, from: UserRef = USER) {
  const menu = latestMenu(rig.telegram, from.id);
  const calls = await rig.send(rig.telegram.callbackQuery({ chat: from.id, messageId: menu?.message_id ?? 1, data, from }));
  const answers = calls.filter((c) => c.method === 'answerCallbackQuery');
  expect(answers.map((a) => a.accepted)).toEqual([true]);
  return { calls, answer: answers[0]!.payload };
}
const press = (label: string | RegExp, from: UserRef = USER) => pressData(findButton(rig.telegram, from.id, label).button.callback_data, from);
const unchanged = { status: 'active', time: '08:00', include: [], updatedAt: TEST_NOW.toISOString() };

describe('who may manage a channel digest', () => {
  beforeEach(async () => {
    expect((await say('/subscribe @dailynews 08:00 UTC'))[0]).toContain('@dailynews is subscribed');
  });

  it('when its subscriber has left the channel then every change is refused in one line and nothing changes', async () => {
    await say('/settings');
    await press('🕗 Time 08:00');
    await press('Other…');
    rig.telegram.setMember(CHANNEL.id, USER.id, 'left');

    expect(await say('07:30')).toEqual(['You can no longer change that digest. Send /settings to start again.']);
    for (const [action, arg] of [['pause'], ['timeSet', '0700'], ['zoneSet', 'Asia/Tokyo'], ['clearTopics'], ['unsubscribeYes']] as const) {
      const { answer, calls } = await pressData(settingsData(action, CHANNEL.id, arg));
      expect(answer, action).toMatchObject({ show_alert: true, text: expect.stringMatching(/admins/) });
      expect(calls.map((c) => c.method)).not.toContain('editMessageText');
    }
    expect(await say('/unsubscribe @dailynews')).toEqual(['Only admins of @dailynews can change its digest, and you are not one there (any more).']);
    expect((await say('/subscribe @dailynews 06:00'))[0]).toContain('Only admins of @dailynews can subscribe it');
    expect(await channel()).toMatchObject(unchanged);
    // The private chooser no longer offers the channel either.
    expect((await say('/settings'))[0]).toContain('Not subscribed yet');
  });

  it('when another current admin names the channel then they can open its menu, change it and unsubscribe it', async () => {
    const [menu] = await say('/settings @dailynews', OTHER_ADMIN);
    expect(menu).toContain('Channel @dailynews');
    await press('⏸ Pause', OTHER_ADMIN);
    expect(await channel()).toMatchObject({ status: 'paused', pausedReason: 'user' });
    await press('▶️ Resume', OTHER_ADMIN);
    expect(await say('/unsubscribe @dailynews', OTHER_ADMIN)).toEqual([expect.stringContaining('Unsubscribed')]);
    expect((await channel())?.status).toBe('unsubscribed');
  });

  it('when a plain member names the channel then /settings and /unsubscribe refuse in one line', async () => {
    expect(await say('/settings @dailynews', MEMBER)).toEqual(['Only admins of @dailynews can change its digest, and you are not one there (any more).']);
    expect(await say('/unsubscribe @dailynews', MEMBER)).toEqual(['Only admins of @dailynews can change its digest, and you are not one there (any more).']);
    expect(await say('/settings @nosuchchannel', MEMBER)).toEqual([expect.stringContaining("I can't find @nosuchchannel")]);
    expect(await channel()).toMatchObject(unchanged);
  });

  it('when the subscriber is demoted then a cached yes serves navigation for a short while, never a change', async () => {
    await say('/settings');
    rig.telegram.setMember(CHANNEL.id, USER.id, 'member');
    const asks = () => rig.telegram.calls.filter((c) => c.method === 'getChatMember' && c.payload.user_id === USER.id).length;
    const before = asks();
    rig.clock.advance(DEFAULT_ADMIN_CACHE_MS - 1000);
    const { calls } = await press('🕗 Time 08:00');
    expect(asks()).toBe(before);
    expect(calls.map((c) => c.method)).toContain('editMessageText');
    expect((await press('07:00')).answer).toMatchObject({ show_alert: true });
    expect(await channel()).toMatchObject(unchanged);
    rig.clock.advance(1000);
    expect((await press('« Back')).answer).toMatchObject({ show_alert: true });
    expect(buttonsOf(latestMenu(rig.telegram, USER.id)).map((b) => b.text)).toContain('07:00');
  });

  it('when a longer cache is asked for then it still expires within 60 s', async () => {
    await rig.close();
    rig = await createRig(app, { adminCacheMs: 10 * 60_000 });
    rig.telegram.setChat(CHANNEL);
    rig.telegram.setMember(CHANNEL.id, USER.id, 'administrator');
    await say('/settings');
    rig.telegram.setMember(CHANNEL.id, USER.id, 'left');
    rig.clock.advance(MAX_ADMIN_CACHE_MS);
    expect((await press('🕗 Time 08:00')).answer).toMatchObject({ show_alert: true, text: expect.stringMatching(/admins/) });
  });
});
