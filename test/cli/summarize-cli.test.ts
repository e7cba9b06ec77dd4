import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/run-cli-captured.js';

const dir = mkdtempSync(join(tmpdir(), 'nb-summarize-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ferry = [
  'A passenger ferry carrying 212 people ran aground off Marrow Island on Sunday, and coast guard crews took everyone ashore by nightfall, officials said.\n\nThe ferry left Port Ellis at 9 a.m. for its usual run to the island.',
  'Add your location to this Tweet\n\nEveryone aboard a ferry that ran aground off Marrow Island on Sunday was taken ashore by coast guard crews, officials said.\n\nDivers will inspect the hull on Monday before the ferry is towed to Port Ellis.',
];
const words = (s: string) => s.match(/[\p{L}\p{N}\p{M}_]+/gu)?.length ?? 0;

describe('newsbrief summarize --jsonl', () => {
  it('should turn {id, documents} lines into {id, summary} lines, reporting bad lines and going on', async () => {
    const file = join(dir, 'events.jsonl');
    writeFileSync(file, [JSON.stringify({ id: 'ferry', documents: ferry }), '{"id": 2, "text": "no documents"}', 'not json', JSON.stringify({ id: 7, documents: [ferry[1]] })].join('\n') + '\n');
    const result = await runCliCaptured('summarize', '--jsonl', file);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string | number; summary: string });
    expect(lines.map((l) => l.id)).toEqual(['ferry', 7]);
    expect(lines[0]!.summary).toMatch(/^(A passenger ferry|Everyone aboard a ferry)/);
    expect(lines[0]!.summary).not.toMatch(/location to this Tweet/);
    expect(result.stderr).toContain('line 2: expected a JSON object {"id": …, "documents": ["…", …]}; skipped');
    expect(result.stderr).toContain('line 3:');
  });

  it('should keep each summary within --words, marking a cut with "…"', async () => {
    const file = join(dir, 'short.jsonl');
    writeFileSync(file, JSON.stringify({ id: 'ferry', documents: ferry }) + '\n');
    const result = await runCliCaptured('summarize', '--jsonl', file, '--words', '12');
    expect(result.code).toBe(0);
    const { summary } = JSON.parse(result.stdout) as { summary: string };
    expect(words(summary)).toBe(12);
    expect(summary.endsWith(' …')).toBe(true);
  });

  it('when --words is not a number in range then it is a usage error', async () => {
    const file = join(dir, 'short.jsonl');
    await expect(runCliCaptured('summarize', '--jsonl', file, '--words', 'many')).rejects.toThrow(/--words many: use a whole number/);
  });
});
