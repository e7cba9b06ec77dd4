// `newsbrief cluster --jsonl FILE`: {id, text, title?, publishedAt?} lines in, {id, cluster} lines out; a bad line is
// reported on stderr and the rest go on. runCluster in process, and once as a real child process (the held-out
// checks run it that way).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCluster } from '../../src/cli/cluster.js';
import { projectRoot } from '../../src/util/project-root.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-cluster-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = [
  { id: 'q1', title: 'Earthquake of magnitude 6.1 hits Kermadec Islands', text: 'An earthquake of magnitude 6.1 struck the Kermadec Islands on Monday, the geological agency said; no tsunami warning was issued.' },
  { id: 'b1', text: 'Bakery wins national bread prize\nA village bakery won the national bread prize for its rye sourdough, the judges in Lyon said.' },
  { id: 'q2', title: 'Kermadec Islands quake: no tsunami threat after 6.1 tremor', text: 'No tsunami threat followed the magnitude 6.1 earthquake near the Kermadec Islands, the geological agency said on Monday.' },
  { id: 7, text: 'Lyon bakery takes bread prize\nJudges in Lyon gave the national bread prize to a village bakery for its rye sourdough.', publishedAt: '2025-03-02T10:00:00Z' },
];

async function cluster(content: string, maxBytes = 100_000) {
  const path = join(dir, `in-${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(path, content);
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCluster({ jsonl: path, maxBytes, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.map((l) => JSON.parse(l) as { id: string | number; cluster: string }), err };
}

describe('newsbrief cluster --jsonl', () => {
  it('should write one {id, cluster} line per input line, in input order, with the same event under the same cluster', async () => {
    const { code, out, err } = await cluster(lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out.map((o) => o.id)).toEqual(['q1', 'b1', 'q2', 7]);
    const of = (id: string | number) => out.find((o) => o.id === id)!.cluster;
    expect(of('q1')).toBe(of('q2'));
    expect(of('b1')).toBe(of(7));
    expect(of('q1')).not.toBe(of('b1'));
  });

  it('when lines are bad (not JSON, no text, too long, an id again, a bad date) then each gets a line on stderr and the rest are clustered', async () => {
    const content = [
      JSON.stringify(lines[0]),
      'not json',
      JSON.stringify({ id: 'x' }),
      JSON.stringify({ id: 'big', text: 'word '.repeat(400) }),
      JSON.stringify({ ...lines[2], publishedAt: 'yesterday' }),
      JSON.stringify({ ...lines[1], id: 'q1' }),
      '',
    ].join('\n');
    const { code, out, err } = await cluster(content, 1000);
    expect(code).toBe(1);
    expect(out.map((o) => o.id)).toEqual(['q1', 'q2']);
    expect(out[0]!.cluster).toBe(out[1]!.cluster);
    expect(err).toHaveLength(5);
    expect(err[0]).toMatch(/^line 2: expected a JSON object/);
    expect(err[1]).toMatch(/^line 3: /);
    expect(err[2]).toMatch(/^line 4: .*Skipped\.$/);
    expect(err[3]).toMatch(/^line 5: publishedAt "yesterday" is not a date; ignored$/);
    expect(err[4]).toMatch(/^line 6: id q1 appeared before; skipped$/);
  });

  it('when the file is missing then it says so and exits 1', async () => {
    const err: string[] = [];
    const code = await runCluster({ jsonl: join(dir, 'nope.jsonl'), maxBytes: 1000, out: () => {}, err: (l) => err.push(l) });
    expect(code).toBe(1);
    expect(err[0]).toMatch(/^failed {2}.*nope\.jsonl/);
  });

  it('should run as the real command', () => {
    const path = join(dir, 'real.jsonl');
    writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n'));
    const root = projectRoot();
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'run-cli.ts'), 'cluster', '--jsonl', path], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', STORE_URL: 'memory://' },
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    const out = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; cluster: string });
    expect(out).toHaveLength(4);
    expect(out[0]!.cluster).toBe(out[2]!.cluster);
  }, 70_000);
});
