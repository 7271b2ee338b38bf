'use client';

import Link from 'next/link';
import { ErrorState } from '@/components/ui/states';

/** Shown when a client page fails to load; what was logged is safe, so retrying is the way out. */
export default function ClientAreaError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <>
      <h1>Something went wrong</h1>
      <ErrorState
        title="This page did not load"
        message={`Nothing you logged is lost. Try again in a moment.${error.digest ? ` (reference ${error.digest})` : ''}`}
        onRetry={reset}
      />
      <p>
        <Link href="/today">Back to today</Link>
      </p>
    </>
  );
}
