'use client';

import { PageError } from '@/components/ui/page-error';

/** A coach page failed; the roster is the way back. */
export default function CoachError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <PageError
      title="This page could not be shown"
      message="The server had a problem. Try again in a moment."
      digest={error.digest}
      onRetry={reset}
      backHref="/coach"
      backLabel="Back to your clients"
    />
  );
}
