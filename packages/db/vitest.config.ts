import { defineConfig } from 'vitest/config';
import { engineProjects } from '../../tooling/vitest-engines.ts';

export default defineConfig({
  test: {
    globalSetup: ['../../tooling/runtime-banner.ts'],
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file opens its own database; two cores cannot run many at once.
    maxWorkers: 2,
    projects: engineProjects(),
  },
});
