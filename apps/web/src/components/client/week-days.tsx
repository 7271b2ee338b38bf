import { DAILY_STEPS, STEP_LABELS } from '@sixstep/domain';
import Link from 'next/link';
import type { WeekDay } from './api-types';
import { formatDay } from './format';
import styles from './week.module.css';

/** The seven days of the assignment week, each with the steps it met. */
export function WeekDays({ days, today }: { days: ReadonlyArray<WeekDay>; today: string }) {
  return (
    <ol className={styles.days}>
      {days.map((day) => {
        const isToday = day.date === today;
        const future = day.date > today;
        return (
          <li
            key={day.date}
            className={`card ${styles.day} ${isToday ? styles.today : ''}`}
            data-testid={isToday ? 'week-day-today' : undefined}
          >
            <div className={styles.dayHead}>
              <h3>
                {formatDay(day.date, { weekday: 'long', day: 'numeric', month: 'short' })}
                {isToday && <span className="badge good">today</span>}
              </h3>
              {!future && day.counted && (
                <Link href={`/today?date=${day.date}`} className={styles.open}>
                  {isToday ? 'Log today' : 'Open day'}
                  <span className="sr-only"> {day.date}</span>
                </Link>
              )}
            </div>
            {future ? (
              <p className="muted">Coming up.</p>
            ) : !day.counted ? (
              <p className="muted">Outside your program.</p>
            ) : (
              <>
                <ul className={styles.steps}>
                  {DAILY_STEPS.map((step) => (
                    <li key={step} className={day.met[step] ? styles.met : styles.missed}>
                      <span aria-hidden="true">{day.met[step] ? '✓' : '○'}</span>{' '}
                      {STEP_LABELS[step]}
                      <span className="sr-only">{day.met[step] ? ' done' : ' not done'}</span>
                    </li>
                  ))}
                </ul>
                <p className={styles.facts}>
                  {day.workouts.length === 0
                    ? 'No workouts'
                    : `${day.workouts.length} ${day.workouts.length === 1 ? 'workout' : 'workouts'}`}
                  {day.day?.calories != null && ` · ${day.day.calories.toLocaleString('en')} kcal`}
                  {day.treats ? ` · ${day.treats} ${day.treats === 1 ? 'treat' : 'treats'}` : ''}
                  {!day.day && day.workouts.length === 0 && ' · nothing logged'}
                </p>
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}
