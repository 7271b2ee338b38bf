import type { DayGlance, UnitSystem } from '@sixstep/domain';
import type { LoggedWorkout } from './api-types';
import { describeWorkout } from './logged-workouts';
import styles from './glance.module.css';

const count = new Intl.NumberFormat('en-US');
const n = (value: number | null) => (value === null ? '–' : count.format(value));

const NEXT_STEP: Record<'strength' | 'cardio' | 'hiit', { what: string; anchor: string }> = {
  strength: { what: 'a strength session', anchor: '#strength-title' },
  cardio: { what: 'your cardio', anchor: '#cardio-title' },
  hiit: { what: 'a HIIT session', anchor: '#hiit-title' },
};

function NextThing({ next, isToday }: { next: DayGlance['next']; isToday: boolean }) {
  if (next.kind === 'done')
    return <p className={styles.next}>Every step is logged for this day. Well done.</p>;
  if (next.kind === 'log-food')
    return (
      <p className={styles.next}>
        <strong>Next:</strong> <a href="#day-title">log what you ate</a>
        {isToday ? ' today' : ' that day'}.
      </p>
    );
  const step = NEXT_STEP[next.kind];
  return (
    <p className={styles.next}>
      <strong>Next:</strong> <a href={step.anchor}>{step.what}</a> ({next.doneThisWeek} of{' '}
      {next.target} done this week).
    </p>
  );
}

/**
 * The first screen of /today: the day's and the week's numbers against each step, what is already
 * logged, and the one next thing to do. Every count comes from the domain (`glanceAtDay`).
 */
export function DayGlanceCard({
  glance,
  workouts,
  unit,
  isToday,
  dayLabel,
}: {
  glance: DayGlance;
  workouts: ReadonlyArray<LoggedWorkout>;
  unit: UnitSystem;
  isToday: boolean;
  dayLabel: string;
}) {
  const { day, week } = glance;
  return (
    <section aria-labelledby="glance-title" className={`card ${styles.card}`}>
      <h2 id="glance-title" className="sr-only">
        {dayLabel} at a glance
      </h2>
      <NextThing next={glance.next} isToday={isToday} />
      <div className={styles.columns}>
        <div>
          <h3 className={styles.heading}>{isToday ? 'Today' : dayLabel}</h3>
          <dl className={styles.facts} data-testid="glance-day">
            <div>
              <dt>Calories</dt>
              <dd>
                {n(day.calories.eaten)} / {n(day.calories.target)} kcal
              </dd>
            </div>
            <div>
              <dt>Meals with protein</dt>
              <dd>
                {n(day.proteinMeals.done)} of {n(day.proteinMeals.meals)}
              </dd>
            </div>
            <div>
              <dt>Fat servings</dt>
              <dd>
                {n(day.fatServings.eaten)} of {day.fatServings.min}–{day.fatServings.max}
              </dd>
            </div>
            <div>
              <dt>Vegetables</dt>
              <dd>
                {n(day.vegServings.eaten)} of {day.vegServings.min}+
              </dd>
            </div>
          </dl>
        </div>
        <div>
          <h3 className={styles.heading}>This week so far</h3>
          <dl className={styles.facts} data-testid="glance-week">
            <div>
              <dt>Strength</dt>
              <dd>
                {week.strength.done} of {week.strength.target} sessions
              </dd>
            </div>
            <div>
              <dt>Cardio</dt>
              <dd>
                {week.cardio.done} of {week.cardio.target} days
              </dd>
            </div>
            <div>
              <dt>HIIT</dt>
              <dd>
                {week.hiit.done} of {week.hiit.target} sessions
              </dd>
            </div>
            <div>
              <dt>Calories on target</dt>
              <dd>
                {week.calorieDays.done} of {week.calorieDays.of} days
              </dd>
            </div>
            <div>
              <dt>Treats</dt>
              <dd>
                {week.treats.eaten} of {week.treats.allowance}
              </dd>
            </div>
          </dl>
        </div>
      </div>
      <p className={styles.logged} data-testid="glance-logged">
        <strong>Logged:</strong>{' '}
        {workouts.length === 0 && day.calories.eaten === null
          ? 'nothing yet.'
          : [
              ...(day.calories.eaten === null ? [] : [`${n(day.calories.eaten)} kcal eaten`]),
              ...workouts.map((w) => describeWorkout(w, unit)),
            ].join(' · ')}
      </p>
    </section>
  );
}
