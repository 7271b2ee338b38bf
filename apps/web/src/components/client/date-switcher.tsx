import Link from 'next/link';
import { addDays } from '@sixstep/domain';
import styles from './date-switcher.module.css';

interface DateSwitcherProps {
  /** The page the links point to, e.g. "/today". */
  path: string;
  date: string;
  today: string;
  /** Days one step moves: 1 on /today, 7 on /week. */
  step: number;
  label: string;
}

/** Previous / next links and a date picker; plain links and a GET form, so no script is needed. */
export function DateSwitcher({ path, date, today, step, label }: DateSwitcherProps) {
  const previous = addDays(date, -step);
  const next = addDays(date, step);
  const unit = step === 1 ? 'day' : 'week';
  return (
    <nav className={styles.switcher} aria-label={`Choose the ${unit}`}>
      <Link
        className={`button secondary ${styles.arrow}`}
        href={`${path}?date=${previous}`}
        aria-label={`Previous ${unit}`}
      >
        ‹
      </Link>
      <p className={styles.current} aria-live="polite">
        {label}
      </p>
      {next <= today ? (
        <Link
          className={`button secondary ${styles.arrow}`}
          href={`${path}?date=${next}`}
          aria-label={`Next ${unit}`}
        >
          ›
        </Link>
      ) : (
        <span className={styles.placeholder} aria-hidden="true" />
      )}
      <form action={path} method="get" className={styles.picker}>
        <label htmlFor={`${path.slice(1)}-date`} className="sr-only">
          Go to date
        </label>
        <input
          id={`${path.slice(1)}-date`}
          type="date"
          name="date"
          defaultValue={date}
          max={today}
          required
        />
        <button type="submit" className="secondary">
          Go
        </button>
        {date !== today && (
          <Link href={path} className={`button secondary`}>
            {step === 1 ? 'Today' : 'This week'}
          </Link>
        )}
      </form>
    </nav>
  );
}
