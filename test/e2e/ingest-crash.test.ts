// The crash test for ingest: the real CLI (`newsbrief ingest DIR`, 900 articles that all name the
// same person, four batches) is SIGKILLed at six moments picked by watching the store from outside,
// then run again to the end (recover() at open, then dedupe). Every count must equal a clean run's.
// Kill moments are chosen by store state, not by a crash hook in the code: the kill lands a few
// milliseconds after the state is seen, so it hits wherever the batch is by then; the exact write
// points are covered one by one by test/store/crash-before-each-write.test.ts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { ingestSummary, startCli } from '../support/cli-process.js';
import { manyArticles } from '../support/many-articles.js';
import { probeStore, storeSnapshot, type StoreState } from '../support/store-probe.js';

const FILES = 900;
const scratch = mkdtempSync(join(tmpdir(), 'newsbrief-ingest-crash-'));
const articlesDir = join(scratch, 'articles');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function ingestToTheEnd(dbPath: string) {
  const run = startCli(['ingest', articlesDir], { STORE_URL: `sqlite://${dbPath}` }, scratch);
  const { code } = await run.exited;
  expect(code, run.stderr.slice(-5).join('\n')).toBe(0);
  return ingestSummary(run);
}

let clean: Awaited<ReturnType<typeof storeSnapshot>>;
beforeAll(async () => {
  mkdirSync(articlesDir);
  for (const { name, text } of manyArticles(FILES)) writeFileSync(join(articlesDir, name), text);
  const dbPath = join(scratch, 'clean.sqlite');
  expect(await ingestToTheEnd(dbPath)).toEqual({ stored: FILES, duplicates: 0, failed: 0 });
  clean = await storeSnapshot(`sqlite://${dbPath}`);
}, 60_000);

const killPoints: [string, (s: StoreState) => boolean][] = [
  ['while the first batch is indexed', (s) => s.journaled && s.published === 0],
  ['between the first and the second batch', (s) => s.published === 256 && s.records === 256 && !s.journaled],
  // The window the old 64-article dedupe double-counted in: the people are written, the batch is not yet published.
  ['after a batch\'s people are written, before it is published', (s) => s.personArticles > s.published],
  ['while the second batch is indexed', (s) => s.journaled && s.published === 256],
  ['after the third batch is written, before it is published', (s) => s.records > 512 && s.published === 512],
  ['between the third and the last batch', (s) => s.published === 768 && s.records === 768 && !s.journaled],
  ['while the last batch is indexed', (s) => s.records > 768 && s.published === 768],
];

describe('ingest survives SIGKILL', () => {
  it('when ingested cleanly then everyone is counted once per article', () => {
    expect(clean.count).toBe(FILES);
    expect(clean.people.lukashenko?.articleCount).toBe(FILES);
    expect(clean.people.nauseda?.articleCount).toBe(FILES / 3);
    expect(clean.latest).toHaveLength(100);
    expect(clean.hashKeys.every((id) => typeof id === 'string')).toBe(true);
  });

  it.each(killPoints)('when killed %s then a second run counts every article exactly once', async (_moment, moment) => {
    const dbPath = join(scratch, `kill-${killPoints.findIndex(([, m]) => m === moment)}.sqlite`);
    await (await openStore(`sqlite://${dbPath}`)).close(); // created (WAL) before the probe opens it
    const probe = probeStore(dbPath);
    const run = startCli(['ingest', articlesDir], { STORE_URL: `sqlite://${dbPath}` }, scratch);
    const atKill = await probe.until(moment, run.exited);
    run.child.kill('SIGKILL');
    const { signal } = await run.exited;
    await probe.close();
    expect(atKill, 'the run finished before the kill moment').toBeDefined();
    expect(signal).toBe('SIGKILL');

    const second = await ingestToTheEnd(dbPath);
    expect(second && second.stored + second.duplicates).toBe(FILES);
    expect(second?.duplicates).toBeGreaterThanOrEqual(atKill?.published ?? 0);
    expect(await storeSnapshot(`sqlite://${dbPath}`)).toEqual(clean);
  }, 60_000);
});
