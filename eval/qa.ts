// Question answering (/ask) on our own questions over the demo samples (samples/) and the article fixtures
// (test/fixtures/articles/): each is ingested into a temporary sqlite store through the CLI, then every question of
// eval/data/qa-dev.jsonl and qa-test.jsonl is asked through `newsbrief ask --json`, as a user would.
// Figures per set: answer found on answerable questions, first citation from the expected outlet, the expected
// words in the answer, and "I don't know" on questions the articles can't answer (near-misses included).
// qa-test.jsonl was written before any tuning and is never tuned on.
// Usage: npx tsx eval/qa.ts   QA_SHOW=1 prints every question's answer.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHOW = process.env['QA_SHOW'] === '1';

const questionSchema = z.object({
  question: z.string().min(1),
  expect: z.union([
    z.object({ found: z.literal(true), source: z.string().optional(), contains: z.array(z.string()).optional() }),
    z.object({ found: z.literal(false) }),
  ]),
});
const answerSchema = z.object({
  question: z.string(),
  found: z.boolean(),
  answer: z.array(z.object({ text: z.string(), source: z.string(), url: z.string().optional(), date: z.string() })),
});
type Question = z.infer<typeof questionSchema>;
type Answered = z.infer<typeof answerSchema>;

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-qa-eval-'));
const env = { ...process.env, STORE_URL: `sqlite://${join(dir, 'qa.sqlite')}`, LOG_LEVEL: 'silent' };
const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'run-cli.ts'), ...args], { cwd: root, env, encoding: 'utf8' });

try {
  const files = [
    ...readdirSync(join(root, 'samples')).filter((f) => /\.(?:txt|json)$/.test(f)).map((f) => join(root, 'samples', f)),
    ...readdirSync(join(root, 'test', 'fixtures', 'articles')).map((f) => join(root, 'test', 'fixtures', 'articles', f)),
  ];
  const ingest = cli(['ingest', ...files]);
  if (ingest.status !== 0 && ingest.status !== 1) throw new Error(`ingest failed (${ingest.status}): ${ingest.stderr}`);
  process.stdout.write(`ingested: ${ingest.stderr.trim().split('\n').at(-1)}\n`);
  for (const set of ['dev', 'test']) report(set, readSet(join(root, 'eval', 'data', `qa-${set}.jsonl`)));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function readSet(path: string): Question[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => questionSchema.parse(JSON.parse(line)));
}

function ask(question: string): Answered {
  const run = cli(['ask', question, '--json']);
  // Exit 1 is "don't know"; anything else is a failure of the command.
  if (run.status !== 0 && run.status !== 1) throw new Error(`ask failed (${run.status}) for ${JSON.stringify(question)}: ${run.stderr}`);
  return answerSchema.parse(JSON.parse(run.stdout));
}

function report(set: string, questions: readonly Question[]): void {
  let answerable = 0;
  let found = 0;
  let withSource = 0;
  let sourceRight = 0;
  let withWords = 0;
  let wordsRight = 0;
  let unanswerable = 0;
  let dontKnow = 0;
  for (const q of questions) {
    const a = ask(q.question);
    const text = a.answer.map((s) => s.text).join(' ').toLowerCase();
    let ok: boolean;
    if (q.expect.found) {
      answerable++;
      if (a.found) found++;
      const sourceOk = q.expect.source === undefined || a.answer[0]?.source === q.expect.source;
      if (q.expect.source !== undefined) {
        withSource++;
        if (a.found && sourceOk) sourceRight++;
      }
      const wordsOk = (q.expect.contains ?? []).every((w) => text.includes(w.toLowerCase()));
      if (q.expect.contains?.length) {
        withWords++;
        if (a.found && wordsOk) wordsRight++;
      }
      ok = a.found && sourceOk && wordsOk;
    } else {
      unanswerable++;
      if (!a.found) dontKnow++;
      ok = !a.found;
    }
    if (SHOW || !ok) {
      const said = a.found ? a.answer.map((s) => `[${s.source}] ${s.text}`).join(' | ') : "I don't know";
      process.stdout.write(`  ${ok ? 'ok  ' : 'MISS'} ${q.question}\n       → ${said}\n`);
    }
  }
  const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`);
  process.stdout.write(
    [
      `${set}: ${questions.length} questions`,
      `  answer found (answerable):        ${pct(found, answerable)}`,
      `  cited source right (first cite):  ${pct(sourceRight, withSource)}`,
      `  expected words in the answer:     ${pct(wordsRight, withWords)}`,
      `  "don't know" (unanswerable):      ${pct(dontKnow, unanswerable)}`,
      '',
    ].join('\n'),
  );
}
