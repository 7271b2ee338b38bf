'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useFieldArray, useForm, useWatch, type Path } from 'react-hook-form';
import { weightInUnit, weightToKg, type CalorieTarget, type Sex, type UnitSystem } from '@sixstep/domain';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useTRPC } from '@/trpc/client';
import { apiFieldErrors } from './api-errors';
import type { CurrentAssignment } from './api-types';
import { assignmentFormSchema, EXERCISES_MAX, EXERCISES_MIN, type AssignmentFormInput, type AssignmentFormValues } from './assignment-form-schema';
import { CalorieSummary } from './calorie-summary';
import styles from './assignment-form.module.css';

const numberOrNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));

/** API paths of the assignment input mapped onto this form's fields. */
function formPath(apiPath: string): Path<AssignmentFormInput> | 'root' {
  if (apiPath.endsWith('targetKcal')) return 'targetKcal';
  const exercise = /exercises\.(\d+)\.(exerciseId|sets|reps|loadKg)/.exec(apiPath);
  if (exercise) return `exercises.${Number(exercise[1])}.${exercise[2] === 'loadKg' ? 'load' : (exercise[2] as 'exerciseId' | 'sets' | 'reps')}`;
  if (apiPath === 'programId' || apiPath === 'startDate' || apiPath === 'weeks') return apiPath;
  return 'root';
}

