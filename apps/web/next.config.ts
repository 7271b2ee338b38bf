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
    // One-time links carry their token in the path: never send it on to another site.
    const noReferrer = [{ key: 'Referrer-Policy', value: 'no-referrer' }];
    return Promise.resolve([
      { source: '/:path*', headers: staticSecurityHeaders(process.env.NODE_ENV === 'production') },
      { source: '/invite/:token*', headers: noReferrer },
      { source: '/reset-password/:token*', headers: noReferrer },
      { source: '/confirm-email/:token*', headers: noReferrer },
    ]);
  },
};

export default config;
