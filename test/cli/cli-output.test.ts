// What the CLI prints about files and articles: one line per rejected file naming it once,
// and nothing from a file name or an article that could drive the terminal.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUpText } from '../support/articles.js';
import { runCliCaptured } from '../support/run-cli-captured.js';

// Every C0/C1 control (\p{Cc}) but tab and newline, and the bidi embeddings, overrides and isolates.
const UNSAFE = /(?![\t\n])[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-cli-out-'));
  process.env.STORE_URL = `sqlite://${join(dir, 'cli.sqlite')}`;
  process.env.LOG_LEVEL = 'silent';
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runCliCaptured;

describe('CLI output', () => {
  it('when files are rejected then each gets one line that names it once, with newlines and controls escaped', async () => {
    const folder = join(dir, 'in');
    mkdirSync(folder);
    writeFileSync(join(folder, 'empty\nline2.txt'), '');
    writeFileSync(join(folder, 'bad-url.txt'), 'Title: A headline\nURL: not a url\n\nBody text here, long enough to count.\n');
    writeFileSync(join(folder, 'good.txt'), followUpText);
    symlinkSync(join(folder, 'gone.txt'), join(folder, 'link\u001b[31m.txt'));
    const result = await run('ingest', folder);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      `failed  ${folder}/link\\e[31m.txt: a dangling symlink (its target does not exist); fix or remove the link.`,
      `failed  ${folder}/bad-url.txt: The URL "not a url" is not an http(s) URL; fix or remove it.`,
      `failed  ${folder}/empty\\nline2.txt: The article is empty (0 bytes); add the article text and try again.`,
      '1 new, 0 duplicate, 3 failed',
    ]);
    expect(result.stdout).toMatch(/^stored {2}.*good\.txt → [0-9a-f]{16} "Minsk Opens Talks/);
    expect(result.code).toBe(1);
  });

  it('when an article carries escape sequences and bidi overrides then latest and who print them as visible escapes, and --json stays exact', async () => {
    const hostile =
      'Title: Talks \u001b]0;owned\u0007resume \u001b[2J in Minsk\n\n' +
      'Belarusian leader Aleksandr Lukashenka said on Saturday that talks would go on \u202e\u001b[31mtoday\u001b[0m, state media said.\n\n' +
      'Lukashenka, 71, told state television that the talks with the United States would continue.\n';
    writeFileSync(join(dir, 'hostile.txt'), hostile);
    expect((await run('ingest', join(dir, 'hostile.txt'))).code).toBe(0);

    const json = await run('latest', '--limit', '20', '--json');
    expect(json.stdout).not.toMatch(UNSAFE);
    const records = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as { title: string; paragraphs: string[] });
    // Stored titles lose their controls when the record is built; body text keeps what the article said.
    const stored = records.find((r) => r.title.startsWith('Talks'));
    expect(stored?.paragraphs[0]).toContain('\u202e\u001b[31mtoday');

    const latest = await run('latest', '--limit', '20');
    const who = await run('who', 'Lukashenka');
    expect(latest.stdout).toContain('Talks');
    expect(latest.stdout).not.toMatch(UNSAFE);
    expect(who.stdout).not.toMatch(UNSAFE);
    expect(who.stdout).toContain('\\u202e\\e[31mtoday\\e[0m');
  });
});
