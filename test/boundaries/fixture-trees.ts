// Small trees laid out like the repo, written to a temp dir and checked with the real rule files.
// Each violating file breaks exactly one rule, so a test can name the rule it expects (and that no other reports it).

/** Relative path → source. */
export type Tree = Record<string, string>;

/** Stand-ins the violating files import (adapter, root and feature modules at their real paths). */
const targets: Tree = {
  'src/store/open-store.ts': 'export const openStore = (url: string): string => url;\n',
  'briefings/compose.ts': 'export const compose = (n: number): number => n + 1;\n',
  'commands/latest.ts': 'export const latest = (n: number): number => n;\n',
  'src/nlp/tokens.ts': 'export const tokens = (s: string): string[] => s.split(" ");\n',
  'src/clock.ts': 'export const systemClock = { now: (): Date => new Date() };\n',
  'src/util/abort.ts': 'export const abortableSleep = (ms: number): Promise<void> => new Promise((ok) => { setTimeout(ok, ms); });\n',
  'src/store/thing.port.ts': "export interface ThingStore { get(id: string): Promise<string | undefined> }\nexport const THING_PREFIX = 'thing:';\n",
  'briefings/summarize.ts': 'export const summarize = async (s: string): Promise<string> => Promise.resolve(s);\n',
};

/** One file per kind of violation: `file` must be reported by `tool` under `rule`. */
export const VIOLATIONS = [
  {
    tool: 'depcruise', rule: 'pure-core-no-adapter-module', file: 'src/nlp/uses-store.ts',
    source: "import { openStore } from '../store/open-store.js';\nexport const s = openStore('x');\n",
  },
  {
    tool: 'depcruise', rule: 'pure-core-no-adapter-package', file: 'src/nlp/uses-grammy.ts',
    source: 'import { Bot } from "grammy";\nexport const b = Bot;\n',
  },
  {
    tool: 'depcruise', rule: 'pure-core-no-adapter-package', file: 'briefings/render.ts',
    source: "import type { Api } from 'grammy';\nexport type Sender = Pick<Api, 'sendMessage'>;\n",
  },
  {
    tool: 'depcruise', rule: 'pure-core-no-node-io', file: 'src/people/reads-disk.ts',
    source: "import { readFileSync } from 'node:fs';\nexport const read = (p: string): string => readFileSync(p, 'utf8');\n",
  },
  {
    tool: 'depcruise', rule: 'pure-core-allowed-modules-only', file: 'src/nlp/uses-clock.ts',
    source: "import { systemClock } from '../clock.js';\nexport const today = (): string => systemClock.now().toISOString();\n",
  },
  {
    tool: 'depcruise', rule: 'pure-core-allowed-modules-only', file: 'src/render/uses-abort.ts',
    source: "import { abortableSleep } from '../util/abort.js';\nexport const pause = (): Promise<void> => abortableSleep(1);\n",
  },
  {
    // The impure briefings/ files are not pure core, even though briefings/** is.
    tool: 'depcruise', rule: 'pure-core-allowed-modules-only', file: 'briefings/select.ts',
    source: "import { summarize } from './summarize.js';\nexport const select = (s: string): Promise<string> => summarize(s);\n",
  },
  {
    // A shared module is held to the same rule, so what the pure core may import stays pure.
    tool: 'depcruise', rule: 'pure-core-allowed-modules-only', file: 'src/util/well-formed.ts',
    source: "import { systemClock } from '../clock.js';\nexport const stamp = (s: string): string => s + systemClock.now().toISOString();\n",
  },
  {
    tool: 'depcruise', rule: 'pure-core-ports-type-only', file: 'src/people/uses-port-value.ts',
    source: "import { THING_PREFIX } from '../store/thing.port.js';\nexport const key = (id: string): string => THING_PREFIX + id;\n",
  },
  {
    tool: 'depcruise', rule: 'pure-core-allowed-packages-only', file: 'src/nlp/joins-paths.ts',
    source: "import { join } from 'node:path';\nexport const under = (a: string, b: string): string => join(a, b);\n",
  },
  {
    tool: 'depcruise', rule: 'src-not-to-features', file: 'src/telegram/uses-command.ts',
    source: "import { latest } from '../../commands/latest.js';\nexport const handler = (): number => latest(1);\n",
  },
  {
    tool: 'depcruise', rule: 'src-not-to-features', file: 'src/delivery/digest-job.ts',
    source: "import { compose } from '../../briefings/compose.js';\nexport const job = (): number => compose(1);\n",
  },
  {
    tool: 'depcruise', rule: 'briefings-not-to-commands', file: 'briefings/digest-pipeline.ts',
    source: "import { latest } from '../commands/latest.js';\nexport const pipeline = (): number => latest(1);\n",
  },
  {
    tool: 'depcruise', rule: 'no-circular', file: 'src/util/cycle-a.ts',
    source: "import { b } from './cycle-b.js';\nexport const a = (): number => b() + 1;\n",
  },
  {
    tool: 'depcruise', rule: 'not-to-unresolvable', file: 'src/render/missing.ts',
    source: "import { gone } from './gone.js';\nexport const m = gone;\n",
  },
  {
    tool: 'eslint', rule: 'no-restricted-properties', file: 'src/nlp/times-itself.ts',
    source: 'export const elapsed = (start: number): number => performance.now() - start;\n',
  },
  {
    tool: 'eslint', rule: 'no-restricted-globals', file: 'src/nlp/reads-env.ts',
    source: "export const key = (): string | undefined => process.env['KEY'];\n",
  },
  {
    tool: 'eslint', rule: 'no-restricted-properties', file: 'briefings/rank.ts',
    source: 'export const age = (at: number): number => Date.now() - at;\n',
  },
  {
    tool: 'eslint', rule: 'no-restricted-syntax', file: 'src/render/today.ts',
    source: 'export const today = (): string => new Date().toISOString();\n',
  },
  {
    tool: 'eslint', rule: 'no-restricted-properties', file: 'src/delivery/pacer.ts',
    source: 'export const jitter = (ms: number): number => ms * Math.random();\n',
  },
  {
    tool: 'eslint', rule: 'no-restricted-globals', file: 'src/articles/clean-body.ts',
    source: 'export const later = (f: () => void): void => { setTimeout(f, 1); };\n',
  },
] as const;

