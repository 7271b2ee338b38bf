import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { isIsoDate } from '@sixstep/domain';
import { clientToday } from '@/components/client/client-today';
import { DateSwitcher } from '@/components/client/date-switcher';
import { DayGlanceCard } from '@/components/client/day-glance';
import { DayLogForm } from '@/components/client/day-log-form';
import { ExerciseCard } from '@/components/client/exercise-card';
import { formatDay } from '@/components/client/format';
import { LoggedWorkouts } from '@/components/client/logged-workouts';
import { MinutesLogger } from '@/components/client/minutes-logger';
import { NoProgramYet } from '@/components/client/state-panels';
import { DayTargets } from '@/components/client/step-targets';
import { StrengthLogger } from '@/components/client/strength-logger';
import styles from '@/components/client/plan.module.css';
import { serverApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'Today' };

/**
 * The day's plan and its logging, phone first. The plan is rendered on the server; only the
 * loggers are client islands, and after each save the server view refreshes.
 */
export default async function TodayPage({
  searchParams,
}: {
  searchParams: Promise<{ date?: string }>;
}) {
  const { date: requested } = await searchParams;
  const api = await serverApi();
  const today = await clientToday();
  const [me, day, checkinWeeks] = await Promise.all([
    api.auth.me(),
    api.plan.today({ date: isIsoDate(requested) ? requested : undefined, today }),
    api.checkins.weeks(today ? { today } : {}),
  ]);
  if (day.date > day.today) redirect('/today');

  const { date, plan, logged } = day;
  const unit = me.unitPreference;
  const isToday = date === day.today;
  const title = isToday
    ? 'Today'
    : formatDay(date, { weekday: 'long', day: 'numeric', month: 'long' });

  return (
    <>
      <h1>{title}</h1>
      {isToday && checkinWeeks.thisWeek?.status === 'due' && (
        <p className="notice" data-testid="checkin-due">
          <strong>Check-in due.</strong> Tell your coach how week {checkinWeeks.thisWeek.week} went:{' '}
          <Link href="/check-in">fill in your check-in</Link>.
        </p>
      )}
      <DateSwitcher
        path="/today"
        date={date}
        today={day.today}
        step={1}
        label={isToday ? `Today, ${formatDay(date)}` : formatDay(date)}
      />

      {!plan ? (
        isToday ? (
          <NoProgramYet />
        ) : (
          <p className="notice">No program covered this day, so there is nothing to log for it.</p>
        )
      ) : (
        <>
          <p className={`muted ${styles.summaryLine}`}>
            {plan.assignment.programName} · week {plan.assignment.week} of {plan.assignment.weeks}
          </p>

          <DayGlanceCard
            glance={plan.glance}
            workouts={logged.workouts}
            unit={unit}
            isToday={isToday}
            dayLabel={formatDay(date)}
          />

          <section aria-labelledby="targets-title" className={`card ${styles.section}`}>
            <h2 id="targets-title">
              {isToday ? 'Eat well today' : `Eat well on ${formatDay(date)}`}
            </h2>
            <DayTargets plan={plan} />
          </section>

          <section aria-labelledby="strength-title" className={styles.section}>
            <h2 id="strength-title">Strength</h2>
            <p className={styles.summaryLine}>
              {plan.strength.sessionsPerWeek} sessions a week (at least{' '}
              {plan.strength.minSessionsPerWeek}). Pick the exercises you like best on a given day;
              each one counts.
            </p>
            {plan.strength.exercises.map((exercise) => (
              <ExerciseCard
                key={exercise.exerciseId}
                name={exercise.name}
                sets={exercise.sets}
                reps={exercise.reps}
                loadKg={exercise.loadKg}
                unit={unit}
                instructions={exercise.instructions}
                easier={exercise.easier}
                harder={exercise.harder}
                suggestion={exercise.suggestion?.name ?? null}
                loggedSets={exercise.loggedSets.length}
              >
                <StrengthLogger key={date} date={date} unit={unit} exercise={exercise} />
              </ExerciseCard>
            ))}
          </section>

          <section aria-labelledby="cardio-title" className={`card ${styles.section}`}>
            <h2 id="cardio-title">Cardio</h2>
            <p className={styles.summaryLine}>
              At least {plan.cardio.minutesPerSession} minutes, {plan.cardio.sessionsPerWeek} days a
              week. Rowing, boxing and swimming also work your back.
            </p>
            <MinutesLogger
              key={date}
              date={date}
              kind="cardio"
              targetMinutes={plan.cardio.minutesPerSession}
            />
          </section>

          <section aria-labelledby="hiit-title" className={`card ${styles.section}`}>
            <h2 id="hiit-title">HIIT</h2>
            <p className={styles.summaryLine}>
              {plan.hiit.minMinutes}–{plan.hiit.maxMinutes} minutes of hard bursts with easy
              recoveries, {plan.hiit.sessionsPerWeek} times a week.
            </p>
            <MinutesLogger
              key={date}
              date={date}
              kind="hiit"
              targetMinutes={plan.hiit.minMinutes}
            />
          </section>

          <section aria-labelledby="day-title" className={`card ${styles.section}`}>
            <h2 id="day-title">{isToday ? 'Your day' : 'That day'}</h2>
            <DayLogForm
              key={date}
              date={date}
              unit={unit}
              logged={logged.day}
              targets={{
                targetKcal: plan.calories.targetKcal,
                floorKcal: plan.calories.floorKcal,
                fatServingsMin: plan.food.fatServingsMin,
                fatServingsMax: plan.food.fatServingsMax,
                vegServingsMin: plan.food.vegServingsMin,
                treatsLeft: plan.treats.leftThisWeek,
              }}
            />
          </section>
        </>
      )}

      {(plan || logged.workouts.length > 0) && (
        <section aria-labelledby="logged-title" className={`card ${styles.section}`}>
          <h2 id="logged-title">Logged on this day</h2>
          <LoggedWorkouts workouts={logged.workouts} unit={unit} />
        </section>
      )}
    </>
  );
}
