import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Separate build folders let several servers (tests, parallel work) run from one checkout.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  transpilePackages: ['@sixstep/api', '@sixstep/db', '@sixstep/domain'],
  // Native/wasm and worker-based packages must stay outside the bundle.
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', 'pino', 'nodemailer'],
  typedRoutes: false,
};

export default config;
