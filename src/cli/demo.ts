// `newsbrief demo`: ingest samples/ into a fresh store and walk through the bot, offline.
import type { Config } from '../config.js';
import { createConsoleSession, runConsole } from './console-session.js';
import { openOfflineApp, seedSamples } from './offline-store.js';

const TOUR = ['/start', '/latest', '/who Lukashenko', '/digest'];

export async function runDemo(config: Config, out: (text: string) => void): Promise<number> {
  // A fresh store every time, unless STORE_URL was set explicitly in the environment (then the demo uses that one).
  const offline = await openOfflineApp(config, 'demo');
  try {
    const seeded = await seedSamples(offline.app);
    out(`newsbrief demo: offline, no token, no network. Store: ${offline.label}`);
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
    await offline.close();
  }
}
