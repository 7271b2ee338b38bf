import type { Metadata } from 'next';
import { ThreadList } from '@/components/coach/thread-list';

export const metadata: Metadata = { title: 'Messages' };

export default function CoachMessagesPage() {
  return (
    <>
      <h1>Messages</h1>
      <ThreadList />
    </>
  );
}
