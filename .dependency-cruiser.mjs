// Layer rule, checked by `npm run boundaries` (DESIGN.md "Layers"; the globs live in layers.mjs).
// Type-only imports count too: a pure module that needs an adapter's type should take a port instead.
import {
  ADAPTER_MODULES, ADAPTER_PACKAGES, BRIEFINGS_IMPURE, COMPOSITION_ROOT, NODE_IO_BUILTINS, PURE_CORE,
  globsToRegex,
} from './layers.mjs';

const pure = { path: globsToRegex(PURE_CORE), pathNot: globsToRegex(BRIEFINGS_IMPURE) };
const builtins = NODE_IO_BUILTINS.map((name) => name.replace('/', '\\/')).join('|');
const adapterPackages = ADAPTER_PACKAGES.map((name) => name.replace('/*', '/[^/]+')).join('|');

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'pure-core-no-adapter-package',
      comment: 'The pure core takes data as arguments: no grammY, keyv, OpenAI, node-cron, pino, HTTP or queue client.',
      severity: 'error',
      from: pure,
      to: { path: `(?:^|/)node_modules/(?:${adapterPackages})/` },
    },
    {
      name: 'pure-core-no-node-io',
      comment: 'The pure core does no I/O and reads no process state; node:crypto and other pure builtins are fine.',
      severity: 'error',
      from: pure,
      to: { dependencyTypes: ['core'], path: `^(?:node:)?(?:${builtins})$` },
    },
    {
      name: 'pure-core-no-adapter-module',
      comment: 'The pure core may not import adapters or the composition root in src/ (ports are fine).',
      severity: 'error',
      from: pure,
      to: { path: globsToRegex(ADAPTER_MODULES), pathNot: pure.path },
    },
    {
      name: 'src-not-to-features',
      comment: 'src/ may import commands/ or briefings/ only in the composition root (src/app.ts, src/main.ts, src/cli*).',
      severity: 'error',
      from: { path: '^src/', pathNot: globsToRegex(COMPOSITION_ROOT) },
      to: { path: '^(?:commands|briefings)/' },
    },
    {
      name: 'briefings-not-to-commands',
      comment: 'commands/ use briefings/ (the digest), never the other way round: a briefing knows no chat command.',
      severity: 'error',
      from: { path: '^briefings/' },
      to: { path: '^commands/' },
    },
    {
      name: 'no-circular',
      comment: 'Layers point one way: no import cycles, type-only ones included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import must resolve to a file or an installed package.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
