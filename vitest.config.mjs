import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Checks REDIS_URL / DATABASE_URL and prints which store backends the run covers.
    globalSetup: ['test/support/backend-coverage.ts'],
  },
});
