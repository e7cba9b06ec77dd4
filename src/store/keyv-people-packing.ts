// The stored form of a person entry from v3 on (keyv-people-codecs.ts): tuples instead of objects, the id left out
// (person:<id> holds it), and ISO dates as epoch ms. Unpacking checks every field it rebuilds (a cheap hand-written
// check: entries are read on every batch and /who) and throws StoredValueError naming the key for another shape.
import type { PersonEntry, StoredFact, StoredRole } from '../people/person-entry.js';
import { StoredValueError } from './stored-value.js';

/** An ISO time as epoch ms, or the string itself when the ms would not give the same string back. */
type PackedDate = number | string;
/** [role, source, date, undated?: 1] */
type PackedRole = [string, string, PackedDate, 1?];
/** [text, source, date, articleId, undated?: 0 | 1, sourceUrl?] */
type PackedFact = [string, string, PackedDate, string, (0 | 1)?, string?];
type PackedPerson = [
  name: string,
  names: Record<string, number>,
  roles: PackedRole[],
  facts: PackedFact[],
  articleCount: number,
  batches: string[],
  related: Record<string, [name: string, count: number]>,
];

const PREFIX = 'person:';

function packDate(iso: string): PackedDate {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) && new Date(ms).toISOString() === iso ? ms : iso;
}

const MAX_MS = 8.64e15;
function unpackDate(d: unknown): string | undefined {
  if (typeof d === 'string') return d;
  return typeof d === 'number' && Number.isInteger(d) && Math.abs(d) <= MAX_MS ? new Date(d).toISOString() : undefined;
}

export function packPerson(entry: PersonEntry): PackedPerson {
  const roles = entry.roles.map((r): PackedRole => (r.undated ? [r.role, r.source, packDate(r.date), 1] : [r.role, r.source, packDate(r.date)]));
  const facts = entry.facts.map((f): PackedFact => {
    const packed: PackedFact = [f.text, f.source, packDate(f.date), f.articleId];
    if (f.sourceUrl !== undefined) packed.push(f.undated ? 1 : 0, f.sourceUrl);
    else if (f.undated) packed.push(1);
    return packed;
  });
  // fromEntries defines each key (a plain assignment of "__proto__" would not), in the entry's own order.
  const related = Object.fromEntries(Object.entries(entry.related).map(([id, r]) => [id, [r.name, r.count]])) as PackedPerson[6];
  return [entry.name, entry.names, roles, facts, entry.articleCount, entry.batches, related];
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function unpackRole(p: unknown): StoredRole | undefined {
  if (!Array.isArray(p) || p.length < 3 || p.length > 4) return undefined;
  const [role, source, packedDate, undated] = p as unknown[];
  const date = unpackDate(packedDate);
  if (!isString(role) || !isString(source) || date === undefined || (undated !== undefined && undated !== 1)) return undefined;
  return undated ? { role, source, date, undated: true } : { role, source, date };
}

function unpackFact(p: unknown): StoredFact | undefined {
  if (!Array.isArray(p) || p.length < 4 || p.length > 6) return undefined;
  const [text, source, packedDate, articleId, undated, sourceUrl] = p as unknown[];
  const date = unpackDate(packedDate);
  if (!isString(text) || !isString(source) || date === undefined || !isString(articleId)) return undefined;
  if ((undated !== undefined && undated !== 0 && undated !== 1) || (sourceUrl !== undefined && !isString(sourceUrl))) return undefined;
  return { text, source, date, ...(undated === 1 ? { undated: true as const } : {}), articleId, ...(sourceUrl === undefined ? {} : { sourceUrl }) };
}

/** The entry back; throws StoredValueError when any part of it is of another shape. */
export function unpackPerson(key: string, stored: unknown): PersonEntry {
  const bad = (what: string) => new StoredValueError(key, `a v3 person entry with ${what}`);
  if (!key.startsWith(PREFIX) || key.length === PREFIX.length) throw bad('a key that names no id');
  if (!Array.isArray(stored) || stored.length !== 7) throw new StoredValueError(key, 'a v3 value of another shape');
  const [name, names, packedRoles, packedFacts, articleCount, batches, packedRelated] = stored as unknown[];
  if (!isString(name) || !name || !isCount(articleCount)) throw bad('an unreadable name or count');
  if (!isPlain(names) || !Object.values(names).every(isNumber)) throw bad('unreadable name forms');
  if (!Array.isArray(batches) || !batches.every(isString)) throw bad('unreadable batch marks');
  if (!Array.isArray(packedRoles) || !Array.isArray(packedFacts) || !isPlain(packedRelated)) throw bad('unreadable lists');
  const roles = packedRoles.map(unpackRole);
  const facts = packedFacts.map(unpackFact);
  if (!roles.every((r) => r !== undefined)) throw bad('an unreadable role');
  if (!facts.every((f) => f !== undefined)) throw bad('an unreadable fact');
  const related = Object.fromEntries(
    Object.entries(packedRelated).map(([id, r]) => {
      if (!Array.isArray(r) || r.length !== 2 || !isString(r[0]) || !isNumber(r[1])) throw bad('an unreadable related person');
      return [id, { name: r[0], count: r[1] }];
    }),
  );
  return { id: key.slice(PREFIX.length), name, names: names as Record<string, number>, roles, facts, articleCount, batches, related };
}
