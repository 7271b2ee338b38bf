import styles from './score-cell.module.css';

/** Bands shared by every adherence display, so a colour always means the same share. */
export function scoreBand(score: number | null): 'none' | 'good' | 'warn' | 'bad' {
  if (score === null) return 'none';
  if (score >= 0.8) return 'good';
  if (score >= 0.5) return 'warn';
  return 'bad';
}

export function formatScore(score: number | null): string {
  return score === null ? '–' : `${Math.round(score * 100)}%`;
}

/** A heat-map cell: the colour is a hint, the percentage is the information (never colour alone). */
export function ScoreCell({ score, label }: { score: number | null; label: string }) {
  return (
    <span className={`${styles.cell} ${styles[scoreBand(score)]}`} title={label}>
      <span className="sr-only">{label}: </span>
      {score === null ? (
        <>
          <span aria-hidden="true">–</span>
          <span className="sr-only">no data</span>
        </>
      ) : (
        formatScore(score)
      )}
    </span>
  );
}
