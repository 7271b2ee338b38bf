import type { Metadata } from 'next';
import { CoachAccounts } from '@/components/admin/coach-accounts';

export const metadata: Metadata = { title: 'Coaches' };

export default function CoachesPage() {
  return (
    <>
      <h1>Coach accounts</h1>
      <CoachAccounts />
    </>
  );
}
