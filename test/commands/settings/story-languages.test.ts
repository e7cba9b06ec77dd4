// /settings → Story languages: toggles per language with ✓, "All languages", « Back; edited in place, saved,
// refused to non-admins of the target chat, stale data refused. Through bot.handleUpdate and the Bot API stand-in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import { settingsData } from '../../../commands/settings/callback-data.js';
import { STALE_EN } from '../../../commands/settings/buttons.js';
import { createHarness, type Harness, USER } from '../../support/bot-harness.js';
import { createRig, type Rig } from '../../support/bot-rig.js';
import type { FakeChat, UserRef } from '../../support/fake-telegram.js';
import { buttonsOf, findButton, latestMenu } from '../../support/inline-menu.js';
import { createTestApp, TEST_NOW } from '../../support/test-app.js';

describe('/settings story languages in a private chat', () => {
  let app: App;
  let bot: Harness;
  beforeEach(async () => {
    app = await createTestApp();
    bot = await createHarness(app);
  });
  afterEach(async () => {
    await bot.close();
    await app.close();
  });

  const menu = () => latestMenu(bot.telegram, USER.id);
  const labels = () => buttonsOf(menu()).map((b) => b.text);
  const stored = async () => (await app.subscriptions.get(USER.id))?.languages;
  async function pressData(data: string, messageId = menu()!.message_id) {
    const calls = await bot.send(bot.telegram.callbackQuery({ chat: USER.id, messageId, data }));
    expect(calls.filter((c) => !c.accepted), JSON.stringify(calls.filter((c) => !c.accepted))).toEqual([]);
    const answers = calls.filter((c) => c.method === 'answerCallbackQuery');
    expect(answers).toHaveLength(1);
    return { calls, answer: answers[0]!.payload };
  }
  const press = (label: string | RegExp) => pressData(findButton(bot.telegram, USER.id, label).button.callback_data);

  it('should show the choice on the menu, toggle German off and on, go back to all languages, and store each step', async () => {
    await bot.say('/subscribe');
    const [text] = await bot.say('/settings');
    expect(text).toContain('Story languages: all');
    expect(labels()).toContain('🗞 Story languages: all');
    const menuId = menu()!.message_id;

    const opened = await press('🗞 Story languages: all');
    expect(opened.calls.map((c) => c.method)).toContain('editMessageText');
    expect(menu()!.message_id).toBe(menuId);
    expect(labels()).toEqual(['English', 'Deutsch', 'Français', 'Polski', 'Русский', 'Беларуская', 'Українська', '✓ All languages', '« Back']);
    const rows = (menu()!.replyMarkup as { inline_keyboard: unknown[][] }).inline_keyboard;
    expect(Math.max(...rows.map((r) => r.length))).toBe(2);

    expect((await press('Deutsch')).answer).toMatchObject({ text: 'Story languages: de' });
    expect(await stored()).toEqual(['de']);
    expect((await press('English')).answer).toMatchObject({ text: 'Story languages: en, de' });
    expect(await stored()).toEqual(['en', 'de']);
    expect(labels()).toEqual(expect.arrayContaining(['✓ English', '✓ Deutsch', 'Français', 'All languages']));
    expect(menu()!.text).toContain('Story languages: English, Deutsch');

    await press('✓ Deutsch');
    expect(await stored()).toEqual(['en']);
    expect(labels()).toEqual(expect.arrayContaining(['✓ English', 'Deutsch']));
    await press('Deutsch');
    expect(await stored()).toEqual(['en', 'de']);

    expect((await press('All languages')).answer).toMatchObject({ text: 'Stories in every language.' });
    expect(await stored()).toEqual([]);
    expect(labels()).toContain('✓ All languages');
    expect((await app.subscriptions.get(USER.id))?.updatedAt).toBe(TEST_NOW.toISOString());

    await press('« Back');
    expect(labels()).toContain('🗞 Story languages: all');
    // Every step edited the one menu message: no new messages were sent.
    expect(bot.telegram.messagesTo(USER.id).filter((m) => buttonsOf(m).length > 0).map((m) => m.message_id)).toEqual([menuId]);
  });

  it('when several languages are chosen then the menu button names a few codes and counts the rest', async () => {
    await bot.say('/subscribe');
    await app.subscriptions.update(USER.id, (s) => ({ ...s, languages: ['en', 'de', 'fr', 'pl', 'ru'] }));
    await bot.say('/settings');
    expect(labels()).toContain('🗞 Story languages: en, de, fr +2');
  });

  it('when a button names a language that is not offered, or the data is cut, then it is refused as out of date and nothing changes', async () => {
    await bot.say('/subscribe');
    await bot.say('/settings');
    for (const data of [settingsData('storyToggle', USER.id, 'es'), settingsData('storyToggle', USER.id), 's:st:501:d']) {
      expect((await pressData(data)).answer, data).toMatchObject({ text: STALE_EN });
    }
    expect(await stored()).toBeUndefined();
  });

  it('when the reader speaks Russian then the page is in Russian and the language names stay their own', async () => {
    await bot.say('/subscribe');
    await bot.say('/language ru');
    await bot.say('/settings');
    await press('🗞 Языки новостей: все');
    expect(labels()).toEqual(expect.arrayContaining(['Deutsch', 'Русский', '✓ Все языки', '« Назад']));
    expect((await press('Русский')).answer).toMatchObject({ text: 'Языки новостей: ru' });
    expect(await stored()).toEqual(['ru']);
  });
});

