'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { get, useForm, type FieldErrors, type Path, type UseFormRegister } from 'react-hook-form';
import {
  DEFAULT_PROGRAM_TARGETS,
  DEFAULT_DEFICIT_KCAL,
  PRODUCT_DEFAULTS,
  calorieFloor,
  programTargetsSchema,
  type ProgramTargets,
} from '@sixstep/domain';
import { apiErrorCode, apiErrorMessage, apiFieldErrors } from '@/components/ui/api-error';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { FormField, fieldControlProps } from '@/components/ui/form-field';
import { useTRPC } from '@/trpc/client';
import styles from './program-template-editor.module.css';

type NumberPath = Exclude<
  Path<ProgramTargets>,
  'strength' | 'cardio' | 'hiit' | 'food' | 'treats' | 'food.proteinEveryMeal'
>;

interface StepField {
  path: NumberPath;
  label: string;
  unit?: string;
}

const STEPS: Array<{ title: string; fields: StepField[] }> = [
  {
    title: '1 · Strength (back focus)',
    fields: [
      { path: 'strength.sessionsPerWeek', label: 'Sessions a week', unit: 'sessions' },
      { path: 'strength.minSessionsPerWeek', label: 'Minimum sessions a week', unit: 'sessions' },
      { path: 'strength.setsPerExercise', label: 'Sets of each exercise', unit: 'sets' },
      { path: 'strength.repsPerSet', label: 'Repetitions per set', unit: 'reps' },
    ],
  },
  {
    title: '2 · Cardio',
    fields: [
      { path: 'cardio.sessionsPerWeek', label: 'Sessions a week', unit: 'sessions' },
      { path: 'cardio.minSessionsPerWeek', label: 'Minimum sessions a week', unit: 'sessions' },
      { path: 'cardio.minutesPerSession', label: 'Minutes per session (at least)', unit: 'min' },
    ],
  },
  {
    title: '3 · Interval training (HIIT)',
    fields: [
      { path: 'hiit.sessionsPerWeek', label: 'Sessions a week', unit: 'sessions' },
      { path: 'hiit.minMinutes', label: 'Shortest session', unit: 'min' },
      { path: 'hiit.maxMinutes', label: 'Longest session', unit: 'min' },
    ],
  },
  {
    title: '5 · Satisfying food',
    fields: [
      {
        path: 'food.fatServingsMin',
        label: 'Healthy-fat servings a day (at least)',
        unit: 'servings',
      },
      {
        path: 'food.fatServingsMax',
        label: 'Healthy-fat servings a day (at most)',
        unit: 'servings',
      },
      {
        path: 'food.vegServingsMin',
        label: 'Vegetable servings a day (at least)',
        unit: 'servings',
      },
    ],
  },
  {
    title: '6 · Treats',
    fields: [{ path: 'treats.allowancePerWeek', label: 'Treats allowed a week', unit: 'treats' }],
  },
];

const isProductDefault = (path: string) => PRODUCT_DEFAULTS.includes(path);

const ProductDefaultBadge = () => <span className="badge warn">Product default</span>;

function NumberField({
  field,
  register,
  errors,
}: {
  field: StepField;
  register: UseFormRegister<ProgramTargets>;
  errors: FieldErrors<ProgramTargets>;
}) {
  const id = `target-${field.path.replace('.', '-')}`;
  const error = get<typeof errors, { message?: string } | undefined>(errors, field.path)?.message;
  const productDefault = isProductDefault(field.path);
  const hint = `Default ${get<ProgramTargets, number>(DEFAULT_PROGRAM_TARGETS, field.path)}${field.unit ? ` ${field.unit}` : ''}${productDefault ? ' (our own starting point, not from the source method)' : ''}`;
  return (
    <FormField
      id={id}
      label={
        <>
          {field.label} {productDefault && <ProductDefaultBadge />}
        </>
      }
      hint={hint}
      error={error}
    >
      <input
        {...fieldControlProps(id, error, true)}
        {...register(field.path, { valueAsNumber: true })}
        type="number"
        inputMode="numeric"
        step={1}
        min={0}
      />
    </FormField>
  );
}

