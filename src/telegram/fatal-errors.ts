// The one line (and exit code) an operator gets when the bot can't start or can't go on:
// a rejected token, another instance polling, a Bot API that stays unreachable. Never a stack
// trace, never the token.
import { GrammyError } from 'grammy';
import { redactSecrets } from '../logger.js';

export interface FatalLine {
  line: string;
  /** 2: configuration (the token); 1: anything else. */
  exitCode: 1 | 2;
}

export const TOKEN_REJECTED = 'Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized): get a new token from @BotFather';

/** For an error Telegram answered with (the caller handles network trouble and timeouts). */
export function explainTelegramRefusal(error: unknown): FatalLine {
  if (error instanceof GrammyError) {
    if (error.error_code === 401) return { line: TOKEN_REJECTED, exitCode: 2 };
    if (error.error_code === 409) {
      return { line: `newsbrief: Telegram says another bot instance uses this token (409 ${error.description}); stop it first`, exitCode: 1 };
    }
    if (error.error_code === 404) {
      return { line: `newsbrief: Telegram answered 404 to ${error.method}: check TELEGRAM_API_ROOT and TELEGRAM_BOT_TOKEN`, exitCode: 2 };
    }
    return { line: `newsbrief: Telegram refused ${error.method} (${error.error_code} ${error.description})`, exitCode: 1 };
  }
  return { line: `newsbrief: Telegram failed: ${redactSecrets(error instanceof Error ? error.message : String(error))}`, exitCode: 1 };
}

/** A local listen() failure (the webhook or health port), which is not Telegram's doing. */
export function listenFailure(error: unknown): FatalLine | undefined {
  const e = error as { syscall?: unknown; code?: unknown; port?: unknown } | undefined;
  if (!e || e.syscall !== 'listen') return undefined;
  const why = e.code === 'EADDRINUSE' ? 'it is in use by another process' : e.code === 'EACCES' ? 'permission denied' : String(e.code);
  return { line: `newsbrief: cannot listen on port ${String(e.port)}: ${why} (check PORT / HEALTH_PORT)`, exitCode: 2 };
}

export function unreachableLine(apiRoot: string, seconds: number, lastFailure: string | undefined): FatalLine {
  return {
    line:
      `newsbrief: cannot reach the Telegram Bot API at ${apiRoot} within ${seconds} s` +
      `${lastFailure ? ` (${lastFailure})` : ''}; giving up. Check the network and TELEGRAM_API_ROOT (STARTUP_TIMEOUT_SECONDS sets how long to try).`,
    exitCode: 1,
  };
}
