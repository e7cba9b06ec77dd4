// `newsbrief demo`: ingest samples/ into a fresh store and walk through the bot, offline.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../app.js';
import type { Config } from '../config.js';
import { createLogger } from '../logger.js';
import { createConsoleSession, runConsole } from './console-session.js';
import { readInputs } from '../io/read-inputs.js';
import { projectRoot } from '../util/project-root.js';

const TOUR = ['/start', '/latest', '/who Lukashenko', '/digest'];

export async function runDemo(config: Config, out: (text: string) => void): Promise<number> {
  // A fresh store every time, unless STORE_URL was set explicitly (then the demo uses that one).
  const scratch = config.storeUrlFromEnv ? undefined : mkdtempSync(join(tmpdir(), 'newsbrief-demo-'));
  const storeUrl = scratch ? `sqlite://${join(scratch, 'demo.sqlite')}` : config.STORE_URL;
  const app = await openApp({ ...config, STORE_URL: storeUrl }, { logger: createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL) });
  try {
    const { inputs } = readInputs([join(projectRoot(), 'samples')], config.MAX_ARTICLE_BYTES);
    const results = await app.ingestor.ingest(inputs);
    const stored = results.filter((r) => r.status === 'stored').length;
    out(`newsbrief demo: offline, no token, no network. Store: ${scratch ? 'a fresh temporary one' : storeUrl}`);
    out(`Ingested ${stored} of ${inputs.length} sample articles from samples/.\n`);
    for (const r of results) if (r.status === 'failed') out(`  (skipped ${r.name}: ${r.error.message})`);
    const session = createConsoleSession(app, (text) => out(`bot> ${text.replace(/\n/g, '\n     ')}\n`));
    for (const line of TOUR) {
      out(`you> ${line}`);
      await session.send(line);
    }
    if (process.stdin.isTTY) await runConsole(session, { interactive: true, print: out });
    else out('(Run `npm run demo` in a terminal to keep chatting with the bot afterwards.)');
    return 0;
  } finally {
    await app.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}
