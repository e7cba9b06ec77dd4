// The locales themselves: negotiation, the English fallback, complete and consistent translations,
// no bidi isolation marks, dates through Intl, and the digest frame in each language.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DIGEST_STRINGS_EN } from '../../briefings/render-strings.js';
import { formatDayIn, formatDayTimeIn } from '../../src/i18n/dates.js';
import { digestStrings } from '../../src/i18n/digest-strings.js';
import { loadI18n, translator } from '../../src/i18n/fluent.js';
import { SUPPORTED_LOCALES } from '../../src/i18n/locales.js';
import { negotiate, toLocale } from '../../src/i18n/negotiate.js';
import { formatDay } from '../../src/render/format-date.js';
import { projectRoot } from '../../src/util/project-root.js';

const ftl = (locale: string) => readFileSync(join(projectRoot(), 'locales', `${locale}.ftl`), 'utf8');
/** key → the variables its text uses (`{ $name }`, selectors included). */
function messages(source: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  let key: string | undefined;
  for (const line of source.split('\n')) {
    const head = /^([a-z][a-z0-9-]*) =/.exec(line);
    if (head?.[1]) out.set((key = head[1]), new Set());
    else if (!/^\s/.test(line)) key = undefined;
    if (key) for (const m of line.matchAll(/\$([a-z]+)/g)) out.get(key)!.add(m[1]!);
  }
  return out;
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('negotiate', () => {
  it('should prefer the chat’s stored language, then the Telegram code’s primary subtag, then English', () => {
    expect(negotiate(undefined, undefined)).toBe('en');
    expect(negotiate(undefined, 'ru-RU')).toBe('ru');
    expect(negotiate(undefined, 'UK')).toBe('uk');
    expect(negotiate(undefined, 'pt-br')).toBe('en');
    expect(negotiate('be', 'ru')).toBe('be');
    expect(negotiate('klingon', 'uk')).toBe('uk');
    expect(toLocale('be_BY')).toBe('be');
    expect(toLocale('')).toBeUndefined();
  });
});

describe('the English fallback', () => {
  it('when a locale lacks a key then the English text is used, and a key nobody has reads as {key}', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-locales-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'en.ftl'), 'hello = Hello, { $name }!\nonly-en = Only in English\n');
    writeFileSync(join(dir, 'ru.ftl'), 'hello = Привет, { $name }!\n');
    const i18n = loadI18n(dir);
    expect(i18n.t('ru', 'hello', { name: 'Оля' })).toBe('Привет, Оля!');
    expect(i18n.t('ru', 'only-en')).toBe('Only in English');
    expect(i18n.t('de', 'hello', { name: 'Jo' })).toBe('Hello, Jo!');
    expect(i18n.t('ru', 'nowhere')).toBe('{nowhere}');
  });

  it('should refuse a locales folder without English', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-locales-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'ru.ftl'), 'hello = Привет\n');
    expect(() => loadI18n(dir)).toThrow(/en\.ftl/);
  });
});

describe('the shipped translations', () => {
  const english = messages(ftl('en'));

  it('should have every English key in every locale, with only the variables English passes', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const own = messages(ftl(locale));
      expect([...english.keys()].filter((k) => !own.has(k)), `${locale} lacks`).toEqual([]);
      expect([...own.keys()].filter((k) => !english.has(k)), `${locale} has keys English lacks`).toEqual([]);
      for (const [key, vars] of own) {
        const extra = [...vars].filter((v) => !english.get(key)?.has(v));
        expect(extra, `${locale} ${key}`).toEqual([]);
      }
    }
  });

  it('should format every message in every locale without isolation marks, markup or unresolved variables', () => {
    const sample = { count: 3, n: 2, max: 20, min: 2, first: 10, hours: 2, minutes: 5, stories: 5 };
    for (const locale of SUPPORTED_LOCALES) {
      const t = translator(locale);
      for (const [key, vars] of english) {
        const given = Object.fromEntries([...vars].map((v) => [v, v in sample ? sample[v as keyof typeof sample] : `‹${v}›`]));
        const text = t(key, given);
        expect(text, `${locale} ${key}`).not.toMatch(/[\u2068\u2069]/);
        expect(text, `${locale} ${key}`).not.toMatch(/\{|\}|\$[a-z]/);
        // Texts are plain: the code escapes them, so an HTML character in one would show as an entity.
        expect(text.replace(/<(url|n|name|имя|ім'я|імя|код|code|question|words|вопрос|слова|пытанне|словы|запитання)>/g, ''), `${locale} ${key}`).not.toMatch(/[<>&]/);
      }
    }
  });

  it('should pick Slavic plural forms', () => {
    const ru = translator('ru');
    expect([1, 2, 5, 21].map((count) => ru('digest-outlets', { count }))).toEqual(['1 издание', '2 издания', '5 изданий', '21 издание']);
    expect(translator('be')('digest-window', { since: 'a', until: 'b', zone: 'UTC', stories: 3 })).toBe('a – b (UTC) · 3 навіны');
    expect(translator('uk')('who-mentioned', { count: 1 })).toBe('Згадується в 1 статті.');
  });
});

describe('dates', () => {
  const day = new Date('2025-09-12T21:30:00Z');

  it('should keep the project’s stable English form and use Intl for the other locales, in the given zone', () => {
    expect(formatDayIn('en', day, 'date unknown')).toBe(formatDay(day));
    expect(formatDayIn('ru', day, 'дата неизвестна', 'Europe/Minsk')).toBe(new Intl.DateTimeFormat('ru', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Minsk' }).format(day));
    expect(formatDayIn('ru', day, 'x', 'Europe/Minsk')).toContain('13'); // past midnight in Minsk
    expect(formatDayIn('uk', undefined, 'дата невідома')).toBe('дата невідома');
    expect(formatDayTimeIn('be', day, 'UTC')).toContain('21:30');
  });
});

describe('the digest frame', () => {
  it('should say in English exactly what briefings/render-strings.ts says', () => {
    const en = digestStrings('en');
    for (const k of ['title', 'update', 'moreStories', 'unknownSource', 'dateUnknown', 'disclaimer'] as const) expect(en[k], k).toBe(DIGEST_STRINGS_EN[k]);
    for (const n of [1, 2, 7]) {
      expect(en.window('1 Mar', '2 Mar', 'UTC', n)).toBe(DIGEST_STRINGS_EN.window('1 Mar', '2 Mar', 'UTC', n));
      expect(en.more(n)).toBe(DIGEST_STRINGS_EN.more(n));
      expect(en.outlets(n)).toBe(DIGEST_STRINGS_EN.outlets(n));
      expect(en.articles(n, '2 Mar')).toBe(DIGEST_STRINGS_EN.articles(n, '2 Mar'));
      expect(en.moreOutlets(n)).toBe(DIGEST_STRINGS_EN.moreOutlets(n));
    }
    expect(en.nothingNew('1 Mar', 'UTC')).toBe(DIGEST_STRINGS_EN.nothingNew('1 Mar', 'UTC'));
    expect(en.followUp('AP', '2 Mar')).toBe(DIGEST_STRINGS_EN.followUp('AP', '2 Mar'));
  });

  it('should have every frame string in each locale', () => {
    expect(digestStrings('ru').disclaimer).toMatch(/проверяйте самостоятельно/);
    expect(digestStrings('uk').window('a', 'b', 'UTC', 2)).toBe('a – b (UTC) · 2 новини');
    expect(digestStrings('be').update).toBe('Абнаўленне: ');
  });
});
