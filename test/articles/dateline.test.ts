import { describe, expect, it } from 'vitest';
import { findDateline } from '../../src/articles/dateline.js';

describe('findDateline in German, French, Polish, Russian, Belarusian and Ukrainian', () => {
  it.each([
    ['Minsk, 29 ноября 2026 года. Президент провёл совещание.', 'Minsk, 29 ноября 2026 года. ', undefined, '29 ноября 2026 года'],
    ['МИНСК, 29 ноября — БЕЛТА. Президент провёл совещание.', 'МИНСК, 29 ноября — БЕЛТА. ', 'BelTA', '29 ноября'],
    ['МОСКВА, 29 ноября. /ТАСС/. Президент заявил', 'МОСКВА, 29 ноября. /ТАСС/. ', 'TASS', '29 ноября'],
    ['Мінск, 29 лістапада — БЕЛТА. Прэзідэнт правёў нараду.', 'Мінск, 29 лістапада — БЕЛТА. ', 'BelTA', '29 лістапада'],
    ['Київ, 29 листопада 2026 року. Президент провів нараду.', 'Київ, 29 листопада 2026 року. ', undefined, '29 листопада 2026 року'],
    ['Berlin, 30. November (dpa) - Der Kanzler hat', 'Berlin, 30. November (dpa) - ', 'dpa', '30. November'],
    ['Berlin, 30. November. Die Regierung hat', 'Berlin, 30. November. ', undefined, '30. November'],
    ['Paris, le 30 novembre 2026 — Le président a reçu', 'Paris, le 30 novembre 2026 — ', undefined, '30 novembre 2026'],
    ['Warszawa, 30 listopada 2026 r. Premier spotkał się', 'Warszawa, 30 listopada 2026 r. ', undefined, '30 listopada 2026 r.'],
  ])('when the paragraph is "%s" then the dateline is found', (paragraph, prefix, outlet, date) => {
    expect(findDateline(paragraph)).toEqual({ prefix, ...(outlet ? { outlet } : {}), date });
  });

  it('when a paragraph starts with a name, a number and no month then it is no dateline', () => {
    expect(findDateline('Merkel, 30 Jahre lang im Amt, sagte am Montag')).toBeUndefined();
    expect(findDateline('Smith, 29 March 2020 was the day it began.')).toBeUndefined();
    expect(findDateline('Berlin, 30. November 2026 die Regierung')).toBeUndefined();
  });

  it('when the dateline is English then the shape stays as before (no date field)', () => {
    expect(findDateline('KYIV, Nov 30 (Reuters) - The')).toEqual({ prefix: 'KYIV, Nov 30 (Reuters) - ', outlet: 'Reuters' });
  });
});
