'use client';

import Link from 'next/link';

export default function CoachError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div role="alert" className="alert stack">
      <h1>Something went wrong</h1>
      <p>
        This page could not be shown{error.digest ? ` (reference ${error.digest})` : ''}. Try again
        in a moment.
      </p>
      <div className="row">
        <button type="button" onClick={reset}>
          Try again
        </button>
        <Link href="/coach">Back to your clients</Link>
      </div>
    </div>
  );
}
