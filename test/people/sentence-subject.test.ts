import { describe, expect, it } from 'vitest';
import { sentenceSubject, type PlacedMention } from '../../src/people/sentence-subject.js';
import { isProseSentence } from '../../src/people/non-fact-line.js';

/** Mentions of the given names, numbered in order, at their first place in `text`. */
const placed = (text: string, ...names: string[]): PlacedMention[] =>
  names.map((n, person) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length, person }));

describe('sentenceSubject', () => {
  it('when a person stands before the main verb then they are the subject', () => {
    const t = 'Rosa Klein urged Tomas Berg to quit the board.';
    expect(sentenceSubject(t, placed(t, 'Rosa Klein', 'Tomas Berg'))).toEqual({ kind: 'person', person: 0 });
  });

  it('when the first name is governed by a preposition or a possessive then it is not the subject', () => {
    const t = 'The probe into Tomas Berg widened on Monday.';
    expect(sentenceSubject(t, placed(t, 'Tomas Berg'))).toEqual({ kind: 'none' });
    const u = "Berg's lawyers said he would appeal.";
    expect(sentenceSubject(u, placed(u, 'Berg'))).toEqual({ kind: 'none' });
  });

  it('when an adverbial clause opens the sentence then the subject comes after its comma', () => {
    const t = 'When Tomas Berg arrived, Rosa Klein was already speaking.';
    expect(sentenceSubject(t, placed(t, 'Tomas Berg', 'Rosa Klein'))).toEqual({ kind: 'person', person: 1 });
  });

  it('when the sentence opens with a pronoun or an unattributed quotation then no named person is the subject', () => {
    const t = 'She told Tomas Berg to leave.';
    expect(sentenceSubject(t, placed(t, 'Tomas Berg')).kind).toBe('pronoun');
    const q = '"Tomas Berg lied to us," a source said.';
    expect(sentenceSubject(q, placed(q, 'Tomas Berg')).kind).toBe('quote');
  });
});

describe('isProseSentence', () => {
  it('should refuse questions, list lines and quotation pieces, and keep statements', () => {
    expect(isProseSentence('Did Rosa Klein have the authority to do that?')).toBe(false);
    expect(isProseSentence('Rosa Klein, 44, Port Hale, Maine.')).toBe(false);
    expect(isProseSentence('And we now know she was right all along.”')).toBe(false);
    expect(isProseSentence('Rosa Klein was elected chair of the board on Monday.')).toBe(true);
  });
});

describe('sentenceSubject in reported speech', () => {
  it('when a reporting verb and "that" follow a subject that is no person then the reported clause gives the subject', () => {
    const t = 'Harbour officials insisted on Monday that Rosa Klein had approved the plan.';
    expect(sentenceSubject(t, placed(t, 'Rosa Klein'))).toEqual({ kind: 'person', person: 0 });
  });

  it('when a capitalised name the tagger missed stands before the verb then the person it names is not the subject', () => {
    const t = 'On the way home, Brandt phoned his old friend, Rosa Klein.';
    expect(sentenceSubject(t, placed(t, 'Rosa Klein')).kind).toBe('other');
  });
});

describe('isProseSentence on captions', () => {
  it('should refuse a news-photo caption with its weekday and date', () => {
    expect(isProseSentence('Rosa Klein poses for photographers at the harbour gala in Port Hale, Maine, Friday, May 16, 2025.')).toBe(false);
  });
});
