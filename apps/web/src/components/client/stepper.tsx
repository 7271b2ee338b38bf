'use client';

import { useId } from 'react';
import styles from './stepper.module.css';

interface StepperProps {
  label: string;
  value: number | null | undefined;
  onChange: (value: number | null) => void;
  min?: number;
  max: number;
  step?: number;
  hint?: string;
  error?: string;
  /** Text after the number, e.g. "kcal". */
  unit?: string;
}

/** A large number field with − / + buttons: quick to adjust with a thumb, still typeable. */
export function Stepper({
  label,
  value,
  onChange,
  min = 0,
  max,
  step = 1,
  hint,
  error,
  unit,
}: StepperProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const current = value ?? null;
  const clamp = (n: number) => Math.min(max, Math.max(min, n));
  const describedBy =
    [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <div className={styles.controls}>
        <button
          type="button"
          className={`secondary ${styles.button}`}
          aria-label={`Less ${label.toLowerCase()}`}
          disabled={current !== null && current <= min}
          onClick={() => onChange(clamp(current === null ? min : current - step))}
        >
          −
        </button>
        <input
          id={id}
          className={styles.input}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={step}
          value={current ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
        />
        <button
          type="button"
          className={`secondary ${styles.button}`}
          aria-label={`More ${label.toLowerCase()}`}
          disabled={current !== null && current >= max}
          onClick={() => onChange(clamp(current === null ? min + step : current + step))}
        >
          +
        </button>
        {unit && <span className="muted">{unit}</span>}
      </div>
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
