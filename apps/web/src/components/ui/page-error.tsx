'use client';

import Link from 'next/link';
import { ErrorState } from './states';

/** What each area says when one of its pages fails, and its way back. */
const AREA_ERRORS = {
  root: {
    title: 'Something went wrong',
    message: 'This page could not be shown. Try again in a moment.',
    backHref: '/',
    backLabel: 'Go to your start page',
  },
  coach: {
    title: 'This page could not be shown',
    message: 'The server had a problem. Try again in a moment.',
    backHref: '/coach',
    backLabel: 'Back to your clients',
  },
  admin: {
    title: 'This admin page could not be shown',
    message: 'The server had a problem. Try again in a moment.',
    backHref: '/admin/catalog',
    backLabel: 'Back to the catalog',
  },
  // What was logged is safe, so retrying is the way out.
  client: {
    title: 'This page did not load',
    message: 'Nothing you logged is lost. Try again in a moment.',
    backHref: '/today',
    backLabel: 'Back to today',
  },
} as const;

/**
 * The error.tsx component of an area: what failed, the server's reference for support, a retry
 * and a way back. Every area fails the same way; only its words differ.
 */
export function pageErrorFor(area: keyof typeof AREA_ERRORS) {
  const { title, message, backHref, backLabel } = AREA_ERRORS[area];
  return function PageError({
    error,
    reset,
  }: {
    error: Error & { digest?: string };
    reset: () => void;
  }) {
    return (
      <>
        <h1>{title}</h1>
        <ErrorState
          message={error.digest ? `${message} (reference ${error.digest})` : message}
          onRetry={reset}
        />
        <p>
          <Link href={backHref}>{backLabel}</Link>
        </p>
      </>
    );
  };
}
