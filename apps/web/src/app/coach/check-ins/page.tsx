import type { Metadata } from 'next';
import { ReviewQueue } from '@/components/checkins/review-queue';

export const metadata: Metadata = { title: 'Check-ins to review' };

export default function CheckinQueuePage() {
  return (
    <>
      <h1>Check-ins to review</h1>
      <ReviewQueue />
    </>
  );
}
