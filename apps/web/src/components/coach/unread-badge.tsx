/** "3 unread" beside a client, nothing when all is read. */
export function UnreadBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span className="badge warn" data-testid="unread-badge">
      {count} unread
    </span>
  );
}
