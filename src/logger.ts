// pino to stderr, so CLI output on stdout (JSON lines, replies) stays clean.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino(
    { level, redact: { paths: ['token', '*.token', 'apiKey', '*.apiKey'], censor: '[redacted]' } },
    pino.destination(2),
  );
}

/** A logger that drops everything (tests). */
export const silentLogger: Logger = pino({ level: 'silent' });
