// Hostile ArticleRecords for the renderer fuzz: valid per the record schema, but with markup-like
// text, entities, surrogate pairs and lone surrogates, emoji, bidi and zero-width characters,
// newlines, huge unbroken runs and near-empty strings. No length caps are assumed: records can
// come straight from JSON or the store.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { z } from 'zod';
import { articleRecordSchema, type ArticleRecord, type EntityMention } from '../src/articles/record.js';

/** The window the digest fuzz composes over; every record arrives inside it. */
export const FUZZ_WINDOW = { since: new Date('2026-03-09T05:00:00.000Z'), until: new Date('2026-03-10T05:00:00.000Z') };

const PIECES = [
  '&', '<', '>', '"', "'", ';', '#', '&amp;', '&lt;b&gt;', '&foo;', '&#128512;', '&#x1D54F;', '<b>', '</b>', '<a href="x">', '</a>',
  '<script>', '<pre><code class="language-js">', '𝕏', '😀', '👨‍👩‍👧', '🇧🇾', '\ud835', '\udd4f', '\u202e', '\u202d', '\u2066', '\u200b',
  '\u200d', '\u200f', '\ufeff', '\u2800', '\u3164', '\n', '\n\n', '\r\n', ' ', '  ', '\t', '\u00a0', '\u2028', '\u0085', '\u0000',
  '\u0007', '\u001b[31m', 'e\u0301', '\u0301', '\ufe0f', 'é', 'x', 'word', 'Lukashenko', 'א', 'مرحبا', 'ـــ', '漢字', 'https://',
];

const piece = fc.constantFrom(...PIECES);
const mixed = (maxLength: number) => fc.string({ unit: fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 3 })), maxLength });
/** One unbroken run (or pattern) repeated past Telegram's limit, like the reproductions. */
const huge = fc.oneof(
  fc.constantFrom('x'.repeat(4100), 'a&b'.repeat(1400), 'y𝕏'.repeat(1400), '&'.repeat(4097), '<>'.repeat(2100), '\u200b'.repeat(4200)),
  fc.tuple(fc.oneof(piece, fc.string({ unit: 'binary', minLength: 1, maxLength: 4 })), fc.integer({ min: 500, max: 4500 })).map(([p, n]) => p.repeat(n)),
);

/** Any outside text: mostly short and nasty, sometimes huge, sometimes empty-ish. */
export const hostileText = (maxLength = 80): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 5, arbitrary: mixed(maxLength) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 1, arbitrary: fc.constantFrom(' ', '\u200b', '\n', '\u202e', '&', '<b></b>', '\ud800', '.') },
    { weight: 1, arbitrary: huge },
  );

const nonEmpty = (arb: fc.Arbitrary<string>) => arb.map((s) => (s.length > 0 ? s : '\u200b'));
const isUrl = (s: string) => z.url().safeParse(s).success;

/** URLs the schema accepts, including quotes, ampersands, brackets and unicode in the path or query. */
export const hostileUrl: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.tuple(fc.constantFrom('https://ex.example/', 'http://a.b/', 'https://xn--80ak6aa92e.example/'), mixed(40)).map(([base, tail]) => {
    const url = `${base}${tail.replace(/\s/g, '')}`;
    return isUrl(url) ? url : `${base}?q="x"&y=<z>'`;
  }),
).map((u) => (u !== undefined && isUrl(u) ? u : undefined));

const isoIn = (from: Date, to: Date) => fc.date({ min: from, max: to, noInvalidDate: true }).map((d) => d.toISOString());

/**
 * A person mention whose text sits in the paragraph it points at (so /who finds a fact sentence). Names
 * stay within what extraction keeps (100 UTF-16 units; longer "names" are tagger junk and are dropped
 * before they reach the people index); everything rendered around them is unbounded.
 */
const NAME_MAX = 100;
const person = fc.record({
  name: nonEmpty(hostileText(40).map((s) => s.slice(0, NAME_MAX))),
  role: fc.option(nonEmpty(hostileText(40)), { nil: undefined }),
});

export const hostileRecord: fc.Arbitrary<ArticleRecord> = fc
  .record({
    title: nonEmpty(hostileText(300)),
    lead: hostileText(200),
    paragraphs: fc.array(nonEmpty(hostileText(400)), { minLength: 1, maxLength: 4 }),
    people: fc.array(person, { maxLength: 3 }),
    source: fc.record({ name: nonEmpty(hostileText(60)), url: hostileUrl }),
    // Other outlets of a merged wire story: named in /latest's "(also: …)" and the digest's source line.
    alsoIn: fc.array(fc.record({ name: nonEmpty(hostileText(60)), url: hostileUrl, articleUrl: hostileUrl }), { maxLength: 3 }),
    url: hostileUrl,
    publishedAt: fc.option(isoIn(new Date('2000-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z')), { nil: undefined, freq: 4 }),
    ingestedAt: isoIn(FUZZ_WINDOW.since, new Date(FUZZ_WINDOW.until.getTime() - 1)),
    language: fc.constantFrom('en', 'de', 'ru', 'ar', 'he', 'und'),
    disclaimer: fc.option(nonEmpty(hostileText(120)), { nil: undefined }),
  })
  .map((g) => {
    const entities: EntityMention[] = [];
    let lead = g.lead;
    for (const p of g.people) {
      const start = lead.length + 1;
      lead = `${lead} ${p.name} said.`;
      entities.push({ type: 'PERSON', text: p.name, name: p.name, paragraph: 0, start, end: start + p.name.length, ...(p.role ? { role: p.role } : {}) });
    }
    const paragraphs = lead.trim() ? [lead, ...g.paragraphs] : g.paragraphs;
    return buildRecord({ ...g, paragraphs, entities });
  });

/**
 * A record from its visible fields, exactly as given: valid input for the record schema, but not passed
 * through it, so nothing is cleaned or capped (the renderers must cope with records straight from JSON).
 */
export function buildRecord(fields: {
  title: string; paragraphs: string[]; source: { name: string; url?: string | undefined }; url?: string | undefined;
  alsoIn?: { name: string; url?: string | undefined; articleUrl?: string | undefined }[];
  publishedAt?: string | undefined; ingestedAt: string; language?: string; disclaimer?: string | undefined; entities?: EntityMention[];
}): ArticleRecord {
  const contentHash = createHash('sha256').update(JSON.stringify([fields.title, fields.paragraphs, fields.source])).digest('hex');
  const record: ArticleRecord = {
    id: `fz_${contentHash.slice(0, 16)}`,
    title: fields.title,
    paragraphs: fields.paragraphs,
    source: { name: fields.source.name, ...(fields.source.url ? { url: fields.source.url } : {}) },
    ...(fields.url ? { url: fields.url } : {}),
    ...(fields.alsoIn?.length
      ? { alsoIn: fields.alsoIn.map((a) => ({ name: a.name, from: 'file', ...(a.url ? { url: a.url } : {}), ...(a.articleUrl ? { articleUrl: a.articleUrl } : {}) })) }
      : {}),
    ...(fields.publishedAt ? { publishedAt: fields.publishedAt } : {}),
    ingestedAt: fields.ingestedAt,
    language: fields.language ?? 'en',
    ...(fields.disclaimer ? { disclaimer: fields.disclaimer } : {}),
    translations: [],
    contentHash,
    entities: fields.entities ?? [],
  };
  const check = articleRecordSchema.safeParse(record);
  if (!check.success) throw new Error(`generator bug: not a valid record: ${check.error.message}`);
  return record;
}
