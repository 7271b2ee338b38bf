import type { $ZodConfig } from 'zod/v4/core';

// Runs before the app's own code. Zod compiles object parsers with `new Function` when it may; our
// Content-Security-Policy forbids eval, so its probe was reported as a CSP violation (Lighthouse
// best practices). Zod reads its configuration from this global when it loads; setting it here
// rather than through z.config() keeps zod out of pages that never use it (≈ 5 kB gzip each).
(globalThis as { __zod_globalConfig?: $ZodConfig }).__zod_globalConfig = { jitless: true };
