import Link from 'next/link';
import type { AuditEntry } from './api-types';
import { changeText, describeChanges } from './audit-changes';
import { actionLabel, describeDetails, entityLabel, formatAuditTime } from './audit-labels';
import styles from './audit-table.module.css';

/** Link to the log narrowed to one object or one person, keeping the kind filter. */
export type AuditHref = (filter: { entityId?: string; actorId?: string }) => string;

/**
 * Who, what, when and on what, newest first: people, exercises and programs by name, each changed
 * field in words with its value before and after; names link to that object's or person's history.
 */
export function AuditTable({
  entries,
  names,
  href,
}: {
  entries: AuditEntry[];
  names: Record<string, string>;
  href: AuditHref;
}) {
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
                      title="Everything that happened to it"
                    >
                      {names[entry.entityId] ?? (
                        <span className="muted">
                          no longer exists ({entry.entityId.slice(0, 8)})
                        </span>
                      )}
                      <span className="sr-only">
                        {' '}
                        (history of this {entityLabel(entry.entity).toLowerCase()})
                      </span>
                    </Link>
                  </span>
                )}
              </td>
              <td>
                {describeChanges(entry.details.changes, names).length > 0 && (
                  <ul className={styles.changes} aria-label="Changes">
                    {describeChanges(entry.details.changes, names).map((line) => (
                      <li key={line.label} data-testid="audit-change" aria-label={changeText(line)}>
                        <span className={styles.field}>{line.label}</span> <del>{line.before}</del>{' '}
                        → <ins>{line.after}</ins>
                        {line.unit && ` ${line.unit}`}
                      </li>
                    ))}
                  </ul>
                )}
                <dl className={styles.details}>
                  {describeDetails(entry.details, names).map(({ label, value }) => (
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
