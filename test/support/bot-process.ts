// Runs the real entry point (`newsbrief start`) as a child process, the way an operator would,
// pointed at the local Bot API stand-in. Logs (pino JSON on stderr) are collected for assertions.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../../src/util/project-root.js';

export const E2E_TOKEN = '123456:E2E-token-for-the-local-stand-in-abcdef';

export interface BotProcess {
  child: ChildProcess;
  dir: string;
  logs: Record<string, unknown>[];
  /** Everything the process wrote, as text (to check what must never appear, e.g. the token). */
  output(): { stdout: string; stderr: string };
  /** Resolves with the first log line matching, past or future. */
  waitForLog(predicate: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  exited: Promise<number | null>;
}

export interface BotProcessOptions {
  /** Run under `ulimit -n` (file descriptors), as on a default Linux host (1024). */
  fdLimit?: number;
}

export function startBotProcess(env: Record<string, string>, options: BotProcessOptions = {}): BotProcess {
  const root = projectRoot();
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-e2e-'));
  const loader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const argv = [process.execPath, '--import', loader, join(root, 'src', 'run-cli.ts'), 'start'];
  const [command, ...args] = options.fdLimit
    ? ['/bin/sh', '-c', `ulimit -n ${options.fdLimit} && exec "$@"`, 'sh', ...argv]
    : argv;
  const child = spawn(command!, args, {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      TELEGRAM_BOT_TOKEN: E2E_TOKEN,
      STORE_URL: `sqlite://${join(dir, 'store.sqlite')}`,
      INBOX_DIR: join(dir, 'inbox'),
      LOG_LEVEL: 'debug',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  const waiters: { predicate: (l: Record<string, unknown>) => boolean; resolve: (l: Record<string, unknown>) => void }[] = [];
  let buffer = '';
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
    buffer += chunk.toString('utf8');
    let newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(line) as Record<string, unknown>;
      } catch {
        parsed = { msg: line, raw: true };
      }
      logs.push(parsed);
      for (const w of waiters.slice()) {
        if (!w.predicate(parsed)) continue;
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(parsed);
      }
    }
  });
  child.stdout?.on('data', (chunk: Buffer) => void (stdout += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then(() => rmSync(dir, { recursive: true, force: true }));
  return {
    child,
    dir,
    logs,
    output: () => ({ stdout, stderr }),
    exited,
    waitForLog(predicate, timeoutMs = 15_000) {
      const seen = logs.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no matching log line in ${timeoutMs} ms; last lines:\n${logs.slice(-8).map((l) => JSON.stringify(l)).join('\n')}`)),
          timeoutMs,
        );
        waiters.push({ predicate, resolve: (l) => (clearTimeout(timer), resolve(l)) });
      });
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

export const started = (line: Record<string, unknown>) => typeof line.msg === 'string' && line.msg.startsWith('bot started');
