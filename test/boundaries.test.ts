// The pure core must not reach for adapters, the environment or the clock (DESIGN.md).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/util/project-root.js';

const root = projectRoot();
const PURE = [
  'src/nlp',
  'src/people',
  'src/render',
  'src/articles/clean.ts',
  'src/articles/build-record.ts',
  'briefings/compose.ts',
  'briefings/render.ts',
  'briefings/cluster.ts',
  'briefings/rank.ts',
  'briefings/personalize.ts',
  'src/delivery/local-time.ts',
  'src/delivery/schedule.ts',
  'src/delivery/pacer.ts',
];
const FORBIDDEN_IMPORTS = /from '(grammy|grammy\/.*|@grammyjs\/.*|keyv|@keyv\/.*|openai|node-cron|node:fs|node:http|node:net|pino)'/;
const FORBIDDEN_CALLS = /\bprocess\.|Date\.now\(\)|new Date\(\)|Math\.random\(\)/;

function files(path: string): string[] {
  const full = join(root, path);
  try {
    if (!statSync(full).isDirectory()) return [full];
  } catch {
    return [];
  }
  return readdirSync(full).flatMap((name) => files(join(path, name))).filter((f) => f.endsWith('.ts'));
}

describe('dependency rule', () => {
  const pureFiles = PURE.flatMap(files);
  it('should find the pure modules to check', () => {
    expect(pureFiles.length).toBeGreaterThan(10);
  });

  it.each(pureFiles.map((f) => [relative(root, f), f]))('%s imports no adapter and reads no clock or env', (_name, file) => {
    const source = readFileSync(file, 'utf8').replace(/^\s*(\/\/|\*).*$/gm, '');
    expect(source).not.toMatch(FORBIDDEN_IMPORTS);
    expect(source).not.toMatch(FORBIDDEN_CALLS);
  });
});
