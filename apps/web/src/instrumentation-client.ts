import { config } from 'zod/v4/core';

// Runs before the app's own code. Zod compiles object parsers with `new Function` when it may; our
// Content-Security-Policy forbids eval, so its probe was reported as a CSP violation (Lighthouse
// best practices). Interpreting the schemas instead costs nothing noticeable for forms this size.
config({ jitless: true });
