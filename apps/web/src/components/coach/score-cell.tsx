import { formatScore, scoreBand } from '@sixstep/domain';
import styles from './score-cell.module.css';

/**
 * A heat-map cell: the colour is a hint, the percentage is the information (never colour alone).
 * The bands are the domain's, so red means exactly what flags a client as behind.
 */
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
