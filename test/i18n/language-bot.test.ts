// The reader's language through the real bot (bot.handleUpdate on the Bot API stand-in).
import type { Update } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { findButton } from '../support/inline-menu.js';
import { createI18nBot, type I18nBot } from '../support/i18n-bot.js';
import { createTestApp, input } from '../support/test-app.js';
import { followUpText, seedText } from '../support/articles.js';
import type { FakeChat, UserRef } from '../support/fake-telegram.js';

const RU: UserRef = { id: 601, first_name: 'Ольга', language_code: 'ru' };
const EN: UserRef = { id: 602, first_name: 'Ann', language_code: 'en-GB' };
const ADMIN: UserRef = { id: 603, first_name: 'Max', language_code: 'en' };
const GROUP: FakeChat = { id: -1002223334445, type: 'supergroup', title: 'Readers' };
const ISOLATION = /[\u2068\u2069]/;

let app: App;
let rig: I18nBot;
beforeEach(async () => {
  app = await createTestApp();
  await app.ingestor.ingest([input('seed', seedText()), input('follow', followUpText)]);
  rig = await createI18nBot(app);
  rig.telegram.setChat(GROUP);
  rig.telegram.setMember(GROUP.id, ADMIN.id, 'administrator');
  rig.telegram.setMember(GROUP.id, RU.id, 'member');
});
afterEach(async () => {
  await rig.close();
  await app.close();
});

/** Sends an update; returns the texts of the messages it sent, after checking Telegram took every call. */
async function send(update: Update): Promise<string[]> {
  const before = rig.telegram.calls.length;
  await rig.bot.handleUpdate(update);
  const calls = rig.telegram.calls.slice(before);
  expect(calls.filter((c) => !c.accepted), JSON.stringify(calls.filter((c) => !c.accepted))).toEqual([]);
  return calls.flatMap((c) => (typeof c.payload.text === 'string' ? [c.payload.text] : []));
}
const say = (text: string, from: UserRef, chat?: FakeChat) => send(rig.telegram.message({ text, from, ...(chat ? { chat } : {}) }));

describe('a reader whose Telegram is in Russian', () => {
  it('gets /start, /latest and /who in Russian, with dates through Intl and the articles untranslated', async () => {
    const [start] = await say('/start', RU);
    expect(start).toContain('newsbrief превращает новостные статьи в короткие сводки.');
    expect(start).toContain('/latest — самые свежие новости');

    const [latest] = await say('/latest', RU);
    expect(latest).toContain('Свежие новости: 2');
    expect(latest).toContain('Belarus Frees 52'); // the headline stays as published
    expect(latest).toContain(new Intl.DateTimeFormat('ru', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date('2025-09-12T12:00:00Z')));
    expect(latest).not.toMatch(/Latest|stories|read</);

    const [who] = await say('/who Lukashenko', RU);
    expect(who).toMatch(/Упоминается в \d+ стать(е|ях)\./);
    expect(who).not.toMatch(/Mentioned in|Roles/);
    expect((await say('/who', RU))[0]).toBe('Как использовать: /who &lt;имя&gt;, например /who Лукашенко');
  });

  it('gets refusals, "don’t know" and usage lines in Russian too, with the quoted words kept', async () => {
    const [badTime] = await say('/subscribe 25:00', RU);
    expect(badTime).toContain('25:00 — это не время суток');
    expect(badTime).toContain('Как пользоваться: /subscribe');
    expect((await say('/subscribe Mars/Olympus', RU))[0]).toContain('Я не знаю часового пояса «Mars/Olympus»');
    expect((await say('/ask Who won the chess olympiad in Lagos?', RU))[0]).toBe('В статьях, которые у меня есть, ответа на это нет.');
    expect((await say('/search', RU))[0]).toContain('Как пользоваться: /search');
    expect((await say('/search zzqxv', RU))[0]).toBe('Ничего не найдено по запросу «zzqxv».');
  });

  it('gets English when the app is in a language we do not ship, and en-GB reads as English', async () => {
    expect((await say('/latest', { id: 604, first_name: 'Jo', language_code: 'de' }))[0]).toContain('Latest 2 stories');
    expect((await say('/latest', EN))[0]).toContain('Latest 2 stories');
  });

  it('never sends Fluent’s bidi isolation marks', async () => {
    const texts = [
      ...(await say('/latest 1', RU)), ...(await say('/latest lots', RU)), ...(await say('/who Nobody Atall', RU)),
      ...(await say('/subscribe 07:30 Europe/Minsk', RU)), ...(await say('/settings', RU)), ...(await say('/language', RU)),
      ...(await say('/sources', RU)), ...(await say('/digest 2020-01-01', RU)),
    ];
    expect(texts.length).toBeGreaterThan(7);
    for (const text of texts) expect(text).not.toMatch(ISOLATION);
  });
});

