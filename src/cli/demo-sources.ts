// The demo's sources part: samples/feeds served on 127.0.0.1 (demo-feed-server.ts), added with the CLI's own
// `sources add`, fetched through the real poller (SSRF guard with FETCH_ALLOW_PRIVATE, host gate, conditional
// GET, ingest), then fetched again at once to show the 304s. Only the demo's own sources are polled: on a
// store the user named, their real sources are never fetched from here (the demo stays offline).
import type { App } from '../app.js';
import { appPoller } from '../app-poller.js';
import type { PollResult } from '../sources/poll-source.js';
import { sourceLabel, type Source } from '../sources/source.js';
import type { DemoFeedServer, ServerCounts } from './demo-feed-server.js';
import { runSources } from './sources.js';
import { terminalSafeLine } from './terminal-safe.js';

export interface SourcesTour {
  /** The demo's sources, as stored after the tour (removed again on a store the user named). */
  sources: Source[];
  firstFetch: PollResult[];
  secondFetch: PollResult[];
}

const joined = (r: PollResult) => (r.merged > 0 ? ` (+${r.merged} joined a story already stored, as another outlet)` : '');
const what = (r: PollResult) => (r.status === 'new' ? `new ${r.new}${joined(r)}` : r.status === 'failed' ? `failed: ${r.error ?? 'unknown error'}` : 'unchanged');
const resultLine = (r: PollResult) => terminalSafeLine(`  ${sourceLabel(r.source)}  ${what(r)}`);
const served = (before: ServerCounts, after: ServerCounts) => ({
  ok: after.ok.feeds - before.ok.feeds,
  notModified: after.notModified.feeds - before.notModified.feeds,
  conditional: after.conditional.feeds - before.conditional.feeds,
  pages: after.ok.pages - before.ok.pages,
});

function answeredLine(before: ServerCounts, after: ServerCounts): string {
  const d = served(before, after);
  const pages = d.pages > 0 ? `; it also served ${d.pages} page(s), for items with only a summary` : '';
  return `  (the server answered the feeds ${d.ok} × 200 and ${d.notModified} × 304, to ${d.conditional} conditional GET(s)${pages})`;
}

/** Adds every sample feed, fetches them, fetches them again right away; prints each step as the CLI would. */
export async function tourSources(app: App, server: DemoFeedServer, out: (text: string) => void): Promise<SourcesTour> {
  out(`Serving samples/feeds and samples/pages at ${server.origin} (a local stand-in for news sites).`);
  const sources: Source[] = [];
  const err = (line: string) => out(`  ${line}`);
  for (const url of server.feedUrls) {
    out(`$ newsbrief sources add ${url}`);
    await runSources(app, ['add', url], { json: false, out: (line) => out(`  ${line}`), err });
    const source = await app.sources.getByUrl(url, { chatId: 'pool' });
    if (source) sources.push(source);
  }

  // The poller's own path, per source (pollOne): a fresh source is due at once; the second round is polled
  // although its next fetch is 30 minutes away, to show the conditional GET.
  const poller = appPoller(app);
  const round = async (heading: string, current: Source[]) => {
    out(heading);
    const before = server.counts();
    const results = await Promise.all(current.map((s) => poller.pollOne(s)));
    for (const r of results) out(resultLine(r));
    out(answeredLine(before, server.counts()));
    return results;
  };
  const firstFetch = await round('$ newsbrief fetch', sources);
  const secondFetch = await round(
    '$ newsbrief fetch   (again, right away: each feed sends back the ETag and Last-Modified it got)',
    firstFetch.map((r) => r.source),
  );
  out('');
  return { sources: secondFetch.map((r) => r.source), firstFetch, secondFetch };
}

/** Removes the demo's sources (those on its server): the server stops with the demo, so `npm start` on the same store must not poll them. */
export async function removeDemoSources(app: App, server: Pick<DemoFeedServer, 'origin'>): Promise<number> {
  const ours = (await app.sources.list()).filter((s) => s.feedUrl.startsWith(`${server.origin}/`));
  for (const s of ours) await app.sources.remove(s.id);
  return ours.length;
}
