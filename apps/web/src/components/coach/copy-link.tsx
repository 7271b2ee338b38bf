'use client';

import { useState } from 'react';

/** Shows a one-time link with a button that copies it (selecting the text stays possible). */
export function CopyLink({ url, label }: { url: string; label: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  return (
    <div className="stack">
      <label>
        {label}
        <input
          type="text"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="invite-link"
        />
      </label>
      <div className="row">
        <button
          type="button"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(url);
              setCopied('yes');
            } catch {
              setCopied('failed');
            }
          }}
        >
          Copy link
        </button>
        <span role="status" className="muted">
          {copied === 'yes'
            ? 'Copied to the clipboard.'
            : copied === 'failed'
              ? 'Copying is blocked here; select the link and copy it by hand.'
              : ''}
        </span>
      </div>
    </div>
  );
}
