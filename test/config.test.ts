import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.js';

describe('config', () => {
  it('should apply documented defaults to an empty environment', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ STORE_URL: 'sqlite://data/newsbrief.sqlite', DIGEST_TIME: '08:00', DEFAULT_TZ: 'UTC', storeUrlFromEnv: false });
    expect(config.TELEGRAM_BOT_TOKEN).toBeUndefined();
  });

  it('when several values are bad then it reports one line per problem', () => {
    try {
      parseConfig({ DIGEST_TIME: '25:00', DEFAULT_TZ: 'Mars/Olympus', STORE_URL: 'ftp://x', OPENAI_TIMEOUT_MS: '-5', TELEGRAM_BOT_TOKEN: 'nope', INBOX_SCHEDULE: 'often' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(6);
      expect(problems.join('\n')).toMatch(/DIGEST_TIME: must be a 24-hour time/);
      expect(problems.join('\n')).toMatch(/DEFAULT_TZ: must be an IANA time zone/);
      expect(problems.join('\n')).toMatch(/TELEGRAM_BOT_TOKEN: .*@BotFather/);
    }
  });

  it('should treat empty strings as unset', () => {
    expect(parseConfig({ OPENAI_API_KEY: '', STORE_URL: '  ' }).OPENAI_API_KEY).toBeUndefined();
  });
});
