// The by-line comes from metadata only (feed, page, header), is one cleaned line, and never changes the dedupe key.
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/articles/build-record.js';
import { TEST_NOW } from '../support/test-app.js';

const body = ['The harbour board approved the new ferry timetable on Tuesday after a long public consultation.', 'Services will run every twenty minutes from March, the board said in a statement.'];
const build = (input: string) => {
  const built = buildRecord(input, { now: TEST_NOW, maxBytes: 1_000_000 });
  if (!built.ok) throw new Error(built.error.message);
  return built.record;
};
const json = (extra: Record<string, unknown>) => JSON.stringify({ title: 'Ferry timetable approved', text: body, source: 'Harbour Times', ...extra });

describe('record author', () => {
  it('when a JSON article names its author as a string, a list or a person object then the record keeps it as one line', () => {
    expect(build(json({ author: 'Mira Castell' })).author).toBe('Mira Castell');
    expect(build(json({ author: ['Mira Castell', 'Tom Ode'] })).author).toBe('Mira Castell, Tom Ode');
    expect(build(json({ author: { name: 'Mira\u202e Castell\n', url: 'https://example.org/mira' } })).author).toBe('Mira Castell');
  });

  it('when the author field is something else or blank then the article is still stored, without an author', () => {
    const odd = build(json({ author: 42 }));
    expect(odd.author).toBeUndefined();
    expect(odd.title).toBe('Ferry timetable approved');
    expect(build(json({ author: '   ' })).author).toBeUndefined();
  });

  it('when a text article has an Author: or By: header then that is the author', () => {
    const text = (key: string) => `Title: Ferry timetable approved\n${key}: Mira Castell\nSource: Harbour Times\n\n${body.join('\n\n')}`;
    expect(build(text('Author')).author).toBe('Mira Castell');
    expect(build(text('By')).author).toBe('Mira Castell');
  });

  it('when two copies differ only in the author then they have the same content hash (one story)', () => {
    expect(build(json({ author: 'Mira Castell' })).contentHash).toBe(build(json({ author: 'Tom Ode' })).contentHash);
  });

  it('when no metadata names an author then there is none, even if the text has a by-line', () => {
    expect(build(json({ text: ['By Mira Castell', ...body] })).author).toBeUndefined();
  });
});
