import { describe, expect, it } from 'vitest';
import { extractArticleEntities, extractEntities } from '../../src/nlp/entities.js';
import { cyrillicSurnameBase } from '../../src/nlp/name-cases.js';

const summary = (text: string, language?: string) =>
  extractEntities(text, { language }).map((e) => `${e.type}:${e.text}`);
const people = (text: string, language?: string) =>
  extractEntities(text, { language })
    .filter((e) => e.type === 'PERSON')
    .map((e) => e.text);

describe('extractEntities in German', () => {
  const text =
    'Das Paket soll im Frühjahr kommen. Die Opposition kritisierte den Entwurf, und der Städtetag warnte vor den Kosten. ' +
    'Bundeskanzler Friedrich Merz sagte am Montag in Berlin, die Regierung werde handeln. Merz betonte, Deutschland brauche Reformen.';

  it('when capitalised nouns follow an article then they are not people', () => {
    const got = people(text, 'de');
    expect(got).not.toContain('Das Paket');
    expect(got).not.toContain('Paket');
    expect(got).not.toContain('Die Opposition');
    expect(got).not.toContain('Opposition');
    expect(got.some((p) => p.includes('Städtetag') || p.includes('Regierung'))).toBe(false);
  });

  it('when a title stands before the name then the person span excludes it', () => {
    expect(people(text, 'de')).toEqual(['Friedrich Merz', 'Merz']);
    expect(people('Außenministerin Annalena Baerbock reiste nach Kiew.', 'de')).toEqual(['Annalena Baerbock']);
  });

  it('when no language is given then German is detected from the text', () => {
    expect(people(text)).toEqual(['Friedrich Merz', 'Merz']);
    expect(summary(text)).toContain('PLACE:Berlin');
  });

  it('when an organisation compound names a body then it is an organisation, the bare noun is not', () => {
    const got = summary(text, 'de');
    expect(got).toContain('ORG:Städtetag');
    expect(got).not.toContain('ORG:Regierung');
  });
});

describe('extractEntities in French and Polish', () => {
  it('when "le président" precedes a name then only the name is a person', () => {
    const text = 'Le président Emmanuel Macron a reçu les syndicats à Paris. Macron a déclaré que la réforme continuerait.';
    expect(people(text)).toEqual(['Emmanuel Macron', 'Macron']);
    expect(summary(text)).toContain('PLACE:Paris');
    expect(people(text).some((p) => p.startsWith('Le'))).toBe(false);
  });

  it('when "premier" precedes a name in Polish then only the name is a person', () => {
    const text = 'Premier Donald Tusk spotkał się w Warszawie z rolnikami. Tusk powiedział, że rząd przygotuje ustawę.';
    expect(people(text, 'pl')).toEqual(['Donald Tusk', 'Tusk']);
    expect(summary(text, 'pl')).toContain('PLACE:Warszawie');
  });
});

describe('extractEntities in Russian, Belarusian and Ukrainian', () => {
  it('should find a Russian name with and without the given name, and split the title off', () => {
    const text = 'Президент Александр Лукашенко провел совещание в Минске. Лукашенко заявил, что переговоры продолжатся.';
    const got = summary(text);
    expect(got).toEqual(['PERSON:Александр Лукашенко', 'PLACE:Минске', 'PERSON:Лукашенко']);
  });

  it('should find a Belarusian spelling and a Ukrainian name', () => {
    expect(people('Аляксандр Лукашэнка сустрэўся з дэлегацыяй у Мінску. Лукашэнка заявіў пра новыя меры.')).toEqual([
      'Аляксандр Лукашэнка',
      'Лукашэнка',
    ]);
    expect(people('Володимир Зеленський провів нараду в Києві. Зеленський заявив, що допомога надійде.')).toEqual([
      'Володимир Зеленський',
      'Зеленський',
    ]);
  });

  it('when a sentence opens with a month or a common word then it is not a person', () => {
    const text = 'Ноябрь выдался холодным. В Москве прошли переговоры. Однако МИД ничего не сообщил.';
    const got = summary(text);
    expect(got.filter((e) => e.startsWith('PERSON'))).toEqual([]);
    expect(got).toContain('PLACE:Москве');
    expect(got).toContain('ORG:МИД');
  });

  it('when a surname is in a case form then the span is as written and a nominative is derivable', () => {
    const text = 'Депутаты обсуждали встречу с Путиным. Позже премьер Михаил Мишустин выступил перед журналистами.';
    expect(people(text)).toEqual(['Путиным', 'Михаил Мишустин']);
    expect(cyrillicSurnameBase('Путиным')).toBe('Путин');
    expect(cyrillicSurnameBase('Путина')).toBe('Путин');
    expect(cyrillicSurnameBase('Лукашенко')).toBe('Лукашенко');
    expect(cyrillicSurnameBase('Зеленского')).toBe('Зеленский');
  });

  it('when the article language is passed then every paragraph uses its rules', () => {
    const ms = extractArticleEntities(['Die Opposition lehnte ab.', 'Bundeskanzler Friedrich Merz widersprach.'], 'de');
    expect(ms.filter((m) => m.type === 'PERSON').map((m) => m.text)).toEqual(['Friedrich Merz']);
    for (const m of ms) expect(m.start).toBeGreaterThanOrEqual(0);
  });
});

describe('extractEntities: openings and institutions', () => {
  it('when a Russian sentence opens with an adverb before a surname then the adverb is not in the name', () => {
    const text = 'Глава МИД Сергей Лавров встретился с коллегой. Позже Лавров заявил, что встреча была полезной.';
    expect(people(text)).toEqual(['Сергей Лавров', 'Лавров']);
    expect(summary(text)).toContain('ORG:МИД');
  });

  it('when an adjective opens a Cyrillic name then it is an institution, not a person', () => {
    const got = summary('Вчера Верховная Рада приняла закон, а Государственная Дума его осудила.');
    expect(got).toContain('ORG:Верховная Рада');
    expect(got).toContain('ORG:Государственная Дума');
  });

  it('when a French article is capitalised mid-sentence then it belongs to the name', () => {
    const got = summary('Selon Le Monde, la ministre Rachida Dati était présente. Le gouvernement a confirmé.');
    expect(got).toContain('ORG:Le Monde');
    expect(got).toContain('PERSON:Rachida Dati');
    expect(got.some((e) => e.includes('Le gouvernement') || e.endsWith(':Le'))).toBe(false);
  });
});
