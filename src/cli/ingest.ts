// `newsbrief ingest`: files in, one line per file out (a record per line with --json).
import type { App } from '../app.js';
import { readInputs } from '../io/read-inputs.js';

export async function runIngest(
  app: App,
  paths: readonly string[],
  options: { dryRun: boolean; json: boolean; out: (line: string) => void },
): Promise<number> {
  const { inputs, unreadable } = readInputs(paths, app.config.MAX_ARTICLE_BYTES);
  const err = (line: string) => process.stderr.write(`${line}\n`);
  for (const u of unreadable) err(`failed  ${u.name}: ${u.message}`);
  const results = await app.ingestor.ingest(inputs, { dryRun: options.dryRun });
  let failed = unreadable.length;
  for (const result of results) {
    if (result.status === 'failed') {
      failed++;
      err(`failed  ${result.name}: ${result.error.message}`);
    } else if (options.json) options.out(JSON.stringify(result.record));
    else if (result.status === 'stored') {
      options.out(`${options.dryRun ? 'would store' : 'stored'}  ${result.name} → ${result.record.id} "${result.record.title}"`);
    } else options.out(`duplicate  ${result.name} → already stored as ${result.id}`);
  }
  const stored = results.filter((r) => r.status === 'stored').length;
  const duplicates = results.filter((r) => r.status === 'duplicate').length;
  err(`${options.dryRun ? 'dry run: ' : ''}${stored} new, ${duplicates} duplicate, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
