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
