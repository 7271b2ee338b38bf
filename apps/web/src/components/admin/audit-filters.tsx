import Form from 'next/form';
import Link from 'next/link';
import { AUDIT_ENTITY_LABELS, AUDIT_PAGE_SIZES, DEFAULT_AUDIT_PAGE_SIZE } from './audit-labels';
import styles from './audit-filters.module.css';

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  actorId?: string;
  /** Entries per page, one of AUDIT_PAGE_SIZES. */
  size?: string;
}

/**
 * A GET form, so the filter lives in the URL: shareable, works with Back, and needs no script.
 * One object's or one person's history is chosen from the table's links and shown here.
 */
export function AuditFilters({ filter }: { filter: AuditFilter }) {
  const narrowed = filter.entityId || filter.actorId;
  return (
    <Form
      action="/admin/audit"
      className={`row ${styles.filters}`}
      aria-label="Filter the audit log"
    >
      <label>
        Kind of object
        <select name="entity" defaultValue={filter.entity ?? ''}>
          <option value="">All kinds</option>
          {Object.entries(AUDIT_ENTITY_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Entries per page
        <select name="size" defaultValue={filter.size ?? DEFAULT_AUDIT_PAGE_SIZE}>
          {AUDIT_PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      {filter.entityId && <input type="hidden" name="entityId" value={filter.entityId} />}
      {filter.actorId && <input type="hidden" name="actorId" value={filter.actorId} />}
      <button type="submit">Show</button>
      {narrowed && (
        <p className={styles.narrowed}>
          {filter.entityId ? (
            <>
              History of <code>{filter.entityId}</code>
            </>
          ) : (
            <>
              Actions of the account <code>{filter.actorId}</code>
            </>
          )}
          {' · '}
          <Link
            href={
              filter.entity
                ? `/admin/audit?entity=${encodeURIComponent(filter.entity)}`
                : '/admin/audit'
            }
          >
            Show everyone and everything
          </Link>
        </p>
      )}
    </Form>
  );
}
