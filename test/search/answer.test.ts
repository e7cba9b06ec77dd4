import { describe, expect, it } from 'vitest';
import { articleRecordSchema, type ArticleRecord } from '../../src/articles/record.js';
import { selectAnswer } from '../../src/search/answer.js';
import { looksLikeQuestion, questionTerms } from '../../src/search/question-terms.js';
import type { TermStats } from '../../src/search/search-index.port.js';
import { stemWord } from '../../src/search/search-terms.js';

function record(id: string, title: string, paragraphs: string[], source = 'Harbour Gazette'): ArticleRecord {
  return articleRecordSchema.parse({
    id,
    title,
    paragraphs,
    source: { name: source },
    url: `https://news.example.com/${id}`,
    publishedAt: '2025-05-06T08:00:00.000Z',
    ingestedAt: '2025-05-06T09:00:00.000Z',
    language: 'en',
    translations: [],
    contentHash: id.padEnd(64, '0'),
    entities: [],
  });
}

const ferry = record('a1', 'Harbour ferry returns after winter repairs', [
  'The Eastport ferry resumed service on Monday after four months of repairs to its engines.',
  'Harbour master Lena Moss said the ferry would run every two hours until June.',
  'Tickets cost 12 euros for adults.',
]);
const library = record('b2', 'Eastport library opens a reading garden', ['The Eastport library opened a reading garden on Saturday, funded by local donors.'], 'Valley Courier');
const articles = [ferry, library];

/** Document frequencies counted over the given records, as the index would. */
function statsOf(records: readonly ArticleRecord[], question: string): TermStats {
  const frequency = new Map<string, number>();
  for (const t of questionTerms(question).terms) {
    const n = records.filter((r) => [r.title, ...r.paragraphs].join(' ').toLowerCase().split(/[^\p{L}\p{N}]+/u).some((w) => stemWord(w) === t.stem)).length;
    if (n) frequency.set(t.stem, n);
  }
  return { documents: records.length, frequency };
}
const answer = (question: string) => selectAnswer(question, questionTerms(question).terms, articles, statsOf(articles, question));

describe('questionTerms', () => {
  it('should keep content words, mark names and numbers as key terms, and drop question words', () => {
    const { terms } = questionTerms("Who is Lithuania's foreign minister in 2025?");
    expect(terms.map((t) => [t.word, t.key])).toEqual([
      ['lithuania', true],
      ['foreign', false],
      ['minister', false],
      ['2025', true],
    ]);
  });

  it('when a question opens with a name then that name is a key term, and accents are folded', () => {
    expect(questionTerms('Nausėda said what?').terms[0]).toMatchObject({ word: 'nauseda', key: true });
  });
});

describe('looksLikeQuestion', () => {
  it('should take a question mark, a question word or three words, and leave greetings, times and commands alone', () => {
    expect(looksLikeQuestion('Who runs the ferry')).toBe(true);
    expect(looksLikeQuestion('Belavia?')).toBe(true);
    expect(looksLikeQuestion('ferry timetable Eastport')).toBe(true);
    expect(looksLikeQuestion('ferry timetable')).toBe(false);
    expect(looksLikeQuestion('hi')).toBe(false);
    expect(looksLikeQuestion('08:30')).toBe(false);
    expect(looksLikeQuestion('Mars/Olympus')).toBe(false);
    expect(looksLikeQuestion('1990?')).toBe(false);
    expect(looksLikeQuestion('/latest 5')).toBe(false);
    expect(looksLikeQuestion('what is it?')).toBe(false);
  });

  it('when a settings answer arrives after its prompt expired (a time and zone, a zone, a topic list) then it is not a question', () => {
    expect(looksLikeQuestion('07:45 Europe/Minsk')).toBe(false);
    expect(looksLikeQuestion('America/New_York')).toBe(false);
    expect(looksLikeQuestion('belarus, sanctions, energy')).toBe(false);
    expect(looksLikeQuestion('Why did Belarus free prisoners, and who gained?')).toBe(true);
    expect(looksLikeQuestion('Belavia sanctions lifted by Washington')).toBe(true);
  });
});

describe('selectAnswer', () => {
  it('should answer a who-question with the sentence naming the person, citing outlet, link and date', () => {
    const [first, ...rest] = answer('Who is the harbour master in Eastport?');
    expect(first).toEqual({
      text: 'Harbour master Lena Moss said the ferry would run every two hours until June.',
      recordId: 'a1',
      source: 'Harbour Gazette',
      url: 'https://news.example.com/a1',
      publishedAt: '2025-05-06T08:00:00.000Z',
    });
    expect(rest.length).toBeLessThanOrEqual(2);
  });

  it('when the question names someone or something no article has then there is no answer', () => {
    expect(answer('Who is the harbour master in Westport?')).toEqual([]);
    expect(answer('How much does the Eastport museum charge?')).toEqual([]);
  });

  it('when the article lacks most of what is asked then there is no answer, even if the name matches', () => {
    expect(answer('When did the Eastport ferry operator raise its diesel surcharge?')).toEqual([]);
  });

  it('should answer a how-much question with the sentence holding the figure', () => {
    expect(answer('How much do ferry tickets cost?')[0]?.text).toBe('Tickets cost 12 euros for adults.');
  });

  it('when two sentences say the same thing then only one is given', () => {
    const copy = record('c3', 'Ferry back in Eastport', ['Harbour master Lena Moss said the ferry would run every two hours until June.'], 'Coast Wire');
    const both = [ferry, copy];
    const q = 'Who is the harbour master in Eastport?';
    const sentences = selectAnswer(q, questionTerms(q).terms, both, statsOf(both, q));
    expect(sentences.filter((s) => s.text.startsWith('Harbour master'))).toHaveLength(1);
  });

  it('when the question has only weak words then there is no answer', () => {
    expect(selectAnswer('What is the latest news?', questionTerms('What is the latest news?').terms, articles, { documents: 2, frequency: new Map() })).toEqual([]);
  });
});
