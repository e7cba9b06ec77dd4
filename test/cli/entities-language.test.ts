// `newsbrief entities --jsonl` takes an optional "language" per line; without it the language is detected.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { projectRoot } from '../../src/util/project-root.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-entities-lang-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const outLine = z.object({ id: z.union([z.string(), z.number()]), entities: z.array(z.object({ type: z.string(), text: z.string() })) });

describe('newsbrief entities --jsonl with languages', () => {
  it('when lines carry German and Russian text then titles and capitalised nouns are handled per language', () => {
    const file = join(dir, 'docs.jsonl');
    const lines = [
      { id: 'de', language: 'de', text: 'Die Opposition protestierte. Bundeskanzler Friedrich Merz sagte, das Paket komme.' },
      { id: 'ru', text: 'Президент Александр Лукашенко прибыл в Минск. Лукашенко заявил о переговорах.' },
    ];
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
    const root = projectRoot();
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'run-cli.ts'), 'entities', '--jsonl', file], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', STORE_URL: 'memory://' },
    });
    const got = out.trim().split('\n').map((l) => outLine.parse(JSON.parse(l)));
    const people = (id: string) => got.find((l) => l.id === id)!.entities.filter((e) => e.type === 'PERSON').map((e) => e.text);
    expect(people('de')).toEqual(['Friedrich Merz']);
    expect(people('ru')).toEqual(['Александр Лукашенко', 'Лукашенко']);
  }, 30_000);
});
