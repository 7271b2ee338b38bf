import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['../../tooling/runtime-banner.ts', 'e2e/support/global-setup.ts'],
    // One server and one database for the run; each journey makes its own accounts and data
    // (e2e/support/api.ts), so any order works. One file at a time: they share two cores.
    fileParallelism: false,
    // A real browser against a real server on a shared 2-core machine: be patient.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    // expect.poll gives up after 1 s by default: a loaded machine renders a page slower than that.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
