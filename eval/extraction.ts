// Extraction evaluation: extractPage over ../shared/eval/extraction (88 news pages), scored with the shared
// scorer (4-word-shingle F1), next to the published anchors; then each step turned off, and the speed.
// Usage: npx tsx eval/extraction.ts   (EVAL_DATA=<dir> overrides ../shared/eval)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractPage, type ExtractSteps } from '../src/sources/extract-page.js';

const ANCHORS = { trafilatura: 0.958, 'Readability.js': 0.951, newspaper: 0.961 };
const BAR = 0.96;
const NOW = new Date('2026-01-01T00:00:00Z');

interface Page { id: string; html: string; url?: string }
interface Score { precision: number; recall: number; f1: number }

function loadPages(dir: string): Page[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
  return readdirSync(join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => {
      const id = f.replace(/\.html\.gz$/, '');
      const url = truth[id]?.url;
      return { id, html: gunzipSync(readFileSync(join(dir, 'html', f))).toString('utf8'), ...(url ? { url } : {}) };
    });
}

/** The article body as the benchmark stores it: title excluded, paragraphs separated by blank lines. */
function predict(pages: readonly Page[], steps?: ExtractSteps): Record<string, { articleBody: string }> {
  const pred: Record<string, { articleBody: string }> = {};
  for (const p of pages) {
    const out = extractPage(p.html, { now: NOW, ...(p.url ? { url: p.url } : {}) }, steps);
    pred[p.id] = { articleBody: out.ok ? out.article.paragraphs.join('\n\n') : '' };
  }
  return pred;
}

/** The same pages through the real `newsbrief extract --jsonl` process: the figure the operator's command gets. */
function predictViaCli(root: string, pages: readonly Page[]): Record<string, { articleBody: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'extraction-cli-'));
  const file = join(dir, 'pages.jsonl');
  writeFileSync(file, pages.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const loader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const run = spawnSync(process.execPath, ['--import', loader, join(root, 'src', 'run-cli.ts'), 'extract', '--jsonl', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, MAX_ARTICLE_BYTES: String(16 * 1024 * 1024), STORE_URL: `sqlite://${join(dir, 's.sqlite')}`, LOG_LEVEL: 'warn' },
  });
  const pred: Record<string, { articleBody: string }> = {};
  for (const line of run.stdout.split('\n').filter(Boolean)) {
    const out = JSON.parse(line) as { id: string; paragraphs?: string[] };
    pred[out.id] = { articleBody: (out.paragraphs ?? []).join('\n\n') };
  }
  return pred;
}

export function scorePredictions(evalDir: string, pred: Record<string, { articleBody: string }>): Score {
  const file = join(mkdtempSync(join(tmpdir(), 'extraction-eval-')), 'pred.json');
  writeFileSync(file, JSON.stringify(pred));
  const truth = join(evalDir, 'extraction', 'ground-truth.json');
  const out = execFileSync('node', [join(evalDir, 'score.mjs'), 'extraction', '--truth', truth, '--pred', file], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Score;
}

function timing(pages: readonly Page[]) {
  const ms: number[] = [];
  const cpu0 = process.cpuUsage();
  for (const p of pages) {
    const t = performance.now();
    extractPage(p.html, { now: NOW, ...(p.url ? { url: p.url } : {}) });
    ms.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  ms.sort((a, b) => a - b);
  const at = (q: number) => +(ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0).toFixed(1);
  return { p50_ms: at(0.5), p99_ms: at(0.99), pages_per_cpu_s: Math.round(pages.length / ((cpu.user + cpu.system) / 1e6)) };
}

export function runExtractionEval(evalDir: string, root: string): { f1: number; passed: boolean } {
  const pages = loadPages(join(evalDir, 'extraction'));
  const full = scorePredictions(evalDir, predictViaCli(root, pages));
  console.log(`extraction F1 ${full.f1} (P ${full.precision}, R ${full.recall}) on ${pages.length} pages via \`newsbrief extract --jsonl\`; bar ${BAR}`);
  const inProcess = scorePredictions(evalDir, predict(pages));
  if (inProcess.f1 !== full.f1) console.log(`(in-process extractPage scores ${inProcess.f1}: the CLI and the function disagree)`);
  console.log(`anchors: ${Object.entries(ANCHORS).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const off: [string, Partial<ExtractSteps>][] = [['captions', { captions: false }], ['link teasers', { links: false }], ['cleaner', { clean: false }]];
  const bare = scorePredictions(evalDir, predict(pages, { captions: false, links: false, clean: false }));
  console.log(`Readability + paragraph splitting only (every step off): F1 ${bare.f1}`);
  for (const [name, change] of off) {
    const s = scorePredictions(evalDir, predict(pages, { captions: true, links: true, clean: true, ...change }));
    console.log(`without ${name.padEnd(12)} F1 ${s.f1} (step gain ${(full.f1 - s.f1).toFixed(4)})`);
  }
  predict(pages); // warm-up: JIT and the cleaner's lazily built tables
  const speed = timing(pages);
  console.log(JSON.stringify({ eval: 'extraction', pages: pages.length, ...full, ...speed }));
  return { f1: full.f1, passed: full.f1 >= BAR };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const evalDir = resolve(process.env['EVAL_DATA'] ?? join(root, '..', 'shared', 'eval'));
  process.exitCode = runExtractionEval(evalDir, root).passed ? 0 : 1;
}
