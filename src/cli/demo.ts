// `newsbrief demo`: sample feeds served on 127.0.0.1 are added as sources and fetched through the real path
// (twice: the second time answered 304), samples/ is ingested, and the bot is walked through. Offline, no token.
import { join } from 'node:path';
import type { Config } from '../config.js';
import { projectRoot } from '../util/project-root.js';
import { createConsoleSession, runConsole } from './console-session.js';
import { startDemoFeedServer } from './demo-feed-server.js';
import { removeDemoSources, tourSources } from './demo-sources.js';
import { openOfflineApp, seedSamples } from './offline-store.js';

const TOUR = ['/start', '/latest', '/who Lukashenko', '/who Ellingsen', '/digest'];

export async function runDemo(config: Config, out: (text: string) => void): Promise<number> {
  // A fresh store every time, unless STORE_URL was set explicitly in the environment (then the demo uses that one).
  // Private addresses are allowed for the demo's own app only: its feeds are on 127.0.0.1.
  const offline = await openOfflineApp({ ...config, FETCH_ALLOW_PRIVATE: true }, 'demo');
  const server = await startDemoFeedServer(join(projectRoot(), 'samples')).catch(async (error: unknown) => {
    await offline.close();
    throw error;
  });
  try {
    out(`newsbrief demo: offline, no token, no network. Store: ${offline.label}`);
    // Sources first: today's archived digest (seedSamples) then holds the fetched articles too.
    await tourSources(offline.app, server, out);
    const seeded = await seedSamples(offline.app);
    const archive = seeded.archived
      ? `today's digest is archived as /digest ${seeded.archivedDay}`
      : `this store already has a digest archived for ${seeded.archivedDay}; it is kept as it was`;
    out(`Ingested ${seeded.stored} of ${seeded.total} sample articles from samples/; ${archive}.\n`);
    for (const s of seeded.skipped) out(`  (skipped ${s.name}: ${s.message})`);
    const session = createConsoleSession(offline.app, (text) => out(`bot> ${text.replace(/\n/g, '\n     ')}\n`));
    for (const line of TOUR) {
      out(`you> ${line}`);
      await session.send(line);
    }
    if (process.stdin.isTTY) await runConsole(session, { interactive: true, print: out });
    else out('(Run `npm run demo` in a terminal to keep chatting with the bot afterwards.)');
    return 0;
  } finally {
    // A store the user named keeps the articles, not sources pointing at a server that is about to stop.
    if (!offline.scratch) await removeDemoSources(offline.app, server).catch(() => undefined);
    await server.close();
    await offline.close();
  }
}
