// `newsbrief ingest`: files in, one line per file out (a record per line with --json).
// Every line names its file once, escaped: a name or a title can't break the line or drive the terminal.
import type { App } from '../app.js';
import { readInputs } from '../io/read-inputs.js';
import { terminalSafeJson, terminalSafeLine } from './terminal-safe.js';

export async function runIngest(
  app: App,
  paths: readonly string[],
  options: { dryRun: boolean; json: boolean; out: (line: string) => void },
): Promise<number> {
  const { inputs, unreadable } = readInputs(paths, app.config.MAX_ARTICLE_BYTES);
  const err = (line: string) => process.stderr.write(`${line}\n`);
  const failedLine = (name: string, message: string) => err(`failed  ${terminalSafeLine(name)}: ${terminalSafeLine(message)}`);
  for (const u of unreadable) failedLine(u.name, u.message);
  const results = await app.ingestor.ingest(inputs, { dryRun: options.dryRun });
  let failed = unreadable.length;
  for (const result of results) {
    const name = terminalSafeLine(result.name);
    if (result.status === 'failed') {
      failed++;
      failedLine(result.name, result.error.message);
    } else if (options.json) options.out(terminalSafeJson(JSON.stringify(result.record)));
    else if (result.status === 'stored') {
      options.out(`${options.dryRun ? 'would store' : 'stored'}  ${name} → ${result.record.id} "${terminalSafeLine(result.record.title)}"`);
    } else options.out(`duplicate  ${name} → already stored as ${result.id}`);
  }
  const stored = results.filter((r) => r.status === 'stored').length;
  const duplicates = results.filter((r) => r.status === 'duplicate').length;
  err(`${options.dryRun ? 'dry run: ' : ''}${stored} new, ${duplicates} duplicate, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
