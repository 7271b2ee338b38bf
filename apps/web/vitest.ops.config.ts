import { defineConfig } from 'vitest/config';

/**
 * Operations tests (ops/): production servers on PostgreSQL started, killed and restarted by the
 * tests themselves. Run after the journeys (see package.json), one file at a time, so servers
 * never compete for the two cores.
 */
export default defineConfig({
  test: {
    include: ['ops/**/*.ops.test.ts'],
    globalSetup: ['../../tooling/runtime-banner.ts'],
    fileParallelism: false,
    // Real servers on a shared 2-core machine: be patient.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
});
