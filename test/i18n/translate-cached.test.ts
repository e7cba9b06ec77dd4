import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../src/i18n/locales.js';
import { sharedI18n, translateCached } from '../../src/i18n/fluent.js';

// The memo must never change a string: each answer is compared with Fluent's own, asked twice (miss, then hit).
describe('memoised translations', () => {
  const i18n = sharedI18n();

  it('when a string is asked for again then it is the one Fluent gives, in every locale', () => {
    const cases: [string, Record<string, string | number>?][] = [
      ['latest-empty'],
      ['latest-title', { count: 5 }],
      ['latest-title', { count: 1 }],
      ['who-mentioned', { count: 1 }],
      ['who-mentioned', { count: 21 }],
      ['who-mentioned', { count: 5 }],
      ['who-not-found', { name: 'Lukashenko' }],
      ['latest-also', { names: '\u0000' }],
      ['no-such-key'],
    ];
    for (const locale of [...SUPPORTED_LOCALES, 'de']) {
      for (const [key, vars] of cases) {
        const fluent = i18n.t(locale, key, vars);
        expect(translateCached(i18n, locale, key, vars)).toBe(fluent);
        expect(translateCached(i18n, locale, key, vars)).toBe(fluent);
      }
    }
    expect(translateCached(i18n, 'ru', 'who-mentioned', { count: 1 })).not.toBe(translateCached(i18n, 'ru', 'who-mentioned', { count: 5 }));
  });

  it('when variables differ only in type or in what a string holds then each gets its own string', () => {
    // Fluent selects the plural on the number 1, not on the string "1".
    expect(translateCached(i18n, 'ru', 'who-mentioned', { count: '1' })).toBe(i18n.t('ru', 'who-mentioned', { count: '1' }));
    expect(translateCached(i18n, 'ru', 'who-mentioned', { count: 1 })).toBe(i18n.t('ru', 'who-mentioned', { count: 1 }));
    // A name that looks like the key's own separators can't pass for another set of variables.
    const tricky = { name: 'A"\u0000x=B' };
    expect(translateCached(i18n, 'en', 'who-not-found', tricky)).toBe(i18n.t('en', 'who-not-found', tricky));
    expect(translateCached(i18n, 'en', 'who-not-found', { name: 'A' })).toBe(i18n.t('en', 'who-not-found', { name: 'A' }));
  });

  it('when a variable is long user text then the answer is still Fluent’s', () => {
    const name = 'Лукашенко '.repeat(50);
    expect(translateCached(i18n, 'be', 'who-not-found', { name })).toBe(i18n.t('be', 'who-not-found', { name }));
  });
});
