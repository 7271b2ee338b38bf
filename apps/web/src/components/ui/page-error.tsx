'use client';

import Link from 'next/link';
import { ErrorState } from './states';

/**
 * What an area's error.tsx shows: what failed, the server's reference for support, a retry and
 * a way back to the area's start. One component, so every area fails the same way.
 */
export function PageError({
  title,
  message,
  digest,
  onRetry,
  backHref,
  backLabel,
}: {
  title: string;
  message: string;
  digest?: string;
  onRetry: () => void;
  backHref: string;
  backLabel: string;
}) {
  return (
    <>
      <h1>{title}</h1>
      <ErrorState
        message={digest ? `${message} (reference ${digest})` : message}
        onRetry={onRetry}
      />
      <p>
        <Link href={backHref}>{backLabel}</Link>
      </p>
    </>
  );
}
