// End to end: one person written in Russian, Belarusian and English articles is one /who card, whichever
// alphabet and spelling the query uses, with the articles of all three languages counted.
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { createTestApp, input } from '../support/test-app.js';

const RUSSIAN = `Лукашенко провёл совещание с правительством

МИНСК, 29 ноября — БЕЛТА. Александр Лукашенко провёл в субботу совещание с правительством по вопросам экономики.

Лукашенко потребовал от министров навести порядок в ценах, сообщила пресс-служба.`;

const BELARUSIAN = `Лукашэнка правёў нараду з урадам

Мінск, 29 лістапада 2026 года. Аляксандр Лукашэнка правёў у суботу нараду з урадам па пытаннях эканомікі.

Лукашэнка запатрабаваў ад міністраў навесці парадак з цэнамі, паведаміла прэс-служба.`;

const ENGLISH = `Lukashenko meets his government on prices

MINSK, Belarus (AP) — Alexander Lukashenko met his government on Saturday to discuss the economy.

Lukashenko told ministers to bring prices under control, his office said.`;

const RUSSIAN_PUTIN = `Лукашенко передал письмо Путину

Минск, 30 ноября 2026 года. В субботу было передано письмо Владимира Путина, сообщили в Кремле.

В Минске готовят ответ Путину, добавили в пресс-службе.`;

const ENGLISH_PUTIN = `Kremlin receives a letter from Minsk

MOSCOW (AP) — Vladimir Putin received a letter from Minsk on Saturday, the Kremlin said.`;

describe('who across Russian, Belarusian and English articles', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('when one person is written in three languages then every spelling finds one person with all three articles', async () => {
    app = await createTestApp({ now: new Date('2026-12-01T09:00:00.000Z') });
    const results = await app.ingestor.ingest([input('ru.txt', RUSSIAN), input('be.txt', BELARUSIAN), input('en.txt', ENGLISH)]);
    expect(results.map((r) => r.status)).toEqual(['stored', 'stored', 'stored']);

    const found = await Promise.all(['Лукашенко', 'Лукашэнка', 'Lukashenko', 'Lukashenka', 'Aliaksandr Lukashenka'].map((q) => app!.people.lookup(q)));
    const ids = new Set(found.map((f) => f.person?.id));
    expect(ids.size).toBe(1);
    expect(found[0]!.person?.articleCount).toBe(3);
  });

  it('when the articles are in Russian and Belarusian then their datelines date them and leave the body', async () => {
    app = await createTestApp({ now: new Date('2026-12-01T09:00:00.000Z') });
    await app.ingestor.ingest([input('ru.txt', RUSSIAN), input('be.txt', BELARUSIAN)]);
    const records = await app.articles.getMany(await app.articles.idsIngestedSince(new Date(0)));
    const byLanguage = new Map(records.map((r) => [r.language, r]));
    expect(byLanguage.get('ru')?.publishedAt).toBe('2026-11-29T00:00:00.000Z');
    expect(byLanguage.get('ru')?.source.name).toBe('BelTA');
    expect(byLanguage.get('ru')?.paragraphs[0]).toMatch(/^Александр Лукашенко провёл/);
    expect(byLanguage.get('be')?.publishedAt).toBe('2026-11-29T00:00:00.000Z');
    expect(byLanguage.get('be')?.paragraphs[0]).toMatch(/^Аляксандр Лукашэнка правёў/);
  });

  it('when a Russian article names someone only in case forms then he is the English articles\' person', async () => {
    app = await createTestApp({ now: new Date('2026-12-01T09:00:00.000Z') });
    await app.ingestor.ingest([input('ru.txt', RUSSIAN_PUTIN), input('en.txt', ENGLISH_PUTIN)]);
    const found = await Promise.all(['Путин', 'Putin', 'Владимир Путин'].map((q) => app!.people.lookup(q)));
    expect(new Set(found.map((f) => f.person?.id)).size).toBe(1);
    expect(found[0]!.person?.articleCount).toBe(2);
  });
});
