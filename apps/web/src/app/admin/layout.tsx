import type { ReactNode } from 'react';
import { requireRole } from '@/server/require-role';
import { ApiProvider } from '@/trpc/client';

export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireRole('admin');
  return <ApiProvider>{children}</ApiProvider>;
}
