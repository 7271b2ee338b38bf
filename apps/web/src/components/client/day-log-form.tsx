'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { DAY_LOG_LIMITS, type dayLogInputSchema, type UnitSystem } from '@sixstep/domain';
import { useLightMutation } from '@/trpc/mutation';
import { Stepper } from './stepper';
import { useFields } from './use-fields';
import { WeightInput } from './weight-input';
import styles from './day-log-form.module.css';

type DayLogValues = z.input<typeof dayLogInputSchema>;

type DayFields = Omit<DayLogValues, 'date'>;

/** The fields in the order they appear: the first invalid one gets the focus. */
const FIELDS: ReadonlyArray<keyof DayFields> = [
  'calories',
  'meals',
  'proteinMeals',
  'fatServings',
  'vegServings',
  'treats',
  'plannedTreats',
  'weightKg',
  'note',
];

export interface DayLogFormProps {
  date: string;
  unit: UnitSystem;
  /** What is already logged for the date (null: nothing yet). */
  logged: Omit<DayLogValues, 'date'> | null;
  targets: {
    targetKcal: number;
    floorKcal: number;
    fatServingsMin: number;
    fatServingsMax: number;
    vegServingsMin: number;
    treatsLeft: number;
  };
}

/** A blank note is no note: compare and send it as null. */
const normal = (name: keyof DayFields, value: unknown) =>
  name === 'note' && typeof value === 'string' && value.trim() === '' ? null : (value ?? null);

/** What the form holds for a stored day (null: nothing logged yet). */
function fieldsOf(logged: DayFields | null): DayFields {
  return {
    calories: logged?.calories ?? null,
    meals: logged?.meals ?? null,
    proteinMeals: logged?.proteinMeals ?? null,
    fatServings: logged?.fatServings ?? null,
    vegServings: logged?.vegServings ?? null,
    treats: logged?.treats ?? null,
    plannedTreats: logged?.plannedTreats ?? null,
    weightKg: logged?.weightKg ?? null,
    note: logged?.note ?? '',
  };
}

/**
 * The day's diary: big inputs and steppers, one save. Only the fields the person changed are
 * sent (an emptied field as null, which clears it); the API keeps every field not sent. A field
 * the browser cannot read as a number blocks the save, as does any field the API refuses: nothing
 * is stored then, the reason sits next to the Save button and the focus moves to the first
 * invalid field. "Saved" appears only when the whole change was stored.
 */
