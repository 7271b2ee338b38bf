'use client';

import Link from 'next/link';
import { ErrorState } from '@/components/ui/states';

export default function AdminError({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <ErrorState
        title="This admin page could not be shown"
        message="The server had a problem. Try again in a moment."
        onRetry={reset}
      />
      <p>
        <Link href="/admin/catalog">Back to the catalog</Link>
      </p>
    </>
  );
}
