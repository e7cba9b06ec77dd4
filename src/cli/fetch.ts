// `newsbrief fetch [--json]`: polls every due source once now. One line per source: "new 3", "unchanged" or
// "failed: reason"; --json one {source, status, new, error?} object per line. Exit 1 when any source failed.
import type { App } from '../app.js';
import { appPoller } from '../app-poller.js';
import type { PollResult } from '../sources/poll-source.js';
import { sourceLabel } from '../sources/source.js';
import { terminalSafeJson, terminalSafeLine } from './terminal-safe.js';

const textLine = (r: PollResult): string => {
  const joined = r.merged > 0 ? ` (${r.merged} more joined stories already stored, as another outlet)` : '';
  const what = r.status === 'new' ? `new ${r.new}${joined}` : r.status === 'failed' ? `failed: ${r.error ?? 'unknown error'}` : 'unchanged';
  return terminalSafeLine(`${r.source.id}  ${sourceLabel(r.source)}  ${what}`);
};

export async function runFetch(app: App, options: { json: boolean; out: (line: string) => void; err: (line: string) => void }): Promise<number> {
  const results = await appPoller(app).pollDue(app.clock.now());
  for (const r of results) {
    if (!options.json) options.out(textLine(r));
    else options.out(terminalSafeJson(JSON.stringify({ source: r.source.id, status: r.status, new: r.new, ...(r.merged > 0 ? { merged: r.merged } : {}), ...(r.error ? { error: r.error } : {}) })));
  }
  if (results.length === 0) options.err('no source is due; add one with: newsbrief sources add <url>');
  return results.some((r) => r.status === 'failed') ? 1 : 0;
}