/** Every violating file plus what they import. */
export const VIOLATING_TREE: Tree = {
  ...targets,
  'src/util/cycle-b.ts': "import { a } from './cycle-a.js';\nexport const b = (): number => (a.length > 0 ? 1 : 0);\n",
  ...Object.fromEntries(VIOLATIONS.map((v) => [v.file, v.source])),
};

/**
 * What the rule allows: a pure module with node:crypto and a port type, one with a shared schema (zod), the root
 * importing briefings/, an impure briefings file with a timer.
 */
export const CLEAN_TREE: Tree = {
  ...targets,
  'src/articles/record.ts': "import { z } from 'zod';\nexport const recordSchema = z.object({ id: z.string() });\n",
  'src/people/parse-record.ts': [
    "import { recordSchema } from '../articles/record.js';",
    'export const idOf = (json: unknown): string | undefined => recordSchema.safeParse(json).data?.id;',
    '',
  ].join('\n'),
  'src/nlp/hash.ts': [
    "import { createHash } from 'node:crypto';",
    "import type { ThingStore } from '../store/thing.port.js';",
    "import { tokens } from './tokens.js';",
    "export const hash = (s: string, at: Date): string => createHash('sha256').update(tokens(s).join() + at.toISOString()).digest('hex');",
    'export type Port = ThingStore;',
    '',
  ].join('\n'),
  'src/app.ts': "import { compose } from '../briefings/compose.js';\nexport const app = (): number => compose(2);\n",
  'briefings/briefing-service.ts': 'export const wait = (ms: number): Promise<void> => new Promise((ok) => { setTimeout(ok, ms); });\n',
};
