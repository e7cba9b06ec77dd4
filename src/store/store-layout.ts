// The store's layout marker, meta:layout = { version }: which encodings the store may hold, so a release
// never reads a store it doesn't understand. openStore checks it before anything else reads the store.
//   layout 1  no marker: every store before markers (article records v1/v2, 4 KB sqlite pages)
//   layout 2  article records and person entries may be packed (v3: keyv-article-codecs.ts, keyv-people-codecs.ts);
//             new sqlite files have SQLITE_PAGE_SIZE pages, keyv's rowid table kept (store-layout-sqlite.ts)
//   layout 3  surname buckets split into shards by given name, with a summary per surname (src/people/surname-shards.ts):
//             a release before would not see the people in shards and give their ids again, so it must refuse it;
//             buckets of layouts 1 and 2 still read (a surname's old bucket is read with its shards)
// Opening a store of an older layout this code still reads (LAYOUT_OPENED_FROM up) stamps it current: layouts 1
// and 2 read as they are, since v2 records and whole surname buckets still decode. `newsbrief migrate` then packs its records and, on sqlite,
// rebuilds the file (migrate-store.ts). A layout older than that is refused, naming `newsbrief migrate`;
// a newer one (a downgrade) or a marker of another shape is always refused, never guessed at.
import type Keyv from 'keyv';
import { z } from 'zod';

export const STORE_LAYOUT = 3;
/** The oldest layout this code opens as it is (and stamps current); older ones need `newsbrief migrate` first. */
export const LAYOUT_OPENED_FROM = 1;
export const LAYOUT_KEY = 'meta:layout';

const markerSchema = z.object({ version: z.number().int().positive() });

export class StoreLayoutError extends Error {
  readonly code = 'STORE_LAYOUT';
  constructor(
    message: string,
    readonly found: number | undefined,
  ) {
    super(message);
    this.name = 'StoreLayoutError';
  }
}

/** The layout the store says it has: 1 for a store without a marker (written before markers, or empty). */
export async function readLayout(kv: Keyv, label: string): Promise<number> {
  const raw: unknown = await kv.get(LAYOUT_KEY);
  if (raw === undefined || raw === null) return 1;
  const parsed = markerSchema.safeParse(raw);
  if (!parsed.success) {
    throw new StoreLayoutError(`The store at ${label} has an unreadable layout marker (${LAYOUT_KEY}); it was not opened. Restore a backup or ask for help.`, undefined);
  }
  return parsed.data.version;
}

export function writeLayout(kv: Keyv, version = STORE_LAYOUT): Promise<unknown> {
  return kv.set(LAYOUT_KEY, { version });
}

/**
 * Opens a store only at a layout this code reads, and stamps one it reads as it is current (an idempotent write
 * of the same value, so processes opening it at once agree). Throws StoreLayoutError with one line that says
 * what to do.
 * @example await ensureLayout(kv, 'data/newsbrief.sqlite'); // 1, 2 → stamped 3; 3 → as is; 4 → refused
 */
export async function ensureLayout(
  kv: Keyv,
  label: string,
  known: { current: number; openedFrom: number } = { current: STORE_LAYOUT, openedFrom: LAYOUT_OPENED_FROM },
): Promise<number> {
  const found = await readLayout(kv, label);
  if (found > known.current) {
    throw new StoreLayoutError(
      `The store at ${label} was written by a newer newsbrief (store layout ${found}; this one reads up to ${known.current}): upgrade newsbrief to open it.`,
      found,
    );
  }
  if (found < known.openedFrom) {
    throw new StoreLayoutError(`The store at ${label} has the old store layout ${found}: run \`newsbrief migrate\` to convert it (back it up first).`, found);
  }
  if (found < known.current) await writeLayout(kv, known.current);
  return found;
}
