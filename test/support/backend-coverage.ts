// vitest globalSetup: a shared server named in REDIS_URL / DATABASE_URL must answer (a typo or a stopped server
// fails the run loudly, never skips), and a run without them says in one line which backends it did not cover.
import pg from 'pg';
import { createClient } from '@keyv/redis';

export default async function backendCoverage(): Promise<void> {
  const redisUrl = process.env['REDIS_URL'];
  const databaseUrl = process.env['DATABASE_URL'];
  if (redisUrl) {
    const client = createClient({ url: redisUrl, socket: { connectTimeout: 3000, reconnectStrategy: false } });
    try {
      await client.connect();
      await client.ping();
    } catch (error) {
      throw new Error(`REDIS_URL=${redisUrl} does not answer (${(error as Error).message}); start Redis or unset REDIS_URL`, { cause: error });
    } finally {
      await client.close().catch(() => undefined);
    }
  }
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
    } catch (error) {
      throw new Error(`DATABASE_URL=${databaseUrl} does not answer (${(error as Error).message}); start PostgreSQL or unset DATABASE_URL`, { cause: error });
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  const missing = [
    ...(redisUrl ? [] : ['redis (set REDIS_URL=redis://127.0.0.1:6379)']),
    ...(databaseUrl ? [] : ['postgres (set DATABASE_URL=postgres://postgres@127.0.0.1:5432/test)']),
  ];
  if (missing.length > 0) console.log(`store backends not covered: ${missing.join(', ')}; sqlite covered`);
  else console.log('store backends covered: sqlite, redis, postgres');
}
