import { STEP_IDS, type StepId } from '@sixstep/domain';
import styles from './weekly-step-bars.module.css';

type Series = 'overall' | StepId;

export interface WeeklyScores {
  week: number;
  /** The week is still running: its scores are over the days that are over so far. */
  soFar: boolean;
  scores: Record<Series, number | null>;
}

function band(score: number): string {
  if (score >= 0.8) return styles.good!;
  if (score >= 0.5) return styles.warn!;
  return styles.bad!;
}

/**
 * Weekly scores as small multiples: one panel per step (overall first), one bar per week with
 * its percentage written above it. A 0 % week shows a stub and "0%", a week without data "–",
 * and the running week is hatched and marked "so far". The numbers are in a table beside it,
 * so the picture is hidden from screen readers.
 */
export function WeeklyStepBars({
  weeks,
  labels,
}: {
  weeks: ReadonlyArray<WeeklyScores>;
  labels: Record<StepId, string>;
}) {
  const series: Series[] = ['overall', ...STEP_IDS];
  return (
    <div className={styles.grid} aria-hidden="true" data-testid="weekly-step-bars">
      {series.map((s) => (
        <figure key={s} className={`${styles.panel} ${s === 'overall' ? styles.overall : ''}`}>
          <figcaption>{s === 'overall' ? 'Overall' : labels[s]}</figcaption>
          <div className={styles.bars}>
            {weeks.map((w) => {
              const score = w.scores[s];
              return (
                <div key={w.week} className={styles.column}>
                  <span className={styles.value}>
                    {score === null ? '–' : `${Math.round(score * 100)}%`}
                  </span>
                  <span className={styles.track}>
                    {score !== null && (
                      <span
                        className={`${styles.fill} ${band(score)} ${w.soFar ? styles.soFar : ''}`}
                        style={{ height: `${Math.max(score * 100, 3)}%` }}
                      />
                    )}
                  </span>
                  <span className={styles.week}>
                    W{w.week}
                    {w.soFar && <span className={styles.soFarLabel}>so far</span>}
                  </span>
                </div>
              );
            })}
          </div>
        </figure>
      ))}
    </div>
  );
}
