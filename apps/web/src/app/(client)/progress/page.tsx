import type { Metadata } from 'next';
import {
  addDays,
  formatScore,
  formatWeight,
  SETTLING_DAYS,
  STEP_IDS,
  STEP_LABELS,
  weightInUnit,
} from '@sixstep/domain';
import { WeeklyStepBars } from '@/components/charts/weekly-step-bars';
import {
  StepAdherenceChart,
  WeightChart,
  type WeightChartPoint,
} from '@/components/client/adherence-charts';
import { clientToday } from '@/components/client/client-today';
import { formatDay } from '@/components/client/format';
import { NoProgramYet } from '@/components/client/state-panels';
import { UnitToggle } from '@/components/client/unit-toggle';
import { MeasurementsChart } from '@/components/measurements/measurements-chart';
import styles from '@/components/client/progress.module.css';
import { ApiProvider } from '@/trpc/client';
import { serverApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'Progress' };

const pct = (score: number | null) => (score === null ? null : Math.round(score * 100));

const TREND_WORDS = {
  up: 'up on the week before',
  down: 'down on the week before',
  steady: 'about the same as the week before',
} as const;

/** The client's own adherence by week and by step, and their weight against the expected line. */
export default async function ProgressPage() {
  const api = await serverApi();
  // The client's own calendar day ends the 28-day window, not the server's UTC date.
  const to = await clientToday();
  const [me, adherence, checkins] = await Promise.all([
    api.auth.me(),
    api.adherence.forClient(to ? { to } : {}),
    api.checkins.list(),
  ]);
  const unit = me.unitPreference;

  if (!adherence.assignment)
    return (
      <>
        <h1>Progress</h1>
        <NoProgramYet />
      </>
    );

  const { weeks, last7, last28, trend, flags, weight } = adherence;
  // Settling in with nothing logged (or not started): nothing to score yet, which is not 0 %.
  const noDataYet = last28.overall === null;
  const stepRows = STEP_IDS.map((step) => ({ step: STEP_LABELS[step], score: pct(last28[step]) }));

  const byDate = new Map<string, WeightChartPoint>();
  const at = (date: string) =>
    byDate.get(date) ??
    byDate
      .set(date, { date, label: formatDay(date, { day: 'numeric', month: 'short' }) })
      .get(date)!;
  for (const p of weight.expected) at(p.date).expected = weightInUnit(p.weightKg, unit);
  for (const p of weight.points) at(p.date).logged = weightInUnit(p.weightKg, unit);
  const weightPoints = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  const latest = weight.points.at(-1);
  const expectedNow = weight.expected.filter((p) => p.date <= adherence.today).at(-1);

  return (
    <>
      <h1>Progress</h1>

      <section aria-labelledby="overall-title" className="card">
        <h2 id="overall-title">How you are keeping to the plan</h2>
        {noDataYet ? (
          <p data-testid="adherence-no-data">
            <strong>No data yet.</strong>{' '}
            <span className="muted">
              Your scores appear once you log something, or from{' '}
              {formatDay(addDays(adherence.assignment.startDate, SETTLING_DAYS))} on. Today counts
              as soon as you log it.
            </span>
          </p>
        ) : (
          <div className={styles.big}>
            <p>
              <span className={styles.number} data-testid="adherence-overall">
                {formatScore(last7.overall)}
              </span>
              <span className="muted">last 7 days</span>
            </p>
            <p>
              <span className={styles.number}>{formatScore(last28.overall)}</span>
              <span className="muted">last 28 days</span>
            </p>
          </div>
        )}
        {trend.direction && <p>That is {TREND_WORDS[trend.direction]}.</p>}
        {flags.underFloor && (
          <p className="alert">
            You ate less than your floor on several days this week. Eating too little slows
            progress: aim for at least your floor.
          </p>
        )}
        {flags.silent && (
          <p className="notice">
            Nothing logged for a few days. A quick log, even a partial one, keeps your coach in the
            picture.
          </p>
        )}
        {flags.behind && !flags.silent && (
          <p className="notice">
            This week is behind plan. Pick one step to get back on track today.
          </p>
        )}
      </section>

      <section aria-labelledby="by-step-title" className="card">
        <h2 id="by-step-title">By step, last 28 days</h2>
        <StepAdherenceChart steps={stepRows} />
        <details className={styles.table}>
          <summary>Show as a table</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              {STEP_IDS.map((step) => (
                <tr key={step}>
                  <th scope="row">{STEP_LABELS[step]}</th>
                  <td>{formatScore(last28[step])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>

      <section aria-labelledby="by-week-title" className="card">
        <h2 id="by-week-title">By week</h2>
        {weeks.length === 0 ? (
          <p className="muted">Your first week has not started yet.</p>
        ) : (
          <>
            <WeeklyStepBars weeks={weeks} labels={STEP_LABELS} />
            <p className={`muted ${styles.scrollHint}`} aria-hidden="true">
              Swipe the table sideways to see every step →
            </p>
            <div
              className="table-wrap"
              tabIndex={0}
              role="region"
              aria-label="Adherence by week, table"
            >
              <table>
                <caption className="sr-only">Adherence by week and step</caption>
                <thead>
                  <tr>
                    <th scope="col">Week</th>
                    <th scope="col">All</th>
                    {STEP_IDS.map((step) => (
                      <th key={step} scope="col">
                        {STEP_LABELS[step]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {weeks.map((w) => (
                    <tr key={w.week}>
                      <th scope="row">
                        {w.week}
                        {w.soFar && <span className="muted"> (so far)</span>}
                      </th>
                      <td>{formatScore(w.scores.overall)}</td>
                      {STEP_IDS.map((step) => (
                        <td key={step}>{formatScore(w.scores[step])}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="weight-title" className="card">
        <h2 id="weight-title">Weight</h2>
        <div className={styles.big}>
          <p>
            <span className={styles.number} data-testid="latest-weight">
              {latest ? formatWeight(latest.weightKg, unit) : '–'}
            </span>
            <span className="muted">
              {latest ? `logged ${formatDay(latest.date)}` : 'no weight logged yet'}
            </span>
          </p>
          {expectedNow && (
            <p>
              <span className={styles.number}>{formatWeight(expectedNow.weightKg, unit)}</span>
              <span className="muted">expected by now</span>
            </p>
          )}
        </div>
        {weightPoints.length > 0 ? (
          <WeightChart points={weightPoints} unit={unit} />
        ) : (
          <p className="muted">Log your weight on the Today page to see it here.</p>
        )}
        <p className="muted">
          The dashed line is what your daily calorie deficit predicts. Weight moves up and down from
          day to day; the trend over weeks is what counts.
        </p>
        <ApiProvider>
          <UnitToggle unit={unit} />
        </ApiProvider>
      </section>

      <section aria-labelledby="measurements-title" className="card">
        <h2 id="measurements-title">Waist, hips and chest</h2>
        <MeasurementsChart checkins={checkins} unit={unit} />
      </section>
    </>
  );
}
