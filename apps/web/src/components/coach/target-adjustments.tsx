import { formatDay } from '@/components/client/format';
import type { CurrentAssignment } from './api-types';
import { describeTargetChange } from './target-change-labels';
import styles from './target-adjustments.module.css';

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** The assignment's target adjustments, newest first: from when, what changed, who and when. */
export function TargetAdjustments({
  adjustments,
  today,
}: {
  adjustments: CurrentAssignment['adjustments'];
  today: string;
}) {
  return (
    <section aria-labelledby="adjustments-heading">
      <h3 id="adjustments-heading">Target changes</h3>
      {adjustments.length === 0 ? (
        <p className="muted">The targets are as assigned; no change so far.</p>
      ) : (
        <ol className={styles.list} reversed data-testid="target-adjustments">
          {[...adjustments].reverse().map((a) => (
            <li key={a.effectiveFrom}>
              <p className={styles.when}>
                <strong>
                  {a.effectiveFrom > today ? 'Planned from' : 'From'} {formatDay(a.effectiveFrom)}
                </strong>
                <span className="muted">
                  {' '}
                  · {a.changedBy ? `by ${a.changedBy.name}` : 'by a removed account'},{' '}
                  {dateTime.format(new Date(a.changedAt))}
                </span>
              </p>
              <ul>
                {a.changes.map((change) => (
                  <li key={change.field}>{describeTargetChange(change)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
