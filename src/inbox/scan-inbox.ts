// The inbox folder: new files are ingested, then moved to done/ or failed/ (with the reason).
// Files are moved only after their batch is committed, so a crash re-reads them next time and
// dedupe turns them into "duplicate" → done/. Nothing is lost and nothing is stored twice.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Ingestor } from '../articles/ingest.js';
import type { Logger } from '../logger.js';
import { readInputs } from '../io/read-inputs.js';

export interface InboxReport {
  stored: number;
  duplicates: number;
  failed: number;
}

/** Files still being written are skipped: writers should write *.part/*.tmp and rename. */
const IN_PROGRESS = /\.(part|tmp|crdownload|swp)$/i;
/** A file touched this recently may still be growing; it is picked up on the next tick. */
const SETTLE_MS = 2000;
const MAX_FILES_PER_SCAN = 1000;

export async function scanInbox(
  dir: string,
  deps: { ingestor: Ingestor; maxBytes: number; now: Date; logger: Logger },
): Promise<InboxReport> {
  const doneDir = join(dir, 'done');
  const failedDir = join(dir, 'failed');
  mkdirSync(doneDir, { recursive: true });
  mkdirSync(failedDir, { recursive: true });
  const files = readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !IN_PROGRESS.test(name))
    .map((name) => join(dir, name))
    .filter((path) => {
      const stat = statSync(path, { throwIfNoEntry: false });
      return stat?.isFile() && deps.now.getTime() - stat.mtimeMs >= SETTLE_MS;
    })
    .sort()
    .slice(0, MAX_FILES_PER_SCAN);
  const report: InboxReport = { stored: 0, duplicates: 0, failed: 0 };
  if (files.length === 0) return report;

  const { inputs, unreadable } = readInputs(files, deps.maxBytes);
  const results = await deps.ingestor.ingest(inputs);
  for (const u of unreadable) {
    report.failed++;
    moveAside(u.name, failedDir, u.message);
  }
  for (const result of results) {
    if (result.status === 'failed') {
      report.failed++;
      moveAside(result.name, failedDir, `${result.error.code}: ${result.error.message}`);
      deps.logger.warn({ file: basename(result.name), code: result.error.code }, 'inbox file rejected');
    } else {
      if (result.status === 'stored') report.stored++;
      else report.duplicates++;
      moveAside(result.name, doneDir);
    }
  }
  deps.logger.info(report, 'inbox scanned');
  return report;
}

function moveAside(path: string, toDir: string, reason?: string): void {
  const target = freeName(toDir, basename(path));
  renameSync(path, target);
  if (reason !== undefined) writeFileSync(`${target}.error.txt`, `${reason}\n`);
}

/** done/a.txt exists → done/a-2.txt, so an earlier file of the same name is never overwritten. */
function freeName(dir: string, name: string): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let candidate = join(dir, name);
  for (let n = 2; existsSync(candidate) || existsSync(`${candidate}.error.txt`); n++) candidate = join(dir, `${stem}-${n}${ext}`);
  return candidate;
}
