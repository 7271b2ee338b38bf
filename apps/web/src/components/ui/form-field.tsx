import type { ReactNode } from 'react';
import styles from './form-field.module.css';

/**
 * The attributes that tie an input to its label, hint and error. Spread them on the control:
 * `<input {...fieldControlProps('name', errors.name?.message, hasHint)} />`.
 */
export function fieldControlProps(id: string, error?: string, hasHint = false) {
  const describedBy = [hasHint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
}

export interface FormFieldProps {
  /** The control's id (spread fieldControlProps(id, error, Boolean(hint)) on the control). */
  id: string;
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  /** The input, select or textarea. */
  children: ReactNode;
}

/** A labelled control with an optional hint and its error message right under it. */
export function FormField({ id, label, error, hint, children }: FormFieldProps) {
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className={`muted ${styles.hint}`}>
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className={`field-error ${styles.error}`}>
          {error}
        </p>
      )}
    </div>
  );
}
