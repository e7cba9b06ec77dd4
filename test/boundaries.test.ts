// The layer rule (DESIGN.md "Layers") really fails: the real .dependency-cruiser.mjs and eslint.config.js run,
// through their APIs, on small trees laid out like the repo, each violating file breaking one rule.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BRIEFINGS_IMPURE, CHECKED_FOLDERS, PORTS, PURE_CORE, PURE_KEY_FILES, PURE_SHARED, globToRegex, globsToRegex,
} from '../layers.mjs';
import { projectRoot } from '../src/util/project-root.js';
import { CLEAN_TREE, VIOLATING_TREE, VIOLATIONS, type Tree } from './boundaries/fixture-trees.js';

const root = projectRoot();
const dirs: string[] = [];

/** Writes a tree into a fresh temp dir that resolves packages and types like the repo does. */
function writeTree(tree: Tree): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-boundaries-'));
  dirs.push(dir);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const tsconfig = { extends: join(root, 'tsconfig.json'), compilerOptions: { rootDir: '.' }, include: ['src', 'briefings', 'commands'] };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
  for (const [path, source] of Object.entries(tree)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  return dir;
}

async function depcruise(dir: string, folders = ['src', 'briefings']): Promise<{ rule: string; from: string; to: string }[]> {
  const options = await extractDepcruiseOptions(join(root, '.dependency-cruiser.mjs'));
  const tsConfig = extractTSConfig(join(dir, 'tsconfig.json'));
  const { output } = await cruise(folders, { ...options, baseDir: dir }, {}, { tsConfig });
  if (typeof output === 'string') throw new Error('expected a cruise result, got a report');
  return violationsOf(output);
}

function violationsOf(result: ICruiseResult) {
  return result.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

async function eslint(dir: string, patterns: readonly string[] = ['src', 'briefings']): Promise<{ rule: string | null; file: string }[]> {
  const linter = new ESLint({ cwd: dir, overrideConfigFile: join(root, 'eslint.config.js') });
  const results = await linter.lintFiles([...patterns]);
  return results.flatMap((r) => r.messages.map((m) => ({ rule: m.ruleId, file: relative(dir, r.filePath) })));
}

describe('layer rule', () => {
  let violating: { depcruise: Awaited<ReturnType<typeof depcruise>>; eslint: Awaited<ReturnType<typeof eslint>> };
  let clean: typeof violating;

  beforeAll(async () => {
    const bad = writeTree(VIOLATING_TREE);
    const good = writeTree(CLEAN_TREE);
    const [d1, e1, d2, e2] = await Promise.all([depcruise(bad), eslint(bad), depcruise(good), eslint(good)]);
    violating = { depcruise: d1, eslint: e1 };
    clean = { depcruise: d2, eslint: e2 };
  }, 60_000);

  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it.each(VIOLATIONS.map((v) => [v.file, v.tool, v.rule] as const))('when %s breaks the rule then %s reports %s', (file, tool, rule) => {
    const found = tool === 'depcruise' ? violating.depcruise.filter((v) => v.from === file) : violating.eslint.filter((m) => m.file === file);
    expect(found.map((f) => f.rule)).toContain(rule);
  });

  it('should report each violating import once, under its own rule', () => {
    const expected = VIOLATIONS.filter((v) => v.tool === 'depcruise').map((v): [string, string] => [v.file, v.rule]);
    const files = new Set(expected.map(([file]) => file));
    const reported = violating.depcruise.filter((v) => files.has(v.from)).map((v) => [v.from, v.rule]);
    expect(reported.sort()).toEqual(expected.sort());
  });

  it('when a tree keeps the rule then neither tool reports anything', () => {
    expect(clean.depcruise).toEqual([]);
    expect(clean.eslint).toEqual([]);
  });

  it('should report the cycle as a cycle through both files', () => {
    const cycles = violating.depcruise.filter((v) => v.rule === 'no-circular').map((v) => [v.from, v.to].sort());
    expect(cycles).toEqual([['src/util/cycle-a.ts', 'src/util/cycle-b.ts']]);
  });
});

// The old per-file scan, kept in `npm test`: the real pure core imports no adapter and reads no clock or env.
describe('the real pure core', () => {
  it('should import no adapter, Node I/O or root module', async () => {
    const found = await depcruise(root, [...CHECKED_FOLDERS]);
    expect(found.filter((v) => v.rule.startsWith('pure-core-'))).toEqual([]);
  }, 30_000);

  it('should read no clock, timer, randomness or process', async () => {
    const found = await eslint(root, [...PURE_CORE, ...PURE_SHARED]);
    expect(found.filter((m) => m.rule?.startsWith('no-restricted-'))).toEqual([]);
  }, 30_000);
});

describe('pure-core globs', () => {
  const pure = new RegExp(globsToRegex(PURE_CORE));
  const impure = new RegExp(globsToRegex(BRIEFINGS_IMPURE));

  it.each(PURE_KEY_FILES)('should still cover %s, and the file should exist', (file) => {
    expect(existsSync(join(root, file))).toBe(true);
    expect(pure.test(file) && !impure.test(file)).toBe(true);
  });

  it.each(PURE_CORE)('should match at least one file of the tree with %s', (glob) => {
    const re = new RegExp(globToRegex(glob));
    expect(filesUnder(root, glob.split('/')[0]!).some((f) => re.test(f))).toBe(true);
  });

  it.each([...PURE_SHARED, ...PORTS])('should allow %s only while the allow-list entry names a file of the tree', (glob) => {
    const re = new RegExp(globToRegex(glob));
    expect(CHECKED_FOLDERS.flatMap((dir) => filesUnder(root, dir)).some((f) => re.test(f))).toBe(true);
  });

  it('should translate globs the way the tools read them', () => {
    const re = new RegExp(globToRegex('src/delivery/{local-time,pacer}.ts'));
    expect(['src/delivery/pacer.ts', 'src/delivery/pacerXts', 'src/delivery/x/pacer.ts'].map((f) => re.test(f))).toEqual([true, false, false]);
    expect(new RegExp(globToRegex('src/nlp/**/*.ts')).test('src/nlp/a/b.ts')).toBe(true);
    expect(new RegExp(globToRegex('src/nlp/**/*.ts')).test('src/nlpx/b.ts')).toBe(false);
  });
});

function filesUnder(base: string, dir: string): string[] {
  return readdirSync(join(base, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(base, join(dir, e.name)) : [join(dir, e.name)],
  );
}