describe('/settings story languages of a channel', () => {
  const CHANNEL: FakeChat = { id: -1005550002222, type: 'channel', title: 'Morning Wire', username: 'morningwire' };
  const MEMBER: UserRef = { id: 777, first_name: 'Eve' };
  let app: App;
  let rig: Rig;
  beforeEach(async () => {
    app = await createTestApp();
    rig = await createRig(app);
    rig.telegram.setChat(CHANNEL);
    rig.telegram.setMember(CHANNEL.id, rig.telegram.bot.id, 'administrator');
    rig.telegram.setMember(CHANNEL.id, USER.id, 'administrator');
    rig.telegram.setMember(CHANNEL.id, MEMBER.id, 'member');
  });
  afterEach(async () => {
    await rig.close();
    await app.close();
  });

  const say = async (text: string, from: UserRef = USER) => rig.texts(await rig.send(rig.telegram.message({ text, from })));
  async function pressData(data: string, from: UserRef = USER) {
    const m = latestMenu(rig.telegram, from.id);
    const calls = await rig.send(rig.telegram.callbackQuery({ chat: from.id, messageId: m?.message_id ?? 1, data, from }));
    const answers = calls.filter((c) => c.method === 'answerCallbackQuery');
    expect(answers.map((a) => a.accepted)).toEqual([true]);
    return { calls, answer: answers[0]!.payload };
  }
  const press = (label: string) => pressData(findButton(rig.telegram, USER.id, label).button.callback_data);
  const channelLanguages = async () => (await app.subscriptions.get(CHANNEL.id))?.languages;

  it('when its admin picks languages from a private chat then they are saved on the channel, and a member is refused', async () => {
    expect((await say('/subscribe @morningwire 08:00 UTC'))[0]).toContain('@morningwire is subscribed');
    await say('/settings');
    await press('🗞 Story languages: all');
    await press('Polski');
    expect(await channelLanguages()).toEqual(['pl']);

    const refused = await pressData(settingsData('storyToggle', CHANNEL.id, 'de'), MEMBER);
    expect(refused.answer).toMatchObject({ show_alert: true, text: expect.stringMatching(/admins/) });
    expect(refused.calls.map((c) => c.method)).not.toContain('editMessageText');
    expect((await pressData(settingsData('storyAll', CHANNEL.id), MEMBER)).answer).toMatchObject({ show_alert: true });
    expect(await channelLanguages()).toEqual(['pl']);

    // An admin who is demoted can no longer change it: the check is fresh on every change.
    rig.telegram.setMember(CHANNEL.id, USER.id, 'member');
    expect((await press('✓ Polski')).answer).toMatchObject({ show_alert: true });
    expect(await channelLanguages()).toEqual(['pl']);
  });
});
