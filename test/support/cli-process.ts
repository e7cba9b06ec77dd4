// Runs the real CLI (`newsbrief <args>`) as a child process through tsx on src/, the way an
// operator would, and collects its output lines.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../../src/util/project-root.js';

export interface CliProcess {
  child: ChildProcess;
  stdout: string[];
  stderr: string[];
  /** The exit code (null when killed) and the signal that killed it, if any. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startCli(args: readonly string[], env: Record<string, string>, cwd: string): CliProcess {
  const root = projectRoot();
  const loader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const child = spawn(process.execPath, ['--import', loader, join(root, 'src', 'run-cli.ts'), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout = collectLines(child.stdout);
  const stderr = collectLines(child.stderr);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout, stderr, exited };
}

function collectLines(stream: NodeJS.ReadableStream | null): string[] {
  const lines: string[] = [];
  let buffer = '';
  stream?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    lines.push(...parts);
  });
  stream?.on('end', () => buffer && lines.push(buffer));
  return lines;
}

/** The CLI ingest summary ("3 new, 1 duplicate, 0 failed"), read from its last stderr lines. */
export function ingestSummary(run: CliProcess): { stored: number; duplicates: number; failed: number } | undefined {
  for (const line of [...run.stderr].reverse()) {
    const m = /(\d+) new, (\d+) duplicate, (\d+) failed/.exec(line);
    if (m) return { stored: Number(m[1]), duplicates: Number(m[2]), failed: Number(m[3]) };
  }
  return undefined;
}
