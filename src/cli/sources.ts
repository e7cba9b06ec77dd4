// `newsbrief sources add|list|remove|import|export`: the operator's pool of sources. `add` fetches the URL
// once to check it is a feed (or a page that links one); `import` takes an OPML file's feeds as they are
// (no fetch: a 300-feed import must not wait on 300 servers; `fetch` reports the bad ones).
import { readFile, stat } from 'node:fs/promises';
import type { App } from '../app.js';
import { exportOpml, parseOpml } from '../sources/opml.js';
import { addSource } from '../sources/add-source.js';
import { newSource, sourceLabel, type Source } from '../sources/source.js';
import { terminalSafeJson, terminalSafeLine } from './terminal-safe.js';

export interface SourcesIo {
  json: boolean;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Thrown for a wrong sub-command or missing argument; cli.ts turns it into a usage error (exit 2). */
export class SourcesUsageError extends Error {
  readonly code = 'USAGE';
}

const OPML_MAX_BYTES = 10 * 1024 * 1024;

/** The `sources list --json` shape. */
export const listEntry = (s: Source) => ({
  id: s.id,
  url: s.url,
  feedUrl: s.feedUrl,
  title: sourceLabel(s),
  ...(s.chatId === undefined ? {} : { chat: s.chatId }),
  ...(s.health.lastFetchedAt ? { lastFetchedAt: s.health.lastFetchedAt } : {}),
  ...(s.health.lastStatus ? { lastStatus: s.health.lastStatus } : {}),
  ...(s.health.lastError ? { error: s.health.lastError } : {}),
});

async function add(app: App, url: string | undefined, io: SourcesIo): Promise<number> {
  if (!url) throw new SourcesUsageError('sources add needs a URL, e.g. newsbrief sources add https://example.com/feed.xml');
  const added = await addSource(app, { url, now: app.clock.now() });
  if (!added.ok && added.code === 'BAD_URL') throw new SourcesUsageError(`sources add ${url}: ${added.message}`);
  if (!added.ok) return (io.err(terminalSafeLine(added.message)), 1);
  const { source, items } = added;
  if (io.json) io.out(terminalSafeJson(JSON.stringify(listEntry(source))));
  else io.out(terminalSafeLine(`added ${source.id}  ${sourceLabel(source)}  ${source.feedUrl} (feed has ${items} items; newsbrief fetch takes them)`));
  return 0;
}

async function list(app: App, io: SourcesIo): Promise<number> {
  const all = await app.sources.list();
  if (io.json) return (io.out(terminalSafeJson(JSON.stringify(all.map(listEntry)))), 0);
  if (all.length === 0) io.err('no sources yet; add one with: newsbrief sources add <url>');
  for (const s of all) {
    const health = s.health.lastStatus === 'failed' ? `failed ×${s.health.consecutiveFailures}: ${s.health.lastError ?? ''}` : (s.health.lastStatus ?? 'not fetched yet');
    const owner = s.chatId === undefined ? '' : `  chat ${s.chatId}`;
    io.out(terminalSafeLine(`${s.id}  ${sourceLabel(s)}  ${s.feedUrl}${owner}  ${health}`));
  }
  return 0;
}

async function remove(app: App, key: string | undefined, io: SourcesIo): Promise<number> {
  if (!key) throw new SourcesUsageError('sources remove needs an id or URL (see newsbrief sources list)');
  const source = (await app.sources.get(key)) ?? (await app.sources.getByUrl(key));
  if (!source || !(await app.sources.remove(source.id))) return (io.err(terminalSafeLine(`no source ${key}; see newsbrief sources list`)), 1);
  io.out(terminalSafeLine(`removed ${source.id}  ${sourceLabel(source)}`));
  return 0;
}

async function importOpml(app: App, file: string | undefined, io: SourcesIo): Promise<number> {
  if (!file) throw new SourcesUsageError('sources import needs an OPML file, e.g. newsbrief sources import feeds.opml');
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return (io.err(terminalSafeLine(`${file}: not a readable file`)), 1);
  if (info.size > OPML_MAX_BYTES) return (io.err(terminalSafeLine(`${file}: over ${OPML_MAX_BYTES} bytes; split the file`)), 1);
  const opml = parseOpml(await readFile(file, 'utf8'));
  if (!opml.ok) return (io.err(terminalSafeLine(`${file}: ${opml.message}`)), 1);
  let added = 0;
  for (const outline of opml.outlines) {
    const title = outline.title?.slice(0, 300);
    const result = await app.sources.add(newSource({ url: outline.htmlUrl ?? outline.xmlUrl, feedUrl: outline.xmlUrl, kind: 'feed', ...(title ? { title } : {}) }, app.clock.now()));
    if (result.ok) added += 1;
  }
  io.out(`imported ${added} sources, ${opml.outlines.length - added} already present`);
  return 0;
}

async function exportSources(app: App, io: SourcesIo): Promise<number> {
  const outlines = (await app.sources.list({ chatId: 'pool' })).map((s) => ({
    xmlUrl: s.feedUrl,
    ...(s.title ? { title: s.title } : {}),
    ...(s.url !== s.feedUrl ? { htmlUrl: s.url } : {}),
  }));
  io.out(exportOpml(outlines, { title: 'newsbrief sources', now: app.clock.now() }).trimEnd());
  return 0;
}

export async function runSources(app: App, args: readonly string[], io: SourcesIo): Promise<number> {
  const [sub, arg] = args;
  switch (sub) {
    case 'add': return add(app, arg, io);
    case 'list': return list(app, io);
    case 'remove': return remove(app, arg, io);
    case 'import': return importOpml(app, arg, io);
    case 'export': return exportSources(app, io);
    default: throw new SourcesUsageError(sub ? `unknown sources command "${sub}"` : 'sources needs add, list, remove, import or export');
  }
}
