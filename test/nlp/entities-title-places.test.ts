import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/nlp/entities.js';

const summary = (text: string, language: string) =>
  extractEntities(text, { language }).map((e) => `${e.type}:${e.text}`);
const person = (text: string, language: string) => extractEntities(text, { language }).find((e) => e.type === 'PERSON');

describe('a place between a title and a name', () => {
  it.each([
    ['Президент Белоруссии Александр Лукашенко заявил, что переговоры продолжатся.', 'ru', 'Белоруссии', 'Александр Лукашенко', 'Президент Белоруссии'],
    ['Президент России Владимир Путин провёл встречу.', 'ru', 'России', 'Владимир Путин', 'Президент России'],
    ['Об этом заявил президент Белоруссии Александр Лукашенко.', 'ru', 'Белоруссии', 'Александр Лукашенко', 'президент Белоруссии'],
    ['Прэзідэнт Беларусі Аляксандр Лукашэнка сустрэўся з міністрам.', 'be', 'Беларусі', 'Аляксандр Лукашэнка', 'Прэзідэнт Беларусі'],
    ["Прем'єр-міністр України Денис Шмигаль заявив про нові кроки.", 'uk', 'України', 'Денис Шмигаль', "Прем'єр-міністр України"],
    ['Prezydent Polski Andrzej Duda spotkał się z premierem.', 'pl', 'Polski', 'Andrzej Duda', 'Prezydent Polski'],
    ['Mayor of Chicago Brandon Reed said the budget was balanced.', 'en', 'Chicago', 'Brandon Reed', 'Mayor of Chicago'],
    ['On Monday the mayor of Chicago Brandon Reed said the budget was balanced.', 'en', 'Chicago', 'Brandon Reed', 'mayor of Chicago'],
  ])('when %s then the place belongs to the role and the person starts at the given name', (text, lang, place, name, role) => {
    expect(summary(text, lang)).toContain(`PLACE:${place}`);
    const p = person(text, lang);
    expect(p?.text).toBe(name);
    expect(p?.role).toBe(role);
  });

  it('when a title and its portfolio end the text then nothing is left for a name and nothing fails', () => {
    expect(summary('The talks were led by the Secretary of State', 'en')).toEqual([]);
  });

  it('when an English title has no "of" then a place-like given name stays in the name', () => {
    expect(person('President Jackson Lee Smith spoke.', 'en')?.text).toBe('Jackson Lee Smith');
  });
});

describe('names in other shapes', () => {
  it('when a Polish institution is named then it is an organisation, not a person', () => {
    expect(summary('Projekt przyjęła Rada Ministrów, a Sejm Rzeczypospolitej go odrzucił.', 'pl')).toEqual([
      'ORG:Rada Ministrów',
      'ORG:Sejm Rzeczypospolitej',
    ]);
    expect(summary('Sejm przyjął ustawę w piątek.', 'pl')).toEqual(['ORG:Sejm']);
  });

  it('when a Belarusian name is in the instrumental case then it is a person', () => {
    expect(summary('Лукашэнка сустрэўся з Уладзімірам Пуціным у Мінску.', 'be')).toContain('PERSON:Уладзімірам Пуціным');
  });

  it('when a collective noun owns the name then the possessive stays inside one organisation', () => {
    expect(summary("The People's Bank of China cut its lending rate.", 'en')).toEqual(["ORG:People's Bank of China"]);
    expect(summary("Workers' Party leaders met in Seoul.", 'en')).toEqual(["ORG:Workers' Party", 'PLACE:Seoul']);
  });

  it('when a country owns the name then the possessive still splits it', () => {
    expect(summary("Britain's Bank of England raised rates.", 'en')).toEqual(['PLACE:Britain', 'ORG:Bank of England']);
  });
});
