// `newsbrief ask` and `newsbrief search` in-process: real argument parsing, a sqlite store in a temp dir.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { followUpText, seedText, unrelatedText } from '../support/articles.js';
import { runCliCaptured } from '../support/run-cli-captured.js';

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-ask-cli-'));
  process.env.STORE_URL = `sqlite://${join(dir, 'cli.sqlite')}`;
  process.env.LOG_LEVEL = 'silent';
  writeFileSync(join(dir, 'seed.txt'), seedText());
  writeFileSync(join(dir, 'follow.txt'), followUpText);
  writeFileSync(join(dir, 'ecb.txt'), unrelatedText);
  expect((await runCliCaptured('ingest', join(dir, 'seed.txt'), join(dir, 'follow.txt'), join(dir, 'ecb.txt'))).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AskJson = z.strictObject({
  question: z.string(),
  found: z.boolean(),
  // Without a model the sentences are quoted; a model's grounded answer says "model".
  by: z.literal('extract'),
  answer: z.array(z.strictObject({ text: z.string(), source: z.string(), url: z.string().optional(), date: z.string() })),
});
const SearchJson = z.array(z.strictObject({ id: z.string(), title: z.string(), source: z.string(), publishedAt: z.string().nullable(), url: z.string().optional() }));

describe('newsbrief ask', () => {
  it('--json has the documented shape: the answer cited with outlet and date, exit 0', async () => {
    const run = await runCliCaptured('ask', 'Who is the president of the European Central Bank?', '--json');
    const answer = AskJson.parse(JSON.parse(run.stdout));
    expect(answer).toMatchObject({ question: 'Who is the president of the European Central Bank?', found: true });
    expect(answer.answer[0]).toMatchObject({ text: expect.stringContaining('Christine Lagarde'), source: 'dpa', date: '2025-09-11' });
    expect(run.code).toBe(0);
  });

  it("when the articles can't answer then found is false with no sentences, exit 1; text mode says it doesn't know", async () => {
    const run = await runCliCaptured('ask', 'Who', 'won', 'the', 'Eurovision', 'Song', 'Contest?', '--json');
    expect(AskJson.parse(JSON.parse(run.stdout))).toEqual({ question: 'Who won the Eurovision Song Contest?', found: false, by: 'extract', answer: [] });
    expect(run.code).toBe(1);
    expect((await runCliCaptured('ask', 'Who won the Eurovision Song Contest?')).stdout.trim()).toBe("I don't know from the articles I have.");
  });

  it('text mode prints each sentence with its outlet and date; no question is a usage error', async () => {
    const run = await runCliCaptured('ask', 'How many political prisoners did Belarus free?');
    expect(run.stdout).toMatch(/52[^\n]*\n {2}— (AP News|Reuters), 1[23] Sep 2025/);
    await expect(runCliCaptured('ask')).rejects.toThrow(/ask needs a question/);
  });
});

describe('newsbrief search', () => {
  it('--json lists the newest matching stories in the documented shape, --limit caps them', async () => {
    const all = SearchJson.parse(JSON.parse((await runCliCaptured('search', 'Belarus', '--json')).stdout));
    expect(all.map((r) => r.title)).toEqual(['Minsk Opens Talks on Further Releases After Prisoner Deal', expect.stringContaining('Belarus Frees 52')]);
    expect(all[0]).toMatchObject({ source: 'Reuters', publishedAt: '2025-09-13T00:00:00.000Z' });
    expect(SearchJson.parse(JSON.parse((await runCliCaptured('search', 'Belarus', '--limit', '1', '--json')).stdout))).toHaveLength(1);
  });

  it('text mode prints title, outlet and date per story; bad input is a usage error', async () => {
    expect((await runCliCaptured('search', 'Lagarde')).stdout).toMatch(/^1\. Central Bank Holds Rates Steady as Inflation Cools\n {3}dpa · 11 Sep 2025/);
    expect((await runCliCaptured('search', 'zzqx')).stdout.trim()).toBe('No stories match “zzqx”.');
    await expect(runCliCaptured('search')).rejects.toThrow(/search needs words/);
    await expect(runCliCaptured('search', 'Belarus', '--limit', '0')).rejects.toThrow(/--limit 0/);
  });
});
