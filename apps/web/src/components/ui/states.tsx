import type { ReactNode } from 'react';
import styles from './states.module.css';

/** Nothing to show yet: says why and, when useful, what to do next. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <section className={`card ${styles.panel}`} aria-label={title}>
      <p className={styles.title}>{title}</p>
      {children && <div className="muted">{children}</div>}
      {action && <div className={styles.action}>{action}</div>}
    </section>
  );
}

/** A polite, announced placeholder while data loads. */
export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className={`card ${styles.panel} ${styles.loading}`} role="status" aria-live="polite">
      <span className={styles.spinner} aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

/** A failure the person can understand, with a retry when one makes sense. */
export function ErrorState({
  title = 'Something went wrong',
  message,
  onRetry,
}: {
  title?: string;
  message: string;
  onRetry?: () => void;
}) {
  return (
    <div className={`alert ${styles.error}`} role="alert">
      <p className={styles.title}>{title}</p>
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
