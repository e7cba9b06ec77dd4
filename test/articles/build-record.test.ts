import { describe, expect, it } from 'vitest';
import { buildRecord, recordOf } from '../../src/articles/build-record.js';
import { seedText } from '../support/articles.js';
import { TEST_NOW } from '../support/test-app.js';

describe('buildRecord', () => {
  const built = buildRecord(seedText(), { now: TEST_NOW, maxBytes: 1_000_000 });
  if (!built.ok) throw new Error(built.error.message);

  it('when a cleaned article does not make a valid record then it is invalid_record (our bug), not bad_metadata', () => {
    // A year past 9999 prints as "+010000-…", which is no ISO date: the schema refuses the candidate.
    const outcome = recordOf({ ...built.record, publishedAt: new Date('+010000-01-01T00:00:00Z').toISOString() });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe('invalid_record');
    expect(outcome.error.message).toMatch(/^the cleaned article is invalid at publishedAt: /);
  });

  it('when the candidate is valid then the record is what the schema gives back', () => {
    expect(recordOf(built.record)).toEqual({ ok: true, record: built.record });
  });
});

describe('buildRecord and languages', () => {
  const build = (text: string) => {
    const built = buildRecord(text, { now: TEST_NOW, maxBytes: 1_000_000 });
    if (!built.ok) throw new Error(built.error.message);
    return built.record;
  };

  it('when the article is in a language we do not analyse then it is stored without entities and marked not analysed', () => {
    const record = build(
      'El Gobierno aprueba el presupuesto\n\nEl presidente Pedro Sánchez anunció el lunes que el Gobierno aprobará el presupuesto para el año que viene, según el ministerio.',
    );
    expect(record.language).toBe('es');
    expect(record.analysed).toBe(false);
    expect(record.entities).toEqual([]);
  });

  it('when the article is in a supported language then it is analysed (no flag) and its people are found', () => {
    const record = build('Premier spotkał się z prezydentem\n\nWarszawa, 30 listopada 2025 r. Premier Donald Tusk spotkał się w poniedziałek z prezydentem.');
    expect(record.language).toBe('pl');
    expect(record).not.toHaveProperty('analysed');
    expect(record.publishedAt).toBe('2025-11-30T00:00:00.000Z');
    expect(record.paragraphs[0]).toMatch(/^Premier Donald Tusk/);
    expect(record.entities.some((m) => m.type === 'PERSON' && m.name === 'Donald Tusk')).toBe(true);
  });

  it.each([
    ['Merz kritisiert die Opposition\n\nBerlin, 30. Oktober (dpa) - Der Kanzler hat am Montag die Opposition kritisiert.', 'de', '2026-10-30', /^Der Kanzler hat/],
    ["Le président reçoit l'ambassadeur\n\nParis, le 29 octobre 2026 — Le président a reçu samedi l'ambassadeur.", 'fr', '2026-10-29', /^Le président a reçu/],
    ['Уряд провів нараду\n\nКиїв, 28 жовтня 2026 року. Уряд провів нараду з питань енергетики.', 'uk', '2026-10-28', /^Уряд провів/],
  ])('when the body opens with a dateline in another language then it dates the article and leaves the text', (text, lang, day, lead) => {
    const record = build(text);
    expect(record.language).toBe(lang);
    expect(record.publishedAt).toBe(`${day}T00:00:00.000Z`);
    expect(record.paragraphs[0]).toMatch(lead);
  });

  it('when a record stored before the flag existed is read then it is still valid and counts as analysed', () => {
    const { analysed: _unused, ...older } = build('El Gobierno aprueba el presupuesto\n\nEl presidente anunció el lunes que el Gobierno aprobará el presupuesto para el año que viene.');
    const outcome = recordOf(older);
    expect(outcome.ok && outcome.record.analysed).toBe(undefined);
  });
});

