'use client';

import { PageError } from '@/components/ui/page-error';

/** A page outside the coach, client and admin areas failed. */
export default function RootError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <PageError
      title="Something went wrong"
      message="This page could not be shown. Try again in a moment."
      digest={error.digest}
      onRetry={reset}
      backHref="/"
      backLabel="Go to your start page"
    />
  );
}
