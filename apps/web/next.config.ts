import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: ['@sixstep/api', '@sixstep/db', '@sixstep/domain'],
  // Native/wasm and worker-based packages must stay outside the bundle.
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', 'pino', 'nodemailer'],
  typedRoutes: false,
};

export default config;