/** The admin edits the system template's weekly targets; stale edits are refused, input kept. */
export function ProgramTemplateEditor() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const programs = useQuery({ ...trpc.programs.list.queryOptions(), staleTime: Infinity });
  const template = programs.data?.find((p) => p.isSystem);
  const update = useMutation(trpc.programs.update.mutationOptions());
  const [status, setStatus] = useState<'idle' | 'saved' | 'conflict' | 'reloaded'>('idle');
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ProgramTargets>({
    resolver: zodResolver(programTargetsSchema),
    values: template?.targets,
    resetOptions: { keepDirtyValues: true },
  });

  if (programs.isPending) return <LoadingState label="Loading the template…" />;
  if (programs.isError)
    return (
      <ErrorState
        title="The template could not be loaded"
        message={apiErrorMessage(programs.error)}
        onRetry={() => programs.refetch()}
      />
    );
  if (!template)
    return (
      <EmptyState title="There is no system template yet">
        Seed the database (pnpm db:seed) to create the six-step template; it is the starting point
        for every assignment.
      </EmptyState>
    );

  const submit = handleSubmit(async (targets) => {
    setFormError(null);
    setStatus('idle');
    try {
      await update.mutateAsync({ id: template.id, version: template.version, targets });
      await queryClient.invalidateQueries({ queryKey: trpc.programs.list.queryKey() });
      setStatus('saved');
    } catch (error) {
      if (apiErrorCode(error) === 'CONFLICT') return setStatus('conflict');
      let shown = false;
      for (const [path, message] of Object.entries(apiFieldErrors(error))) {
        const field = path.replace(/^targets\./, '') as Path<ProgramTargets>;
        setError(field, { type: 'server', message });
        shown = true;
      }
      if (!shown) setFormError(apiErrorMessage(error));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Program targets">
      <p className={`muted ${styles.legend}`}>
        <ProductDefaultBadge /> marks numbers Sixstep chose itself because the method gives none.
        Coaches can change every target per client.
      </p>
      {status === 'conflict' && (
        <div role="alert" className={`alert ${styles.banner}`}>
          <p>
            <strong>Someone else saved this template after you opened it.</strong> Your numbers were
            not saved and are still in the form.
          </p>
          <button
            type="button"
            className="secondary"
            disabled={programs.isFetching}
            onClick={async () => {
              await programs.refetch();
              setStatus('reloaded');
            }}
          >
            {programs.isFetching ? 'Loading…' : 'Load the latest version'}
          </button>
        </div>
      )}
      {status === 'reloaded' && (
        <p role="status" className={`notice ${styles.banner}`}>
          Loaded the latest template. The numbers you changed keep your input; review them and save
          again.
        </p>
      )}
      {status === 'saved' && (
        <p role="status" className={`success ${styles.banner}`}>
          Saved. New assignments start from these targets; existing ones are unchanged.
        </p>
      )}
      <div className={styles.steps}>
        {STEPS.slice(0, 3).map((step) => (
          <fieldset key={step.title} className={`${styles.fieldset} ${styles.step}`}>
            <legend>{step.title}</legend>
            {step.fields.map((field) => (
              <NumberField key={field.path} field={field} register={register} errors={errors} />
            ))}
          </fieldset>
        ))}
        <section className={`${styles.fieldset} ${styles.step}`} aria-labelledby="calories-title">
          <h2 id="calories-title" className={styles.stepTitle}>
            4 · Daily calories
          </h2>
          <p>
            Personal, so not part of the template: each client starts at their maintenance (TDEE)
            minus {DEFAULT_DEFICIT_KCAL} kcal, never below{' '}
            {calorieFloor('female').toLocaleString('en-US')} kcal for women or{' '}
            {calorieFloor('male').toLocaleString('en-US')} kcal for men. The coach sets it when
            assigning the program.
          </p>
        </section>
        {STEPS.slice(3).map((step) => (
          <fieldset key={step.title} className={`${styles.fieldset} ${styles.step}`}>
            <legend>{step.title}</legend>
            {step.title.startsWith('5') && (
              <label className={styles.check}>
                <input type="checkbox" {...register('food.proteinEveryMeal')} />
                Protein at every meal
              </label>
            )}
            {step.fields.map((field) => (
              <NumberField key={field.path} field={field} register={register} errors={errors} />
            ))}
          </fieldset>
        ))}
      </div>
      {formError && (
        <p role="alert" className="alert">
          {formError}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save the template'}
        </button>
        <span className="muted">
          {template.name} · version {template.version}
        </span>
      </div>
    </form>
  );
}
