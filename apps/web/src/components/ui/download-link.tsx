'use client';

import { useState, type MouseEvent } from 'react';

/** The name the server chose (Content-Disposition), or the last part of the URL. */
function filenameOf(response: Response, href: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? href.split('/').pop() ?? 'download';
}

/**
 * A link to a file made by a Route Handler under /api/exports. Without JavaScript it is a plain
 * download link; with it, the file is fetched first so a refusal (session ended, client gone)
 * is shown here in words instead of as a failed download in the browser's download list.
 */
export function DownloadLink({ href, label }: { href: string; label: string }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = async (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      const response = await fetch(href, { cache: 'no-store' });
      if (!response.ok) {
        setError((await response.text()) || `The download failed (HTTP ${response.status}).`);
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = filenameOf(response, href);
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      // The browser has taken the file once the click has been handled.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch {
      setError('Could not reach the server. Check your connection and try again.');
    } finally {
      setPending(false);
    }
  };

  return (
    <span className="stack">
      <a
        href={href}
        download
        className="button secondary"
        onClick={download}
        aria-busy={pending || undefined}
      >
        {pending ? 'Preparing the file…' : label}
      </a>
      {error && (
        <span role="alert" className="alert">
          {error}
        </span>
      )}
    </span>
  );
}
