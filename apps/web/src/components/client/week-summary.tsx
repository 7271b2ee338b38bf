import { formatScore, STEP_LABELS } from '@sixstep/domain';
import type { WeekPlan } from './api-types';
import styles from './week.module.css';

type Week = NonNullable<WeekPlan['week']>;

/** Per step: what the week holds so far against its target, and the step's score. */
export function WeekSummary({ week }: { week: Week }) {
  const { counts, scores, targets } = week;
  const { program } = targets;
  const counted = counts.countedDays;
  const rows = [
    {
      step: 'strength',
      done: `${counts.strengthSessions} of ${program.strength.sessionsPerWeek} sessions`,
    },
    {
      step: 'cardio',
      done: `${counts.cardioDays} of ${program.cardio.sessionsPerWeek} days of ${program.cardio.minutesPerSession}+ min`,
    },
    { step: 'hiit', done: `${counts.hiitDays} of ${program.hiit.sessionsPerWeek} sessions` },
    { step: 'calories', done: `${counts.calorieDays} of ${counted} days on target` },
    { step: 'food', done: `${counts.foodDays} of ${counted} days on target` },
    { step: 'treats', done: `${counts.treats} of ${program.treats.allowancePerWeek} allowed` },
  ] as const;
  return (
    <div className={styles.summary}>
      <p className={styles.overall}>
        Week so far: <strong data-testid="week-overall">{formatScore(scores.overall)}</strong>
      </p>
      <table>
        <caption className="sr-only">Each step this week</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">So far</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.step}>
              <th scope="row">{STEP_LABELS[row.step]}</th>
              <td>{row.done}</td>
              <td className={styles.score}>{formatScore(scores[row.step])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
