// Records naming given people, for the people index tests: the seed article with its mentions
// replaced, so what is tested is the index, not entity extraction.
import { buildRecord } from '../../src/articles/build-record.js';
import type { ArticleRecord, EntityMention } from '../../src/articles/record.js';
import { seedText } from '../support/articles.js';
import { TEST_NOW } from '../support/test-app.js';

const built = buildRecord(seedText(), { now: TEST_NOW, maxBytes: 1_000_000 });
if (!built.ok) throw new Error(built.error.message);
const seed = built.record;

/** Article `id` mentioning each of `names` once (full name as written). */
export function recordNaming(id: string, names: readonly string[]): ArticleRecord {
  const entities: EntityMention[] = names.map((name) => ({ type: 'PERSON', text: name, name, paragraph: 0, start: 0, end: 1 }));
  return { ...seed, id, entities };
}
