import type { UnitSystem } from '@sixstep/domain';
import type { LoggedWorkout } from './api-types';
import { DeleteWorkoutButton } from './delete-workout-button';
import { formatSets } from './format';
import styles from './plan.module.css';

/** "Cable lat pulldown, 3 sets: 12, 12, 12 reps @ 25.0 kg" / "35 min rowing". */
export function describeWorkout(w: LoggedWorkout, unit: UnitSystem): string {
  if (w.kind === 'strength') return `${w.exerciseName ?? 'Strength'}, ${formatSets(w.sets, unit)}`;
  const what = w.activity ?? w.exerciseName ?? (w.kind === 'hiit' ? 'HIIT' : 'cardio');
  return `${w.minutes ?? 0} min ${w.kind === 'hiit' ? `HIIT (${what.toLowerCase()})` : what.toLowerCase()}`;
}

/** The workouts logged on the day, each with a delete that asks first. */
export function LoggedWorkouts({
  workouts,
  unit,
}: {
  workouts: ReadonlyArray<LoggedWorkout>;
  unit: UnitSystem;
}) {
  if (workouts.length === 0) return <p className="muted">No workouts logged on this day yet.</p>;
  return (
    <ul className={styles.logged}>
      {workouts.map((w) => {
        const text = describeWorkout(w, unit);
        return (
          <li key={w.id}>
            <span>{text}</span>
            <DeleteWorkoutButton id={w.id} what={text} />
          </li>
        );
      })}
    </ul>
  );
}
