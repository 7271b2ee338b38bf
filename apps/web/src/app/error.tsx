'use client';

import Link from 'next/link';

/** A page outside the coach, client and admin areas failed: say so, offer a retry and a way back. */
export default function RootError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div role="alert" className="card stack">
      <h1>Something went wrong</h1>
      <p>
        This page could not be shown{error.digest ? ` (reference ${error.digest})` : ''}. Try again
        in a moment.
      </p>
      <div className="row">
        <button type="button" onClick={reset}>
          Try again
        </button>
        <Link href="/">Go to your start page</Link>
      </div>
    </div>
  );
}
