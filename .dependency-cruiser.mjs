// Layer rule, checked by `npm run boundaries` (DESIGN.md "Layers"; the globs live in layers.mjs).
// Type-only imports count too: a pure module that needs an adapter's type should take a port instead.
import {
  ADAPTER_MODULES, ADAPTER_PACKAGES, BRIEFINGS_IMPURE, COMPOSITION_ROOT, NODE_IO_BUILTINS, PORTS, PURE_BUILTINS,
  PURE_CORE, PURE_PACKAGES, PURE_SHARED, globsToRegex,
} from './layers.mjs';

const builtinsRegex = (names) => `^(?:node:)?(?:${names.map((name) => name.replace('/', '\\/')).join('|')})$`;
const packagesRegex = (names) => `(?:^|/)node_modules/(?:${names.map((name) => name.replace('/*', '/[^/]+')).join('|')})/`;

/** Pure-core files: a PURE_CORE glob and no BRIEFINGS_IMPURE one (the lookahead keeps it one regex). */
const pureCore = `^(?!${globsToRegex(BRIEFINGS_IMPURE)})(?:${globsToRegex(PURE_CORE)})`;
/** Held to the pure rules: the core and the shared modules it may import, so the allow-list stays closed. */
const pure = { path: `${pureCore}|${globsToRegex(PURE_SHARED)}` };
const ports = globsToRegex(PORTS);
const adapterModules = globsToRegex(ADAPTER_MODULES);
const adapterPackages = packagesRegex(ADAPTER_PACKAGES);
const nodeIo = builtinsRegex(NODE_IO_BUILTINS);
const npmOrCore = ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'npm-no-pkg', 'npm-unknown', 'core'];

/**
 * The pure core's rules. The first three name the usual mistakes; the allow-list rules catch everything
 * else and leave those to them, so each import is reported once, under its most specific rule.
 * @type {import('dependency-cruiser').IForbiddenRuleType[]}
 */
const pureCoreRules = [
  {
    name: 'pure-core-no-adapter-package',
    comment: 'The pure core takes data as arguments: no grammY, keyv, OpenAI, node-cron, pino, HTTP or queue client.',
    severity: 'error',
    from: pure,
    to: { path: adapterPackages },
  },
  {
    name: 'pure-core-no-node-io',
    comment: 'The pure core does no I/O and reads no process state (the builtins it may use: PURE_BUILTINS).',
    severity: 'error',
    from: pure,
    to: { dependencyTypes: ['core'], path: nodeIo },
  },
  {
    name: 'pure-core-no-adapter-module',
    comment: 'The pure core may not import adapters or the composition root in src/ (ports are fine).',
    severity: 'error',
    from: pure,
    to: { path: adapterModules, pathNot: pure.path },
  },
  {
    name: 'pure-core-allowed-modules-only',
    comment: 'The pure core imports only pure-core files, PURE_SHARED and PORTS (layers.mjs): no clock, timer, process or sender.',
    severity: 'error',
    from: pure,
    to: { dependencyTypesNot: npmOrCore, couldNotResolve: false, pathNot: `${pure.path}|${ports}|${adapterModules}` },
  },
  {
    name: 'pure-core-ports-type-only',
    comment: 'The pure core is handed a port\'s implementation, so it needs the port\'s type only (`import type`).',
    severity: 'error',
    from: pure,
    to: { path: ports, pathNot: pure.path, dependencyTypesNot: ['type-only'] },
  },
  {
    name: 'pure-core-allowed-packages-only',
    comment: 'The pure core imports only PURE_PACKAGES and PURE_BUILTINS (layers.mjs): zod, node:crypto.',
    severity: 'error',
    from: pure,
    to: {
      dependencyTypes: npmOrCore,
      pathNot: `${packagesRegex(PURE_PACKAGES)}|${builtinsRegex(PURE_BUILTINS)}|${adapterPackages}|${nodeIo}`,
    },
  },
];

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    ...pureCoreRules,
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
