import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/nlp/entities.js';

const summary = (text: string, language?: string) => extractEntities(text, { language }).map((e) => `${e.type}:${e.text}`);
const people = (text: string) =>
  extractEntities(text)
    .filter((e) => e.type === 'PERSON')
    .map((e) => e.text);

describe('extractEntities: kinds of non-person', () => {
  it('when a building names an institution then it is a place, also at the start of a sentence', () => {
    const text = 'White House officials said the talks would resume. Aides met at the Elysee Palace and the Sky Observatory.';
    expect(people(text)).toEqual([]);
    expect(summary(text)).toEqual(['PLACE:White House', 'PLACE:Elysee Palace', 'PLACE:Sky Observatory']);
  });

  it('when a surname is also a building word then a given name keeps it a person', () => {
    expect(people('Officials said Mary Hall and Peter Park would attend.')).toEqual(['Mary Hall', 'Peter Park']);
  });

  it('when an outlet is written straight before a name then the person excludes it', () => {
    expect(people('MailOnline Julia Brenner reported the story first.')).toEqual(['Julia Brenner']);
    expect(people('The photo was posted by MailOnline Julia on Sunday.')).toEqual(['Julia']);
    const got = summary('The claim was denied, AP Scaramucci added in a statement.');
    expect(got).toContain('ORG:AP');
    expect(got).toContain('PERSON:Scaramucci');
  });

  it('when a short all-caps abbreviation stands alone then it is never a person', () => {
    expect(people('He flew to LA on Tuesday, then to NY.')).toEqual([]);
  });

  it('when a city is followed by a score then it stands for a team', () => {
    const got = summary('Results on Sunday:\nChicago 5 Houston 3\nBoston 2 Denver 1');
    expect(got).toContain('ORG:Chicago');
    expect(got).toContain('ORG:Denver');
  });

  it('when a team name contains a place then it is an organisation, not a person', () => {
    expect(summary('The striker joined Dinamo Minsk after two seasons.')).toContain('ORG:Dinamo Minsk');
  });

  it('when a capitalised word is also written in lower case then alone it is not an entity', () => {
    const text = 'Markets were calm.\nGERMANY - Bonds eased as the bond market waited for data.';
    expect(summary(text).some((e) => e.endsWith(':Bonds'))).toBe(false);
  });

  it('when a company name is seen mid-sentence then its sentence-initial use is tagged the same', () => {
    const got = summary('Shares of Norvella rose on Monday. Norvella said profit doubled.');
    expect(got).toEqual(['ORG:Norvella', 'ORG:Norvella']);
  });

  it('when a place noun follows or a "town of" precedes then an unknown name is a place', () => {
    expect(summary('Troops entered the town of Varkesh after clashes near the Brolan province border.')).toEqual([
      'PLACE:Varkesh',
      'PLACE:Brolan',
    ]);
  });
});

describe('extractEntities: structural cues for people', () => {
  it('when most members of a comma list are people then the unknown members are people too', () => {
    const got = summary('The squad: Aldo Brenner, Carla Monti, Dervla, Kestrin and Ugo Sarti.');
    expect(got).toContain('PERSON:Dervla');
    expect(got).toContain('PERSON:Kestrin');
  });

  it('when a hyphenated title precedes a name then the person excludes it', () => {
    expect(people('Forces led by Lieutenant-General Marek Brodsky advanced.')).toEqual(['Marek Brodsky']);
  });

  it('when a lone word has a Slavic surname ending then it is a person', () => {
    expect(people('Aides shrugged off Varenetsky’s claim, and critics sided with Dubrovskaya.')).toEqual([
      'Varenetsky',
      'Dubrovskaya',
    ]);
  });

  it('when a line opens with a label and a colon then the label is not an entity', () => {
    expect(summary('Venue: none\nPaying Agent: Brennor Trust Bank')).toEqual(['ORG:Brennor Trust Bank']);
  });

  it('when a compass word opens a demonym then neither is a place', () => {
    expect(summary('Results of South Korean games and North American sales.')).toEqual([]);
  });

  it('when an ampersand or an acronym joins the words then the name is not a person', () => {
    expect(people('Shares of Harlow & Venn rose, as did Halden NPX on Monday.')).toEqual([]);
  });
});

describe('extractEntities: datelines and places', () => {
  it('when a line opens with a place and a date then the place is tagged though no gazetteer knows it', () => {
    expect(summary('KORVALE 2026-03-02\nTalks resumed.')).toEqual(['PLACE:KORVALE']);
    expect(summary('Brenzlau, 30. November\nDer Rat tagte.', 'de')).toContain('PLACE:Brenzlau');
    expect(summary('Ostrovets, 29 ноября 2026 года.\nВстреча прошла.')).toContain('PLACE:Ostrovets');
  });

  it('when a line opens with a person and a weekday then it is no dateline', () => {
    expect(summary('Talks went on.\nAldo Brenner Monday said he would stay.').some((e) => e.startsWith('PLACE'))).toBe(false);
  });

  it('when an acronym follows a known place then they are a place and an organisation', () => {
    expect(summary('The index was compiled by the Denver PMAB last month.')).toEqual(['PLACE:Denver', 'ORG:PMAB']);
  });
});

describe('extractEntities: people named again later in an article', () => {
  it('when a person named in full has a surname that is also a city then the lone surname later is the person, and the city after "from" a place', () => {
    const text = 'Tennis player Anna Houston beat Maria Lopez on Monday.\nHouston, who trailed 1-5, won the final set.\nShe flies from Houston to Dallas next week.';
    expect(summary(text)).toEqual(['PERSON:Anna Houston', 'PERSON:Maria Lopez', 'PERSON:Houston', 'PLACE:Houston', 'PLACE:Dallas']);
  });

  it('when an adverb opens the sentence without a comma then it is not part of the name after it', () => {
    expect(people('Anna Houston lost the first set. Later Houston said she was tired. Earlier Maria Lopez had won.')).toEqual([
      'Anna Houston',
      'Houston',
      'Maria Lopez',
    ]);
  });

  it('when a surname is written with its particle but no given name then the particle is part of the name', () => {
    expect(people('Aravinda de Silva made 83. Asked about the pitch, de Silva said it was slow.')).toEqual(['Aravinda de Silva', 'de Silva']);
  });
});

describe('extractEntities: months that are names', () => {
  it('when a month word is a given name or a surname then it is part of the person, and a date stays a date', () => {
    const text = 'Prime Minister Theresa May met Jan Egeland on May 3. Mrs May and April Ryan left in June.';
    expect(people(text)).toEqual(['Theresa May', 'Jan Egeland', 'May', 'April Ryan']);
  });

  it('when words before a month make it a date then the name after it stands alone', () => {
    expect(people('From January to June Varnak exported more, said Tessa Orlov.')).toEqual(['Tessa Orlov']);
    expect(summary('Output rose in the August Kestrel Purchasing survey.')).not.toContain('PERSON:August Kestrel');
  });
});
