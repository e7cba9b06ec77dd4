// Summaries of the shared Multi-News events through the CLI (`newsbrief summarize --jsonl FILE --words 80`), scored
// with ROUGE (score.mjs, 80-word budget) next to Lead-3; the same with only each event's first article (the
// single-document case); and how many summaries hold web-page boilerplate, by a detector of its own (below), not
// the summariser's filter. Also the two halves of the data (even/odd lines) apart, so a gap shows.
// Usage: npx tsx eval/summarization.ts   (EVAL_DATA overrides /work/shared/eval)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const evalDir = process.env['EVAL_DATA'] ?? '/work/shared/eval';
const docsPath = join(evalDir, 'summarization', 'multinews-validation.jsonl');
const refPath = join(evalDir, 'summarization', 'multinews-validation-ref.jsonl');
const scorer = join(evalDir, 'score.mjs');
const WORDS = 80;
const repoRoot = join(import.meta.dirname, '..');

// Kinds of boilerplate, written apart from the summariser's filter so it can't grade itself: embedded-tweet and
// location notices, web-archive crawl notices, share/sign-up/subscribe prompts, picture credits and captions,
// ads and page furniture, web addresses.
const BOILERPLATE: readonly RegExp[] = [
  /tweet with a location|location (?:information )?to your tweets|tweet location history/i,
  /wayback|internet archive|\bcrawl(?:s|ed|er)?\b(?! to a)|robots\.txt|seed ?list/i,
  /\bshare (?:this|tweet|on|via)\b|^share\b|\bpin email\b|\bsign(?:ing)? up (?:for|to|now)\b|\bnewsletter\b|\bsubscribe (?:to|now)\b|invalid email|not a robot|mailing list/i,
  /\((?:photo|image|credit)s?:|getty images|\bap photo\b|\bphoto (?:by|credit|courtesy)\b|\bfile photo\b|\bin this [^.]{0,60}\bphoto\b/i,
  /^advertisement|story continue[sd] below|continue reading|enable javascript|text size|click here|follow us on|all rights reserved|©/i,
  /https?:\/\/|\bwww\./i,
];
const hasBoilerplate = (summary: string) => BOILERPLATE.some((re) => re.test(summary));

interface Event {
  id: string;
  documents: string[];
}

if (!existsSync(docsPath)) {
  console.log(`${docsPath} not found, skipped`);
  process.exit(0);
}
const lines = readFileSync(docsPath, 'utf8').split('\n').filter((line) => line.trim());
const events = lines.map((line) => JSON.parse(line) as Event);
const refs = readFileSync(refPath, 'utf8').split('\n').filter((line) => line.trim());
const work = mkdtempSync(join(tmpdir(), 'newsbrief-summarization-'));

/** Runs the CLI on the events, returns {id, summary} lines as text, and how long it took. */
function summarize(name: string, input: readonly Event[]): { pred: string; ms: number } {
  const inPath = join(work, `${name}-in.jsonl`);
  writeFileSync(inPath, input.map((e) => JSON.stringify(e)).join('\n') + '\n');
  const started = performance.now();
  const pred = execFileSync('node', ['--import', 'tsx', 'src/run-cli.ts', 'summarize', '--jsonl', inPath, '--words', String(WORDS)], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { pred, ms: performance.now() - started };
}

function rouge(pred: string, refLines: readonly string[], name: string): string {
  const predPath = join(work, `${name}-pred.jsonl`);
  const refFile = join(work, `${name}-ref.jsonl`);
  writeFileSync(predPath, pred);
  writeFileSync(refFile, refLines.join('\n') + '\n');
  return execFileSync('node', [scorer, 'rouge', '--ref', refFile, '--pred', predPath, '--words', String(WORDS)], { encoding: 'utf8' }).trim();
}

const half = <T>(xs: readonly T[], parity: number) => xs.filter((_, i) => i % 2 === parity);
const predLines = (pred: string) => pred.split('\n').filter((l) => l.trim());

const multi = summarize('multi', events);
const lead3 = execFileSync('node', [scorer, 'lead', '--docs', docsPath, '--words', String(WORDS)], { encoding: 'utf8' });
console.log(`Multi-News: ${events.length} events summarised through the CLI in ${multi.ms.toFixed(0)} ms (a lead ≤ 35 words and ≤ 2 short sentences, cut at ${WORDS} words)`);
console.log('  extractive (support + centrality + position):', rouge(multi.pred, refs, 'multi'));
console.log('    even lines:', rouge(half(predLines(multi.pred), 0).join('\n') + '\n', half(refs, 0), 'multi-even'));
console.log('    odd lines: ', rouge(half(predLines(multi.pred), 1).join('\n') + '\n', half(refs, 1), 'multi-odd'));
console.log('  anchor Lead-3 of the first article:         ', rouge(lead3, refs, 'lead3'));
const single = summarize('single', events.map((e) => ({ id: e.id, documents: e.documents.slice(0, 1) })));
console.log('Single document (each event\'s first article only, same references):');
console.log('  extractive (the cleaned lead):              ', rouge(single.pred, refs, 'single'));
console.log('  anchor Lead-3 (the same article):           ', rouge(lead3, refs, 'lead3'));
for (const [name, pred] of [['multi-document', multi.pred], ['single-document', single.pred]] as const) {
  const summaries = predLines(pred).map((l) => (JSON.parse(l) as { id: string; summary?: string }));
  const bad = summaries.filter((s) => hasBoilerplate(s.summary ?? ''));
  console.log(`Boilerplate (${name}): ${bad.length} of ${summaries.length} summaries${bad.length ? `: ${bad.slice(0, 5).map((s) => s.id).join(', ')}` : ''}`);
}