export function AssignmentForm({
  clientId,
  sex,
  unit,
  computed,
  today,
  current,
  onDone,
}: {
  clientId: string;
  sex: Sex;
  unit: UnitSystem;
  computed: CalorieTarget;
  today: string;
  /** The running assignment when adjusting it; absent when assigning a new one. */
  current: CurrentAssignment | null;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const programs = useQuery(trpc.programs.list.queryOptions());
  const catalog = useQuery(trpc.catalog.list.queryOptions({ category: 'strength', limit: 100 }));

  const form = useForm<AssignmentFormInput, unknown, AssignmentFormValues>({
    resolver: zodResolver(assignmentFormSchema(sex)),
    defaultValues: current
      ? {
          programId: current.programId,
          startDate: current.startDate,
          weeks: current.weeks,
          exercises: current.targets.exercises.map((e) => ({
            exerciseId: e.exerciseId,
            sets: e.sets,
            reps: e.reps,
            load: e.loadKg === null ? null : weightInUnit(e.loadKg, unit),
          })),
          targetKcal: current.targets.calories.targetKcal,
        }
      : { programId: '', startDate: today, weeks: 12, exercises: [], targetKcal: computed.targetKcal },
  });
  const { register, handleSubmit, control, formState, setError, setValue, getValues } = form;
  const exercises = useFieldArray({ control, name: 'exercises' });
  const programId = useWatch({ control, name: 'programId' });
  const targetKcal = useWatch({ control, name: 'targetKcal' });

  const programList = programs.data;
  const strength = catalog.data?.items;

  // A new assignment starts from the template's suggested exercises and prescription.
  useEffect(() => {
    if (current || !programList || !strength) return;
    const program = programList.find((p) => p.id === programId) ?? programList[0];
    if (!program) return;
    if (!programId) setValue('programId', program.id);
    if (getValues('exercises').length > 0) return;
    const suggested = program.defaultExerciseIds.filter((id) => strength.some((e) => e.id === id)).slice(0, EXERCISES_MAX);
    const picks = suggested.length >= EXERCISES_MIN ? suggested : strength.slice(0, EXERCISES_MIN).map((e) => e.id);
    exercises.replace(
      picks.map((exerciseId) => ({ exerciseId, sets: program.targets.strength.setsPerExercise, reps: program.targets.strength.repsPerSet, load: null })),
    );
  }, [current, programList, strength, programId, setValue, getValues, exercises]);

  const onSuccess = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.assignments.current.queryKey({ clientId }) });
    await queryClient.invalidateQueries({ queryKey: trpc.adherence.pathKey() });
    onDone();
  };
  const onError = (error: unknown) => {
    const fields = apiFieldErrors(error);
    const entries = Object.entries(fields);
    if (entries.length === 0) setError('root', { message: error instanceof Error ? error.message : 'Saving failed' });
    for (const [path, message] of entries) setError(formPath(path), { message });
  };
  const create = useMutation(trpc.assignments.create.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.assignments.update.mutationOptions({ onSuccess, onError }));
  const saving = create.isPending || update.isPending;

  const submit = handleSubmit((values) => {
    const chosen = values.exercises.map((e) => ({
      exerciseId: e.exerciseId,
      sets: e.sets,
      reps: e.reps,
      loadKg: e.load === null ? null : Math.round(weightToKg(e.load, unit) * 100) / 100,
    }));
    const targets = { calories: { targetKcal: values.targetKcal }, exercises: chosen };
    if (current) update.mutate({ id: current.id, startDate: values.startDate, weeks: values.weeks, targets });
    else create.mutate({ clientId, programId: values.programId, startDate: values.startDate, weeks: values.weeks, targets });
  });

  if (programs.isPending || catalog.isPending) return <LoadingState label="Loading templates and exercises…" />;
  if (programs.isError || catalog.isError)
    return <ErrorState title="Templates or exercises could not be loaded" message={(programs.error ?? catalog.error)?.message ?? ''} />;
  if (programs.data.length === 0) return <p className="notice">No program template is available yet; ask an admin to set one up.</p>;

  const errors = formState.errors;
  const calorieError = errors.targetKcal?.message;
  return (
    <form onSubmit={submit} noValidate className="stack" aria-label={current ? 'Adjust the assignment' : 'Assign a program'}>
      <div className="grid">
        {current ? (
          <p>
            Template: <strong>{current.programName}</strong>
            <br />
            <span className="muted">To switch templates, end this program and assign a new one.</span>
          </p>
        ) : (
          <label>
            Program template
            <select {...register('programId')} aria-invalid={Boolean(errors.programId)} aria-describedby="programId-error">
              {programs.data.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
            <FieldError id="programId-error" message={errors.programId?.message} />
          </label>
        )}
        <label>
          Start date
          <input type="date" {...register('startDate')} aria-invalid={Boolean(errors.startDate)} aria-describedby="startDate-error" />
          <FieldError id="startDate-error" message={errors.startDate?.message} />
        </label>
        <label>
          Length (weeks)
          <input type="number" inputMode="numeric" min={1} max={52} {...register('weeks', { valueAsNumber: true })} aria-invalid={Boolean(errors.weeks)} aria-describedby="weeks-error" />
          <FieldError id="weeks-error" message={errors.weeks?.message} />
        </label>
      </div>

      <fieldset className={styles.fieldset}>
        <legend>Strength exercises ({EXERCISES_MIN}-{EXERCISES_MAX})</legend>
        <p className="muted" style={{ margin: 0 }}>
          Leave the load empty for body-weight exercises.
        </p>
        {exercises.fields.map((field, index) => {
          const e = errors.exercises?.[index];
          return (
            <div key={field.id} className={styles.exerciseRow}>
              <label className={styles.exerciseName}>
                Exercise {index + 1}
                <select {...register(`exercises.${index}.exerciseId`)} aria-invalid={Boolean(e?.exerciseId)} aria-describedby={`ex-${index}-error`}>
                  <option value="">Choose…</option>
                  {strength?.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Sets
                <input type="number" inputMode="numeric" min={1} max={10} {...register(`exercises.${index}.sets`, { valueAsNumber: true })} aria-invalid={Boolean(e?.sets)} aria-describedby={`ex-${index}-error`} />
              </label>
              <label>
                Reps
                <input type="number" inputMode="numeric" min={1} max={100} {...register(`exercises.${index}.reps`, { valueAsNumber: true })} aria-invalid={Boolean(e?.reps)} aria-describedby={`ex-${index}-error`} />
              </label>
              <label>
                Load ({unit})
                <input type="number" inputMode="decimal" min={0} step="0.5" {...register(`exercises.${index}.load`, { setValueAs: numberOrNull })} aria-invalid={Boolean(e?.load)} aria-describedby={`ex-${index}-error`} />
              </label>
              <button type="button" className="secondary" onClick={() => exercises.remove(index)} disabled={exercises.fields.length <= EXERCISES_MIN} aria-label={`Remove exercise ${index + 1}`}>
                Remove
              </button>
              <FieldError id={`ex-${index}-error`} message={e?.exerciseId?.message ?? e?.sets?.message ?? e?.reps?.message ?? e?.load?.message} />
            </div>
          );
        })}
        <FieldError id="exercises-error" message={errors.exercises?.message ?? errors.exercises?.root?.message} />
        {exercises.fields.length < EXERCISES_MAX && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              const program = programs.data.find((p) => p.id === getValues('programId'));
              exercises.append({ exerciseId: '', sets: program?.targets.strength.setsPerExercise ?? 3, reps: program?.targets.strength.repsPerSet ?? 12, load: null });
            }}
          >
            Add an exercise
          </button>
        )}
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend>Calories</legend>
        <CalorieSummary computed={computed} chosenKcal={Number.isFinite(targetKcal) ? targetKcal : null} unit={unit} />
        <label>
          Daily calorie target (kcal)
          <input
            type="number"
            inputMode="numeric"
            step={10}
            min={computed.floorKcal}
            {...register('targetKcal', { valueAsNumber: true })}
            aria-invalid={Boolean(calorieError)}
            aria-describedby="targetKcal-hint targetKcal-error"
          />
          <span id="targetKcal-hint" className="muted">
            Suggested {computed.targetKcal.toLocaleString('en-US')} kcal; never under the floor of {computed.floorKcal.toLocaleString('en-US')} kcal.
          </span>
          <FieldError id="targetKcal-error" message={calorieError} />
        </label>
      </fieldset>

      {errors.root?.message && (
        <p role="alert" className="alert">
          {errors.root.message}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={saving}>
          {saving ? 'Saving…' : current ? 'Save changes' : 'Assign the program'}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return (
    <span id={id} className="field-error" role={message ? 'alert' : undefined}>
      {message}
    </span>
  );
}
