import type { NextConfig } from 'next';
import { staticSecurityHeaders } from './src/server/security-headers';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Separate build folders let several servers (tests, parallel work) run from one checkout.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  transpilePackages: ['@sixstep/api', '@sixstep/db', '@sixstep/domain'],
  // Native/wasm and worker-based packages must stay outside the bundle.
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', 'pino', 'nodemailer'],
  headers() {
    return Promise.resolve([
      { source: '/:path*', headers: staticSecurityHeaders(process.env.NODE_ENV === 'production') },
    ]);
  },
};

export default config;
