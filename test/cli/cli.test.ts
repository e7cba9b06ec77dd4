// The CLI in-process: real argument parsing, real store (sqlite in a temp dir), stdout captured.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { seedText, followUpText } from '../support/articles.js';
import { runCliCaptured } from '../support/run-cli-captured.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-cli-'));
  process.env.STORE_URL = `sqlite://${join(dir, 'cli.sqlite')}`;
  process.env.LOG_LEVEL = 'silent';
  writeFileSync(join(dir, 'seed.txt'), seedText());
  writeFileSync(join(dir, 'follow.txt'), followUpText);
  writeFileSync(join(dir, 'empty.txt'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runCliCaptured;

// The parts of the --json outputs these tests read. Loose objects: the key-set assertions see every key printed.
const WhoFound = z.object({
  query: z.string(),
  person: z.looseObject({ roles: z.array(z.unknown()), facts: z.array(z.record(z.string(), z.unknown())) }),
});
const DigestJson = z.looseObject({ events: z.array(z.unknown()) });
const EntitiesLine = z.looseObject({
  id: z.string(),
  entities: z.array(z.looseObject({ text: z.string(), start: z.number(), end: z.number() })),
});

describe('newsbrief CLI', () => {
  it('ingest --json prints one record per line and reports the rejected file', async () => {
    const result = await run('ingest', join(dir, 'seed.txt'), join(dir, 'follow.txt'), join(dir, 'empty.txt'), '--json');
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toMatchObject({ title: expect.stringContaining('Belarus Frees 52'), source: { name: 'AP News' } });
    expect(result.stderr).toMatch(/failed {2}.*empty\.txt: /);
    expect(result.code).toBe(1);
  });

  it('who --json has the documented shape, and person null for an unknown name', async () => {
    const found = WhoFound.parse(JSON.parse((await run('who', 'Lukashenka', '--json')).stdout));
    expect(found.query).toBe('Lukashenka');
    expect(Object.keys(found.person).sort()).toEqual(['aliases', 'articleCount', 'facts', 'name', 'related', 'roles']);
    expect(found.person.roles[0]).toEqual({ role: expect.any(String), source: expect.any(String), date: expect.any(String) });
    expect(Object.keys(found.person.facts[0]!).sort()).toEqual(['date', 'source', 'text']);
    const missing = await run('who', 'Nobody', 'Atall', '--json');
    expect(JSON.parse(missing.stdout)).toMatchObject({ query: 'Nobody Atall', person: null, suggestions: expect.any(Array) });
    expect(missing.code).toBe(1);
  });

  it('latest and digest read the same store', async () => {
    expect((await run('latest', '--limit', '1')).stdout).toContain('Minsk Opens Talks');
    const digest = await run('digest', '--since', '24h', '--json');
    expect(DigestJson.parse(JSON.parse(digest.stdout)).events.length).toBeGreaterThan(0);
    await expect(run('digest', '--since', 'yesterday-ish')).rejects.toThrow(/--since yesterday-ish: use an ISO date/);
  });

  it('entities --jsonl turns {id,text} lines into {id,entities} lines with offsets into text', async () => {
    const file = join(dir, 'docs.jsonl');
    const text = 'Lithuanian President Gitanas Nauseda met Donald Trump in Vilnius.';
    writeFileSync(file, `${JSON.stringify({ id: 'd1', text })}\nnot json\n`);
    const result = await run('entities', '--jsonl', file);
    const [line] = result.stdout.trim().split('\n');
    const parsed = EntitiesLine.parse(JSON.parse(line!));
    expect(parsed.id).toBe('d1');
    const nauseda = parsed.entities.find((e) => e.text === 'Gitanas Nauseda');
    expect(nauseda).toMatchObject({ type: 'PERSON', role: 'Lithuanian President' });
    expect(text.slice(nauseda?.start, nauseda?.end)).toBe('Gitanas Nauseda');
    expect(result.stderr).toContain('line 2');
  });

  it('start without a token exits with a message that points to the demo', async () => {
    const result = await run('start');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('TELEGRAM_BOT_TOKEN is not set');
    expect(result.stderr).toContain('npm run demo');
  });
});
