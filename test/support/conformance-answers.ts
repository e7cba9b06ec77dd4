// Canonical answers of the store-conformance suite: what /latest, the ingest log, the dedupe indexes and /who
// answer, in a form that compares across backends (a person's id, which the store picks, is replaced by the first
// query that found it).
import type { IngestResult } from '../../src/articles/ingest.js';
import type { PersonLookup } from '../../src/store/people-index.port.js';
import { CHAT, COURIER, GAZETTE, TRACKED_GAZETTE_LINK } from './conformance-corpus.js';
import type { ConformanceRig } from './conformance-rig.js';
import { SECOND_PERSON, SHARED_PERSON } from './many-articles.js';

export const WHO_QUERIES = [
  SHARED_PERSON, 'Lukashenko', 'Лукашенко', 'Лукашэнка', 'Lukashenka', 'Aliaksandr Lukashenka', 'Lukashenkko',
  SECOND_PERSON, 'Nauseda', 'Gitanas', 'Maria', 'Марта', 'Maria Kolesnikova', 'Kolesnikva', 'Christine Lagarde', 'Lagarde',
  'Lagrade', 'Ines Varga', 'Tomas Reiter', 'Oskar Brandt', 'Zebulon Quartermaine', '   ',
];

export function canonicalLookups(lookups: readonly PersonLookup[]) {
  const firstQueryOf = new Map<string, string>();
  return lookups.map((l) => {
    if (!l.person) return { query: l.query, person: null, suggestions: l.suggestions };
    if (!firstQueryOf.has(l.person.id)) firstQueryOf.set(l.person.id, l.query);
    return { query: l.query, person: { ...l.person, id: firstQueryOf.get(l.person.id) }, suggestions: l.suggestions };
  });
}

export async function whoAnswers(rig: ConformanceRig) {
  return canonicalLookups(await Promise.all(WHO_QUERIES.map((q) => rig.people.lookup(q))));
}

export const resultSummary = (results: readonly IngestResult[]) =>
  results.map((r) => (r.status === 'stored' ? [r.name, r.status, r.record.id] : r.status === 'duplicate' ? [r.name, r.status, r.id, r.duplicateOf, r.merged] : [r.name, r.status, r.error.code]));

/** What a reader of the article store sees: every record as stored, /latest, the log, the count and the index answers. */
export async function articleAnswers(rig: ConformanceRig) {
  const everyId = await rig.articles.idsIngestedSince(new Date(0));
  const records = await rig.articles.getMany(everyId);
  return {
    count: await rig.articles.count(),
    log: everyId,
    lastFive: await rig.articles.idsIngestedSince(new Date(0), { limit: 5 }),
    latest: (await rig.articles.latest(100)).map((r) => r.id),
    records,
    hashes: await rig.articles.idsForHashes(records.map((r) => r.contentHash)),
    urls: await rig.articles.idsForUrls([TRACKED_GAZETTE_LINK, COURIER.link, 'https://mirror.example/a', 'https://nowhere.example/x', 'not a url']),
    chatUrls: await rig.articles.idsForUrls(['https://hallow-creek.example/library-reopens?utm_source=x', GAZETTE.link], CHAT),
    wire: await rig.articles.wireEntries(everyId),
  };
}
