'use client';

import { PageError } from '@/components/ui/page-error';

/** An admin page failed; the catalog is the way back. */
export default function AdminError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <PageError
      title="This admin page could not be shown"
      message="The server had a problem. Try again in a moment."
      digest={error.digest}
      onRetry={reset}
      backHref="/admin/catalog"
      backLabel="Back to the catalog"
    />
  );
}
