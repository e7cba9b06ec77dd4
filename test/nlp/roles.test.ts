import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/nlp/entities.js';

const roleOf = (text: string, name: string): string | undefined =>
  extractEntities(text).find((e) => e.type === 'PERSON' && e.text === name)?.role;

describe('roles', () => {
  const lines = readFileSync(new URL('../fixtures/nlp/appositions.txt', import.meta.url), 'utf8').split('\n');

  it.each([
    ['Andrius Kubilius', 'EU defence commissioner'],
    ['Tomas Petrauskas', 'spokesman for the ministry'],
    ['Ruta Vaitkute', 'former banker'],
    ['Kestutis Budrys', 'foreign minister'],
    ['Igor Chergenets', 'Belavia chief executive'],
    ['John Coale', 'U.S. envoy'],
  ])('when %s is described then the role is "%s"', (name, role) => {
    const line = lines.find((l) => l.includes(name))!;
    expect(roleOf(line, name)).toBe(role);
  });

  it('when the role follows a verb phrase then the clause is not swallowed', () => {
    expect(roleOf('The decision was announced by U.S. envoy John Coale on Thursday.', 'John Coale')).toBe('U.S. envoy');
  });

  it('when a sentence starts with a modifier then it is lower-cased but titles keep capitals', () => {
    expect(roleOf('Exiled opposition leader Sviatlana Tsikhanouskaya warned.', 'Sviatlana Tsikhanouskaya')).toBe(
      'exiled opposition leader',
    );
    expect(roleOf('President Alexander Lukashenko spoke.', 'Alexander Lukashenko')).toBe('President');
  });

  it('when a title has an "of" portfolio then the role keeps it and the name excludes it', () => {
    const es = extractEntities('U.S. Secretary of State Antony Blinken met Prime Minister Boris Johnson.');
    const people = es.filter((e) => e.type === 'PERSON').map((e) => [e.text, e.role]);
    expect(people).toEqual([
      ['Antony Blinken', 'U.S. Secretary of State'],
      ['Boris Johnson', 'Prime Minister'],
    ]);
  });

  it('when a relative clause follows the name then there is no role', () => {
    expect(roleOf('Later, Anna Kovalenko, who lives in Kaunas, said she was relieved.', 'Anna Kovalenko')).toBeUndefined();
  });

  it('when an honorific precedes the name then it is not a role', () => {
    expect(roleOf('Mr. Peter Hansen declined to comment.', 'Peter Hansen')).toBeUndefined();
  });
});
