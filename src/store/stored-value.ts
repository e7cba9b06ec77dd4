// Reading stored JSON. Every value a keyv adapter reads goes through a codec, so a value of another
// shape (a foreign writer, a downgrade, a bug) is a StoredValueError naming its key, never garbage
// that fails later, deep inside a feature. Two kinds, chosen per key at the top of each keyv-*.ts:
//   checkedCodec    small values: the schema checks the whole value on every read (guardedCodec:
//                   the same with a hand-written check, for long arrays of pairs).
//   versionedCodec  hot values (article records, people): written as { v, value } by this code and
//                   trusted on read when `v` is current, after a cheap sanity check; a value without an
//                   envelope was written before versions (v1) and is validated by the schema.
// A shape change bumps the version: values of an unknown version are an error, not guessed at. A codec
// may name earlier versions it still reads (article records: v2 beside the packed v3), so a store written
// by the previous release reads as it is, before or without `newsbrief migrate` (store-layout.ts).
import type { z } from 'zod';

export class StoredValueError extends Error {
  readonly code = 'STORED_VALUE_INVALID';
  constructor(
    readonly key: string,
    readonly detail: string,
  ) {
    super(`the stored value at "${key}" is not readable: ${detail}`);
    this.name = 'StoredValueError';
  }
}

export interface Codec<T> {
  /** The value as stored. */
  encode(value: T): unknown;
  /** undefined when nothing is stored; throws StoredValueError when the value has another shape. */
  decode(key: string, raw: unknown): T | undefined;
}

/** Where an adapter that skips unreadable values (as /latest skips a bad record) says so: a pino logger fits. */
export interface InvalidValueLog {
  warn(fields: { code: string; key: string; detail: string }, message: string): void;
}

/** Keys already reported by this process: a bad value read every minute (a due check) is logged once, not every tick. */
const reported = new Set<string>();
const MAX_REPORTED = 10_000;

export function logSkipped(logger: InvalidValueLog | undefined, error: StoredValueError): void {
  if (reported.has(error.key)) return;
  if (reported.size >= MAX_REPORTED) reported.clear();
  reported.add(error.key);
  logger?.warn({ code: error.code, key: error.key, detail: error.detail }, 'stored value skipped');
}

/**
 * For values where one bad entry must not stop the rest (a record in /latest, one chat's outbox item
 * or ledger entry in a tick of 1500): undefined, with one log line naming the key, instead of a throw.
 */
export function decodeOrSkip<T>(codec: Codec<T>, key: string, raw: unknown, logger: InvalidValueLog | undefined): T | undefined {
  try {
    return codec.decode(key, raw);
  } catch (error) {
    if (!(error instanceof StoredValueError)) throw error;
    logSkipped(logger, error);
    return undefined;
  }
}

const summarise = (error: z.ZodError): string =>
  error.issues
    .slice(0, 2)
    .map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`)
    .join('; ');

const parseWith = <S extends z.ZodType>(schema: S, key: string, raw: unknown): z.output<S> => {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new StoredValueError(key, summarise(parsed.error));
  return parsed.data;
};

/** The whole value is validated on every read (small values). */
export function checkedCodec<S extends z.ZodType>(schema: S): Codec<z.output<S>> {
  return {
    encode: (value) => value,
    decode: (key, raw) => (raw === undefined || raw === null ? undefined : parseWith(schema, key, raw)),
  };
}

/** As checkedCodec, with a hand-written guard where a schema costs more than the read (long arrays of pairs). */
export function guardedCodec<T>(expected: string, guard: (raw: unknown) => raw is T): Codec<T> {
  return {
    encode: (value) => value,
    decode(key, raw) {
      if (raw === undefined || raw === null) return undefined;
      if (!guard(raw)) throw new StoredValueError(key, `expected ${expected}`);
      return raw;
    },
  };
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface Envelope {
  v: number;
  value: unknown;
}
const isEnvelope = (raw: unknown): raw is Envelope => isObject(raw) && typeof raw.v === 'number' && 'value' in raw;

/** An earlier version whose values are the current shape as they are (written whole): checked as cheaply as current ones. */
export function trustedAsIs<T>(version: number, looksValid: (value: unknown) => value is T): (key: string, stored: unknown) => T {
  return (key, stored) => {
    if (!looksValid(stored)) throw new StoredValueError(key, `a v${version} value of another shape`);
    return stored;
  };
}

/**
 * @example
 *   const codec = versionedCodec({ version: 2, legacy: recordSchema, looksValid: (v): v is Rec => isObject(v) });
 *   kv.set(key, codec.encode(record)); codec.decode(key, await kv.get(key));
 */
export function versionedCodec<T>(options: {
  version: number;
  /** Reads a value stored before envelopes (v1), checking all of it. */
  legacy: z.ZodType<T>;
  /** A cheap check of a current-version value (its kind, one or two fields), not a full validation. */
  looksValid: (value: unknown) => value is T;
  /** The stored form of a value, when it is not the value itself (a record with derivable text left out). */
  pack?: (value: T) => unknown;
  /** The value back from its stored form; throws StoredValueError (naming the key) for a form of another shape. */
  unpack?: (key: string, stored: unknown) => unknown;
  /** Earlier enveloped versions still read (a store written before the current one), each to a current value. */
  earlier?: Readonly<Record<number, (key: string, stored: unknown) => T>>;
}): Codec<T> {
  const { version, legacy, looksValid, pack, unpack, earlier = {} } = options;
  const known = ['v1', ...Object.keys(earlier).map((v) => `v${v}`), `v${version}`].join(', ');
  return {
    encode: (value) => ({ v: version, value: pack ? pack(value) : value }),
    decode(key, raw) {
      if (raw === undefined || raw === null) return undefined;
      if (!isEnvelope(raw)) return parseWith(legacy, key, raw);
      if (raw.v !== version) {
        const older = earlier[raw.v];
        if (older) return older(key, raw.value);
        throw new StoredValueError(key, `written as format v${raw.v}; this version reads ${known}`);
      }
      const value = unpack ? unpack(key, raw.value) : raw.value;
      if (!looksValid(value)) throw new StoredValueError(key, `a v${version} value of another shape`);
      return value;
    },
  };
}
