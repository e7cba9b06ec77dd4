// `newsbrief migrate [--json]`: brings STORE_URL's store to the current layout (src/store/migrate-store.ts):
// packs article records still in an older form and, on sqlite, rewrites the file at the current page size.
// Safe to re-run, and to interrupt: the store still opens, and a re-run finishes the job. Exit 1 when the
// store can't be migrated now (a newer layout, or the sqlite file open in another process), with one line why.
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { migrateStore, type MigrateFigures } from '../store/migrate-store.js';
import { openStore } from '../store/open-store.js';
import { STORE_LAYOUT } from '../store/store-layout.js';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

function summary(figures: MigrateFigures): string[] {
  const { records, file } = figures;
  const lines = [
    figures.layoutFound < STORE_LAYOUT ? `store layout ${figures.layoutFound} → ${STORE_LAYOUT}` : `store layout ${STORE_LAYOUT} (already marked)`,
    `article records: ${records.packed} packed, ${records.current} already packed${records.skipped ? `, ${records.skipped} unreadable or missing (left as they are)` : ''}`,
  ];
  if (figures.deadWireEntries > 0) lines.push(`wire entries: ${figures.deadWireEntries} past the kept span deleted`);
  if (file) lines.push(`file: ${kb(file.before.fileBytes)} in ${file.before.pageSize}-byte pages → ${kb(file.after.fileBytes)} in ${file.after.pageSize}-byte pages`);
  return lines;
}

export async function runMigrate(
  config: Config,
  options: { json: boolean; logger: Logger; out: (line: string) => void; err: (line: string) => void },
): Promise<number> {
  let shown = 0;
  const figures = await migrateStore(config.STORE_URL, (url) => openStore(url, { namespace: config.STORE_NAMESPACE }), {
    logger: options.logger,
    onProgress: (f) => {
      const done = f.packed + f.current + f.skipped;
      if (done - shown < 50_000) return;
      shown = done;
      options.err(`… ${done} records`);
    },
  });
  if (options.json) options.out(JSON.stringify(figures));
  else for (const line of summary(figures)) options.out(line);
  return 0;
}
