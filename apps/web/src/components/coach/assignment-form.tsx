'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useFieldArray, useForm, useWatch, type Path } from 'react-hook-form';
import {
  ASSIGNMENT_EXERCISES,
  ASSIGNMENT_WEEKS,
  DEFAULT_PROGRAM_TARGETS,
  defaultPrescription,
  weightInUnit,
  type CalorieTarget,
  type Sex,
  type UnitSystem,
} from '@sixstep/domain';
import { fieldControlProps, FormField } from '@/components/ui/form-field';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useTRPC } from '@/trpc/client';
import { apiErrorMessage, setApiErrors } from '@/components/ui/api-error';
import type { CurrentAssignment } from './api-types';
import {
  assignmentFormSchema,
  type AssignmentFormInput,
  type AssignmentFormValues,
} from './assignment-form-schema';
import { CalorieSummary } from './calorie-summary';
import styles from './assignment-form.module.css';

const numberOrNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));

/** API paths of the assignment input mapped onto this form's fields; null for none (shown on the form). */
function formPath(apiPath: string): Path<AssignmentFormInput> | null {
  if (apiPath === 'targets.calories.targetKcal') return 'targetKcal';
  if (apiPath === 'targets.exercises') return 'exercises';
  const exercise = /^targets\.exercises\.(\d+)\.(exerciseId|sets|reps|loadKg)$/.exec(apiPath);
  if (exercise)
    return `exercises.${Number(exercise[1])}.${exercise[2] === 'loadKg' ? 'load' : (exercise[2] as 'exerciseId' | 'sets' | 'reps')}`;
  if (
    apiPath === 'programId' ||
    apiPath === 'startDate' ||
    apiPath === 'weeks' ||
    apiPath === 'effectiveFrom'
  )
    return apiPath;
  return null;
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
    resolver: zodResolver(assignmentFormSchema(sex, unit)),
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
          effectiveFrom: today,
        }
      : {
          programId: '',
          startDate: today,
          weeks: 12,
          exercises: [],
          targetKcal: computed.targetKcal,
        },
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
    // The catalog lists live exercises only: a suggestion missing from it is archived.
    const suggested = program.defaultExerciseIds.map((id) => {
      const live = strength.find((e) => e.id === id);
      return live
        ? { ...live, archived: false }
        : { id, name: '', category: 'strength' as const, archived: true };
    });
    exercises.replace(
      defaultPrescription(program.targets.strength, suggested).map((e) => ({
        exerciseId: e.exerciseId,
        sets: e.sets,
        reps: e.reps,
        load: null,
      })),
    );
  }, [current, programList, strength, programId, setValue, getValues, exercises]);

  const onSuccess = async () => {
    await queryClient.invalidateQueries({
      queryKey: trpc.assignments.current.queryKey({ clientId }),
    });
    await queryClient.invalidateQueries({ queryKey: trpc.adherence.pathKey() });
    onDone();
  };
  const onError = (error: unknown) => setApiErrors(error, setError, formPath);
  const create = useMutation(trpc.assignments.create.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.assignments.update.mutationOptions({ onSuccess, onError }));
  const saving = create.isPending || update.isPending;

  const submit = handleSubmit((values) => {
    const chosen = values.exercises.map(({ load, ...e }) => ({ ...e, loadKg: load }));
    const targets = { calories: { targetKcal: values.targetKcal }, exercises: chosen };
    if (current)
      update.mutate({
        id: current.id,
        startDate: values.startDate,
        weeks: values.weeks,
        targets,
        effectiveFrom: values.effectiveFrom,
      });
    else
      create.mutate({
        clientId,
        programId: values.programId,
        startDate: values.startDate,
        weeks: values.weeks,
        targets,
      });
  });

  if (programs.isPending || catalog.isPending)
    return <LoadingState label="Loading templates and exercises…" />;
  if (programs.isError || catalog.isError)
    return (
      <ErrorState
        title="Templates or exercises could not be loaded"
        message={apiErrorMessage(programs.error ?? catalog.error)}
      />
    );
  if (programs.data.length === 0)
    return (
      <p className="notice">No program template is available yet; ask an admin to set one up.</p>
    );

  const errors = formState.errors;
  const described = (id: string, error: string | undefined, hasHint = false) => ({
    id,
    error,
    props: fieldControlProps(id, error, hasHint),
  });
  const program = described('assign-program', errors.programId?.message);
  const start = described('assign-start', errors.startDate?.message);
  const weeks = described('assign-weeks', errors.weeks?.message);
  const calories = described('assign-kcal', errors.targetKcal?.message, true);
  const effective = described('assign-effective', errors.effectiveFrom?.message, true);
  const exercisesError = errors.exercises?.message ?? errors.exercises?.root?.message;
  return (
    <form
      onSubmit={submit}
      noValidate
      className="stack"
      aria-label={current ? 'Adjust the assignment' : 'Assign a program'}
    >
      <div className="grid">
        {current ? (
          <p>
            Template: <strong>{current.programName}</strong>
            <br />
            <span className="muted">
              To switch templates, end this program and assign a new one.
            </span>
          </p>
        ) : (
          <FormField id={program.id} label="Program template" error={program.error}>
            <select {...program.props} {...register('programId')}>
              {programs.data.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </FormField>
        )}
        <FormField id={start.id} label="Start date" error={start.error}>
          <input type="date" {...start.props} {...register('startDate')} />
        </FormField>
        <FormField id={weeks.id} label="Length (weeks)" error={weeks.error}>
          <input
            type="number"
            inputMode="numeric"
            min={ASSIGNMENT_WEEKS.min}
            max={ASSIGNMENT_WEEKS.max}
            {...weeks.props}
            {...register('weeks', { valueAsNumber: true })}
          />
        </FormField>
      </div>

      <fieldset
        className={styles.fieldset}
        aria-describedby={exercisesError ? 'assign-exercises-error' : undefined}
      >
        <legend>
          Strength exercises ({ASSIGNMENT_EXERCISES.min}-{ASSIGNMENT_EXERCISES.max})
        </legend>
        <p className="muted" style={{ margin: 0 }}>
          Leave the load empty for body-weight exercises.
        </p>
        {exercises.fields.map((field, index) => {
          const e = errors.exercises?.[index];
          const exercise = described(`assign-ex-${index}`, e?.exerciseId?.message);
          const sets = described(`assign-ex-${index}-sets`, e?.sets?.message);
          const reps = described(`assign-ex-${index}-reps`, e?.reps?.message);
          const load = described(`assign-ex-${index}-load`, e?.load?.message);
          return (
            <div key={field.id} className={styles.exerciseRow}>
              <div className={styles.exerciseName}>
                <FormField id={exercise.id} label={`Exercise ${index + 1}`} error={exercise.error}>
                  <select {...exercise.props} {...register(`exercises.${index}.exerciseId`)}>
                    <option value="">Choose…</option>
                    {strength?.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name}
                      </option>
                    ))}
                  </select>
                </FormField>
              </div>
              <FormField id={sets.id} label="Sets" error={sets.error}>
                <input
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={10}
                  {...sets.props}
                  {...register(`exercises.${index}.sets`, { valueAsNumber: true })}
                />
              </FormField>
              <FormField id={reps.id} label="Reps" error={reps.error}>
                <input
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={100}
                  {...reps.props}
                  {...register(`exercises.${index}.reps`, { valueAsNumber: true })}
                />
              </FormField>
              <FormField id={load.id} label={`Load (${unit})`} error={load.error}>
                <input
                  type="number"
                  inputMode="decimal"
                  min={0}
                  step="0.5"
                  {...load.props}
                  {...register(`exercises.${index}.load`, { setValueAs: numberOrNull })}
                />
              </FormField>
              <button
                type="button"
                className="secondary"
                onClick={() => exercises.remove(index)}
                disabled={exercises.fields.length <= ASSIGNMENT_EXERCISES.min}
                aria-label={`Remove exercise ${index + 1}`}
              >
                Remove
              </button>
            </div>
          );
        })}
        {exercisesError && (
          <p id="assign-exercises-error" className="field-error">
            {exercisesError}
          </p>
        )}
        {exercises.fields.length < ASSIGNMENT_EXERCISES.max && (
          <div>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                const chosen = programs.data.find((p) => p.id === getValues('programId'));
                exercises.append({
                  exerciseId: '',
                  sets: (chosen?.targets ?? DEFAULT_PROGRAM_TARGETS).strength.setsPerExercise,
                  reps: (chosen?.targets ?? DEFAULT_PROGRAM_TARGETS).strength.repsPerSet,
                  load: null,
                });
              }}
            >
              Add an exercise
            </button>
          </div>
        )}
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend>Calories</legend>
        <CalorieSummary
          computed={computed}
          chosenKcal={Number.isFinite(targetKcal) ? targetKcal : null}
          unit={unit}
        />
        <FormField
          id={calories.id}
          label="Daily calorie target (kcal)"
          error={calories.error}
          hint={`Suggested ${computed.targetKcal.toLocaleString('en-US')} kcal; never under the floor of ${computed.floorKcal.toLocaleString('en-US')} kcal.`}
        >
          <input
            type="number"
            inputMode="numeric"
            step={10}
            min={computed.floorKcal}
            {...calories.props}
            {...register('targetKcal', { valueAsNumber: true })}
          />
        </FormField>
      </fieldset>

      {current && (
        <FormField
          id={effective.id}
          label="New targets apply from"
          error={effective.error}
          hint="Today or a later day. Days before it keep the targets they had, so past scores do not change."
        >
          <input type="date" min={today} {...effective.props} {...register('effectiveFrom')} />
        </FormField>
      )}

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
