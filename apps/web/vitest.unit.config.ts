import { defineConfig } from 'vitest/config';

/** Unit tests of the web app's own modules (form schemas against the API's), no server, no browser. */
export default defineConfig({
  test: { include: ['src/**/*.test.ts'] },
});
