import type { ReactNode } from 'react';
import { requireRole } from '@/server/require-role';
import { ApiProvider } from '@/trpc/client';

/** The whole coach area is for coaches only; checked on the server for every page below. */
export default async function CoachLayout({ children }: { children: ReactNode }) {
  await requireRole('coach');
  return <ApiProvider>{children}</ApiProvider>;
}
