'use client';

import { useEffect, useState } from 'react';

/** Session storage key: the name of the client just deleted, shown once on the roster. */
export const DELETED_CLIENT_KEY = 'sixstep:deleted-client';

/**
 * Confirms on the roster that the deletion went through. The name travels in session storage
 * rather than the URL so it stays out of history and server logs, and shows only once.
 */
export function DeletedClientNotice() {
  const [name, setName] = useState<string | null>(null);

  useEffect(() => {
    const deleted = sessionStorage.getItem(DELETED_CLIENT_KEY);
    if (deleted === null) return;
    sessionStorage.removeItem(DELETED_CLIENT_KEY);
    // Session storage exists only in the browser: reading it during render would make the
    // server's HTML and the first client render differ, so it is read once after mounting.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setName(deleted);
  }, []);

  return (
    <div role="status">
      {name !== null && (
        <div className="success row">
          <span>
            {name}&rsquo;s account and all their data were deleted. They can no longer sign in.
          </span>
          <span className="spacer" />
          <button type="button" className="secondary" onClick={() => setName(null)}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
