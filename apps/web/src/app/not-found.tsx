import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found' };

/** Any address that leads nowhere: say so plainly and offer the way back. */
export default function NotFound() {
  return (
    <div className="card stack" data-testid="not-found">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. The link may be mistyped, or what it pointed to was
        removed.
      </p>
      <div className="row">
        <Link href="/" className="button">
          Go to your start page
        </Link>
      </div>
    </div>
  );
}
