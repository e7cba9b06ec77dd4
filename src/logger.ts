// pino to stderr, so CLI output on stdout (JSON lines, replies) stays clean.
// Errors are serialized with the token scrubbed: grammY's HttpError wraps node-fetch's error,
// whose message and stack carry the request URL …/bot<TOKEN>/method.
import { pino, stdSerializers, type Logger } from 'pino';

export type { Logger };

/** A bot token in a Bot API URL path (`/bot123:abc…/`) or on its own. */
const TOKEN_PATTERN = /\b(bot)?\d{3,}:[A-Za-z0-9_-]{20,}/g;

/** Replaces bot tokens (any, and the given secrets exactly) in a string. */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(TOKEN_PATTERN, (_m, bot: string | undefined) => `${bot ?? ''}<redacted>`);
  for (const secret of secrets) if (secret.length >= 8) out = out.split(secret).join('<redacted>');
  return out;
}

/** Deep-copies a serialized value, scrubbing every string in it (message, stack, nested cause…). */
function scrub(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === 'string') return redactSecrets(value, secrets);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrub(v, secrets, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, secrets, depth + 1)]));
}

/** pino's error serializer (which follows `cause` and nested errors), then scrubbed. */
export function redactingErrSerializer(secrets: readonly string[] = []): (err: unknown) => unknown {
  return (err) => scrub(err instanceof Error ? stdSerializers.err(err) : err, secrets);
}

/** `secrets`: strings scrubbed from errors besides anything token-shaped (the configured token). */
export function createLogger(level: string, options: { secrets?: readonly string[]; destination?: { write(line: string): void } } = {}): Logger {
  const err = redactingErrSerializer(options.secrets ?? []);
  return pino(
    {
      level,
      redact: { paths: ['token', '*.token', 'apiKey', '*.apiKey'], censor: '[redacted]' },
      serializers: { err, error: err, cause: err },
    },
    options.destination ?? pino.destination(2),
  );
}

/** A logger that drops everything (tests). */
export const silentLogger: Logger = pino({ level: 'silent' });
