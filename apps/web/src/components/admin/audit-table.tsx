import Link from 'next/link';
import type { AuditEntry } from './api-types';
import { actionLabel, describeDetails, entityLabel, formatAuditTime } from './audit-labels';
import styles from './audit-table.module.css';

/** Link to the log narrowed to one object or one person, keeping the kind filter. */
export type AuditHref = (filter: { entityId?: string; actorId?: string }) => string;

/** Who, what, when and on what, newest first; ids link to that object's or person's history. */
export function AuditTable({ entries, href }: { entries: AuditEntry[]; href: AuditHref }) {
  return (
    <div
      className={`table-wrap ${styles.wrap}`}
      tabIndex={0}
      role="region"
      aria-label="Audit entries, table"
    >
      <table className={styles.table}>
        <caption className="sr-only">Audit log, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Target</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-testid="audit-row">
              <td className={styles.when}>
                <time dateTime={entry.at.toISOString()}>{formatAuditTime(entry.at)}</time>
              </td>
              <td>
                {entry.actor ? (
                  <>
                    <Link
                      href={href({ actorId: entry.actor.id })}
                      title="Everything this person did"
                    >
                      {entry.actor.name}
                    </Link>
                    <span className={`muted ${styles.sub}`}>
                      {entry.actor.email} · {entry.actor.role}
                    </span>
                  </>
                ) : (
                  <span className="muted">System or a deleted account</span>
                )}
              </td>
              <td>
                {actionLabel(entry.action)}
                <span className={`muted ${styles.sub}`}>{entry.action}</span>
              </td>
              <td>
                {entityLabel(entry.entity)}
                {entry.entityId && (
                  <span className={styles.sub}>
                    <Link
                      href={href({ entityId: entry.entityId })}
                      title={`History of ${entry.entityId}`}
                    >
                      <code>{entry.entityId.slice(0, 8)}</code>
                      <span className="sr-only">
                        {' '}
                        (history of this {entityLabel(entry.entity).toLowerCase()})
                      </span>
                    </Link>
                  </span>
                )}
              </td>
              <td>
                <dl className={styles.details}>
                  {describeDetails(entry.details).map(({ label, value }) => (
                    <div key={label}>
                      <dt>{label}</dt>
                      <dd>{value}</dd>
                    </div>
                  ))}
                </dl>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
