// One story, stored once: the rules for folding a duplicate (the same text, the same canonical link, or a wire
// copy) into the record already stored. Pure: records in, record out.
//
// Trust scopes (record.scope): a record belongs to the pool (files, operator's sources) or to the one chat whose own
// source created it. ingest-duplicates.ts only proposes URL and wire-copy merges within one scope; an exact copy
// (same content hash: identical title and body, nothing to poison) may merge across scopes. Normally the stored
// record keeps its id, ingestedAt, title and body and only learns who else carried it (alsoIn, each entry tagged
// with its origin) and where it came from (fromSources, arrivals). One exception: a pool copy of a chat-scoped
// record takes it over (takeOver): the pool copy's outlet, link, date and author become the primary, the chat's move
// into alsoIn, and the record joins the pool. So `fromSources[0]` is always the primary outlet's origin.
import { ALSO_IN_MAX, FROM_FILE, FROM_SOURCES_MAX, type AlsoIn, type ArticleRecord } from './record.js';

/** Why a newcomer is a duplicate of a stored record. */
export type DuplicateKind = 'hash' | 'url' | 'near';

/** Where a copy came from: a source id or FROM_FILE, and that origin's trust scope (absent: the pool). */
export interface MergeOrigin {
  id: string;
  scope?: number | undefined;
}

/** Where a record came from; records from before sources (no fromSources) came from files. */
export function fromSourcesOf(record: Pick<ArticleRecord, 'fromSources'>): string[] {
  return record.fromSources?.length ? record.fromSources : [FROM_FILE];
}

/** The origin of the record's primary outlet (`source`): the first of fromSources, by construction. */
export function primaryOriginOf(record: Pick<ArticleRecord, 'fromSources'>): string {
  return fromSourcesOf(record)[0]!;
}

/**
 * Signatures read at most this much of a text: a wire story is a few KB, and its copies (cut ones too: inverted
 * pyramid) share its opening, so the first 20,000 characters decide; a 2 MB article's signature then costs ~1 ms of the
 * main thread instead of ~100 (the inbox builds big files in a worker, but ingest signs them on the main thread).
 */
export const NEAR_DUPLICATE_TEXT_MAX = 20_000;

/** The text wire copies are compared by: headline and body (measured in the report: a headline helps), capped. */
export function nearDuplicateText(record: Pick<ArticleRecord, 'title' | 'paragraphs'>): string {
  let text = record.title;
  for (const paragraph of record.paragraphs) {
    if (text.length >= NEAR_DUPLICATE_TEXT_MAX) break;
    text += `\n${paragraph}`;
  }
  return text.slice(0, NEAR_DUPLICATE_TEXT_MAX);
}

/** Outlet names compare case-insensitively, trimmed: one outlet however a feed capitalises it. */
export const outletKey = (name: string) => name.trim().toLowerCase();

/** True when `name` is the record's own outlet or one it already lists (case-insensitive), from any origin. */
export function carriedBy(record: Pick<ArticleRecord, 'source' | 'alsoIn'>, name: string): boolean {
  const key = outletKey(name);
  return outletKey(record.source.name) === key || (record.alsoIn ?? []).some((a) => outletKey(a.name) === key);
}

/** True when the record already names outlet `name` as brought by origin `from`. */
function carriedFrom(record: ArticleRecord, name: string, from: string): boolean {
  const key = outletKey(name);
  if (outletKey(record.source.name) === key && primaryOriginOf(record) === from) return true;
  return (record.alsoIn ?? []).some((a) => outletKey(a.name) === key && a.from === from);
}

/** A copy's outlet as an alsoIn entry: its name and home page, its own link and date, and the origin it came by. */
export function alsoInOf(copy: Pick<ArticleRecord, 'source' | 'url' | 'publishedAt'>, origin: MergeOrigin): AlsoIn {
  return {
    name: copy.source.name,
    ...(copy.source.url ? { url: copy.source.url } : {}),
    ...(copy.url ? { articleUrl: copy.url } : {}),
    ...(copy.publishedAt ? { publishedAt: copy.publishedAt } : {}),
    from: origin.id,
    ...(origin.scope === undefined ? {} : { scope: origin.scope }),
  };
}

/** arrivals with `origin` arriving at `at`, when that is after the record's first arrival (else it is implied). */
function arrivalsWith(stored: ArticleRecord, origin: string, at: string): Record<string, string> | undefined {
  if (Date.parse(at) <= Date.parse(stored.ingestedAt)) return stored.arrivals;
  return { ...stored.arrivals, [origin]: at };
}

/**
 * `stored` with the copy's outlet and origin added, or undefined when it adds nothing (the same outlet from an
 * origin already listed for it): such a merge writes nothing. The caller decides the merge is allowed (scopes).
 */
export function mergeDuplicate(stored: ArticleRecord, newcomer: ArticleRecord, origin: MergeOrigin, kind: DuplicateKind): ArticleRecord | undefined {
  if (kind === 'hash' && stored.scope !== undefined && origin.scope === undefined) return takeOver(stored, newcomer, origin);
  const alsoIn = stored.alsoIn ?? [];
  const addOutlet = !carriedFrom(stored, newcomer.source.name, origin.id) && alsoIn.length < ALSO_IN_MAX;
  const origins = fromSourcesOf(stored);
  const addOrigin = !origins.includes(origin.id) && origins.length < FROM_SOURCES_MAX;
  if (!addOutlet && !addOrigin) return undefined;
  const arrivals = addOrigin ? arrivalsWith(stored, origin.id, newcomer.ingestedAt) : stored.arrivals;
  return {
    ...stored,
    ...(addOutlet ? { alsoIn: [...alsoIn, alsoInOf(newcomer, origin)] } : {}),
    ...(addOrigin ? { fromSources: [...origins, origin.id] } : {}),
    ...(arrivals ? { arrivals } : {}),
  };
}

/**
 * A pool copy of a chat-scoped record (the same content hash): the record joins the pool with the pool copy as its
 * primary (every field of it: outlet, link, dates, author, and the metadata a chat's feed could have slipped in),
 * keeping only its id and first arrival; the chat's outlet moves into alsoIn, its origin after the pool's.
 */
function takeOver(stored: ArticleRecord, newcomer: ArticleRecord, origin: MergeOrigin): ArticleRecord {
  const formerPrimary = alsoInOf(stored, { id: primaryOriginOf(stored), scope: stored.scope });
  const origins = [origin.id, ...fromSourcesOf(stored).filter((o) => o !== origin.id)].slice(0, FROM_SOURCES_MAX);
  const arrivals = arrivalsWith(stored, origin.id, newcomer.ingestedAt);
  // The built copy has no merge fields of its own; they come from the stored record.
  const { alsoIn: _a, fromSources: _f, scope: _s, arrivals: _r, ...copy } = newcomer;
  return {
    ...copy,
    id: stored.id,
    contentHash: stored.contentHash,
    ingestedAt: stored.ingestedAt,
    alsoIn: [formerPrimary, ...(stored.alsoIn ?? [])].slice(0, ALSO_IN_MAX),
    fromSources: origins,
    ...(arrivals ? { arrivals } : {}),
  };
}
