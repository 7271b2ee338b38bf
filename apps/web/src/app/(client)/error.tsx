'use client';

import { PageError } from '@/components/ui/page-error';

/** A client page failed; what was logged is safe, so retrying is the way out. */
export default function ClientAreaError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <PageError
      title="This page did not load"
      message="Nothing you logged is lost. Try again in a moment."
      digest={error.digest}
      onRetry={reset}
      backHref="/today"
      backLabel="Back to today"
    />
  );
}
