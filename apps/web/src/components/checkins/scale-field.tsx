import styles from './checkin-form.module.css';

/** A 1-5 answer as five large radio buttons (thumb-sized on a phone), with what the ends mean. */
export function ScaleField({
  name,
  label,
  low,
  high,
  value,
  error,
  onChange,
}: {
  name: string;
  label: string;
  low: string;
  high: string;
  value: number | null;
  error?: string;
  onChange: (value: number) => void;
}) {
  return (
    <fieldset className={styles.scale} aria-describedby={error ? `${name}-error` : undefined}>
      <legend>{label}</legend>
      <div className={styles.choices}>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n}>
            <input
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
              aria-label={`${label} ${n} of 5`}
            />
            <span>{n}</span>
          </label>
        ))}
      </div>
      <p className={`muted ${styles.ends}`}>
        <span>1 = {low}</span>
        <span>5 = {high}</span>
      </p>
      {error && (
        <p id={`${name}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