describe('/language', () => {
  it('in a private chat: shows the language and the choices as buttons, two a row, and /language ru switches', async () => {
    const [screen] = await say('/language', EN);
    expect(screen).toContain('The bot speaks English in this chat.');
    const keyboard = rig.telegram.messagesTo(EN.id).at(-1)?.replyMarkup as { inline_keyboard: { text: string }[][] };
    expect(keyboard.inline_keyboard.flat().map((b) => b.text)).toEqual(['• English', 'Русский', 'Беларуская', 'Українська']);
    for (const row of keyboard.inline_keyboard) expect(row.length).toBeLessThanOrEqual(2);

    expect((await say('/language ru', EN))[0]).toBe('Готово: теперь бот говорит здесь по-русски.');
    expect(await rig.languages.get(EN.id)).toMatchObject({ locale: 'ru', source: 'chosen' });
    // Chosen beats the app's language from now on.
    expect((await say('/latest', EN))[0]).toContain('Свежие новости: 2');
  });

  it('takes a region subtag or a language’s own name, and a bad code gets one clear line', async () => {
    expect((await say('/language uk-UA', EN))[0]).toBe('Готово: тепер бот говорить тут українською.');
    expect((await say('/language Беларуская', EN))[0]).toBe('Гатова: цяпер бот гаворыць тут па-беларуску.');
    const bad = await say('/language xx', { ...EN, id: 605 });
    expect(bad).toEqual(['I don\'t speak "xx": choose one of en, ru, be, uk.']);
  });

  it('a button press switches too, and the screen is redrawn in the new language', async () => {
    await say('/language', EN);
    const { menu, button } = findButton(rig.telegram, EN.id, 'Українська');
    await send(rig.telegram.callbackQuery({ chat: EN.id, messageId: menu.message_id, data: button.callback_data, from: EN }));
    const redrawn = rig.telegram.messagesTo(EN.id).find((m) => m.message_id === menu.message_id);
    expect(redrawn?.text).toContain('Мова бота в цьому чаті: українська.');
    expect(await rig.languages.get(EN.id)).toMatchObject({ locale: 'uk', source: 'chosen' });
  });

  it('in a group: anyone may look, only an admin may change it, and the group then speaks it to everyone', async () => {
    expect((await say('/language', RU, GROUP))[0]).toContain('Язык бота в этом чате: русский.');
    expect(await say('/language be', RU, GROUP)).toEqual(['Менять язык чата могут только его администраторы.']);
    expect(await rig.languages.get(GROUP.id)).toBeUndefined();
    // A member's press is refused as well, and nothing changes.
    const { menu, button } = findButton(rig.telegram, GROUP.id, 'Беларуская');
    await send(rig.telegram.callbackQuery({ chat: GROUP.id, messageId: menu.message_id, data: button.callback_data, from: RU }));
    expect(rig.telegram.calls.filter((c) => c.method === 'answerCallbackQuery').at(-1)?.payload).toMatchObject({ show_alert: true });
    expect(await rig.languages.get(GROUP.id)).toBeUndefined();

    expect((await say('/language be', ADMIN, GROUP))[0]).toBe('Гатова: цяпер бот гаворыць тут па-беларуску.');
    expect((await say('/latest', RU, GROUP))[0]).toContain('Свежыя навіны: 2');
  });
});

describe('/settings and the language', () => {
  it('shows the language and offers the same choices; picking one saves it for the chat', async () => {
    await say('/subscribe', EN);
    const [menuText] = await say('/settings', EN);
    expect(menuText).toContain('Language: English');
    const open = findButton(rig.telegram, EN.id, '🌐 Language');
    await send(rig.telegram.callbackQuery({ chat: EN.id, messageId: open.menu.message_id, data: open.button.callback_data, from: EN }));
    const pick = findButton(rig.telegram, EN.id, 'Русский');
    await send(rig.telegram.callbackQuery({ chat: EN.id, messageId: pick.menu.message_id, data: pick.button.callback_data, from: EN }));
    expect(await rig.languages.get(EN.id)).toMatchObject({ locale: 'ru', source: 'chosen' });
    const redrawn = rig.telegram.messagesTo(EN.id).find((m) => m.message_id === pick.menu.message_id);
    expect(redrawn?.text).toContain('Язык: Русский');
    expect(rig.telegram.calls.filter((c) => c.method === 'answerCallbackQuery').at(-1)?.payload.text).toBe('Готово: теперь бот говорит здесь по-русски.');
  });
});

describe('the language of a private chat is remembered for the scheduled digest', () => {
  it('stores the sender’s language_code (not chosen), and a later chosen one is kept over it', async () => {
    await say('/start', RU);
    expect(await rig.languages.get(RU.id)).toMatchObject({ locale: 'ru', source: 'telegram' });
    await say('/language be', RU);
    await say('/start', RU);
    expect(await rig.languages.get(RU.id)).toMatchObject({ locale: 'be', source: 'chosen' });
  });
});

describe('what is written', () => {
  it('writes nothing for an English reader with nothing stored, and reads a Russian group member’s language per sender', async () => {
    await say('/start', { id: 606, first_name: 'Bo', language_code: 'en' });
    expect(await rig.languages.get(606)).toBeUndefined();
    expect((await say('/latest', RU, GROUP))[0]).toContain('Свежие новости: 2');
    expect((await say('/latest', ADMIN, GROUP))[0]).toContain('Latest 2 stories');
    expect(await rig.languages.get(GROUP.id)).toBeUndefined();
  });
});
