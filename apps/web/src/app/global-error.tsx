'use client';

import './globals.css';

/** The root layout itself failed, so this page brings its own document and styles. */
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="en">
      <body>
        <main id="main">
          <div role="alert" className="card stack">
            <h1>Something went wrong</h1>
            <p>
              Sixstep could not be shown{error.digest ? ` (reference ${error.digest})` : ''}. Try
              again in a moment.
            </p>
            <div className="row">
              <button type="button" onClick={reset}>
                Try again
              </button>
              {/* A plain link: a full page load starts over from a clean state. */}
              <a href="/">Go to your start page</a>
            </div>
          </div>
        </main>
      </body>
    </html>
  );
}
