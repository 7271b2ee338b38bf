import type { ReactNode } from 'react';
import type { UnitSystem } from '@sixstep/domain';
import { formatPrescription } from './format';
import styles from './plan.module.css';

export interface ExerciseCardProps {
  name: string;
  sets: number;
  reps: number;
  loadKg: number | null;
  unit: UnitSystem;
  instructions: string;
  easier: { name: string } | null;
  harder: { name: string } | null;
  /** A harder rung the client has earned, if any. */
  suggestion: string | null;
  /** Sets of this exercise already logged on the day. */
  loggedSets: number;
  children: ReactNode;
}

/** One prescribed exercise: the dose, how to do it, the neighbouring rungs, and its logger. */
export function ExerciseCard({
  name,
  sets,
  reps,
  loadKg,
  unit,
  instructions,
  easier,
  harder,
  suggestion,
  loggedSets,
  children,
}: ExerciseCardProps) {
  return (
    <article className={`card ${styles.exercise}`} aria-label={name}>
      <div className={styles.heading}>
        <h3>{name}</h3>
        {loggedSets > 0 && (
          <span className="badge good">
            {loggedSets >= sets ? 'Done' : `${loggedSets}/${sets} sets`}
          </span>
        )}
      </div>
      <p className={styles.dose}>{formatPrescription({ sets, reps, loadKg }, unit)}</p>
      {(instructions || easier || harder) && (
        // Collapsed until asked for: the first screen is for what to do, not how.
        <details className={styles.how}>
          <summary>How to do it</summary>
          {instructions && <p>{instructions}</p>}
          {(easier || harder) && (
            <p className={styles.rungs}>
              {easier && <span>Too hard today? Try {easier.name}.</span>}{' '}
              {harder && <span>Next step up: {harder.name}.</span>}
            </p>
          )}
        </details>
      )}
      {suggestion && (
        <p className="success">
          You completed the last sessions in full: ask your coach about moving on to {suggestion}.
        </p>
      )}
      {children}
    </article>
  );
}
