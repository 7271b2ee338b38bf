import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { auth } from '@/auth';
import { SiteHeader } from '@/components/site-header';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Sixstep', template: '%s · Sixstep' },
  description: 'Coaching for the six-step back-toning and fat-loss program.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const session = await auth();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader user={session?.user ?? null} />
        {/* The tRPC/React Query provider is mounted only by the areas that query from the browser. */}
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
