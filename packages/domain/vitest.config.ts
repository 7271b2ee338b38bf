import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['../../tooling/runtime-banner.ts'],
    include: ['test/**/*.test.ts'],
  },
});