export function DayLogForm({ date, unit, logged, targets }: DayLogFormProps) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [status, setStatus] = useState<'idle' | 'saved' | 'unchanged'>('idle');
  /** What the server holds, as far as this form knows: the baseline for "changed". */
  const [stored, setStored] = useState<DayFields>(() => fieldsOf(logged));
  /** Fields whose box holds text that is not a number. */
  const [unreadable, setUnreadable] = useState<ReadonlySet<keyof DayFields>>(new Set());
  const [focusRequest, setFocusRequest] = useState(0);
  const form = useFields<DayFields>(() => fieldsOf(logged));
  const { errors, values } = form;
  const change = <K extends keyof DayFields>(name: K, value: DayFields[K], bad = false) => {
    setStatus('idle');
    setUnreadable((current) => {
      if (current.has(name) === bad) return current;
      const next = new Set(current);
      if (bad) next.add(name);
      else next.delete(name);
      return next;
    });
    form.set(name, value);
  };

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const save = useLightMutation('logs.upsertDay', {
    onSuccess: ({ date: _date, ...sent }) => {
      setStored((current) => ({ ...current, ...sent }));
      setStatus('saved');
      router.refresh();
    },
    onError: (error) => {
      form.fail(error, FIELDS);
      setFocusRequest((n) => n + 1);
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setStatus('idle');
    const problems: Record<string, string> = {};
    for (const name of FIELDS)
      if (unreadable.has(name))
        problems[name] =
          name === 'weightKg' ? 'Weight must be a number' : 'Calories must be a number';
    if (Object.keys(problems).length > 0) {
      form.setErrors(problems);
      setFocusRequest((n) => n + 1);
      return;
    }
    form.clearErrors();
    const changes: Partial<DayFields> = {};
    for (const name of FIELDS) {
      const value = normal(name, values[name]);
      if (value !== normal(name, stored[name])) Object.assign(changes, { [name]: value });
    }
    if (Object.keys(changes).length === 0) {
      setStatus('unchanged');
      return;
    }
    save.mutate({ date, ...changes });
  };

  const firstError = errors.root ?? FIELDS.map((name) => errors[name]).find(Boolean);

  const count = (
    name: Exclude<keyof DayLogValues, 'date' | 'note' | 'weightKg' | 'calories'>,
    label: string,
    max: number,
    hint?: string,
  ) => (
    <Stepper
      label={label}
      value={values[name]}
      onChange={(v) => change(name, v)}
      max={max}
      hint={hint}
      error={errors[name]}
    />
  );

  return (
    <form ref={formRef} onSubmit={onSubmit} className={styles.form} noValidate aria-label="Day log">
      <div className={styles.big}>
        <label htmlFor="day-calories">Calories eaten</label>
        <input
          id="day-calories"
          type="number"
          inputMode="numeric"
          min={0}
          max={DAY_LOG_LIMITS.calories}
          aria-describedby="day-calories-hint"
          // Rendered on the server too, so the saved value shows before the form hydrates.
          value={values.calories ?? ''}
          aria-invalid={errors.calories ? true : undefined}
          onChange={(e) =>
            change(
              'calories',
              e.target.value === '' ? null : Number(e.target.value),
              e.target.validity.badInput,
            )
          }
        />
        <p id="day-calories-hint" className={styles.hint}>
          Aim for {targets.floorKcal.toLocaleString('en')}–{targets.targetKcal.toLocaleString('en')}{' '}
          kcal.
        </p>
        {errors.calories && <p className="field-error">{errors.calories}</p>}
      </div>

      <div className={styles.grid}>
        {count('meals', 'Meals', DAY_LOG_LIMITS.meals)}
        {count('proteinMeals', 'Meals with protein', DAY_LOG_LIMITS.meals, 'Protein in every meal')}
        {count(
          'fatServings',
          'Fat servings',
          DAY_LOG_LIMITS.fatServings,
          `Aim for ${targets.fatServingsMin}–${targets.fatServingsMax}`,
        )}
        {count(
          'vegServings',
          'Vegetable servings',
          DAY_LOG_LIMITS.vegServings,
          `At least ${targets.vegServingsMin}`,
        )}
        {count('treats', 'Treats', DAY_LOG_LIMITS.treats, `${targets.treatsLeft} left this week`)}
        {count(
          'plannedTreats',
          'Planned treats',
          DAY_LOG_LIMITS.treats,
          'How many of them you planned',
        )}
      </div>

      <div className={styles.big}>
        <label htmlFor="day-weight">Body weight ({unit})</label>
        <WeightInput
          id="day-weight"
          unit={unit}
          valueKg={values.weightKg}
          aria-invalid={errors.weightKg ? true : undefined}
          onChangeKg={(kg, bad) => change('weightKg', kg, bad)}
        />
        {errors.weightKg && <p className="field-error">{errors.weightKg}</p>}
      </div>

      <label>
        Note
        <textarea
          id="day-note"
          rows={2}
          value={values.note ?? ''}
          onChange={(e) => change('note', e.target.value)}
          aria-invalid={errors.note ? true : undefined}
        />
      </label>
      {errors.note && <p className="field-error">{errors.note}</p>}

      <div className={styles.actions}>
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save day'}
        </button>
        {/* Next to the button, so a phone shows why nothing was saved where the tap was. */}
        <p role="alert" className={`field-error ${styles.blocked}`} data-testid="day-save-error">
          {firstError ? `Not saved: ${firstError}` : ''}
        </p>
        <p role="status" className={styles.status}>
          {status === 'saved' ? 'Day saved.' : status === 'unchanged' ? 'Nothing changed.' : ''}
        </p>
      </div>
    </form>
  );
}
