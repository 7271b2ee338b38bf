'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { EXERCISE_CATEGORIES, EXERCISE_EDITABLE_FIELDS } from '@sixstep/domain';
import { EXERCISE_LIMITS, type ExerciseFields } from '@sixstep/api/schemas';
import { apiErrorMessage, showApiFieldErrors } from '@/components/ui/api-error';
import { FormField, fieldControlProps } from '@/components/ui/form-field';
import { useTRPC } from '@/trpc/client';
import styles from './exercise-form.module.css';
import { exerciseFormSchema, slugFromName, type ExerciseFormValues } from './exercise-form-schema';
import { CATEGORY_LABELS, DIFFICULTY_LABELS } from './labels';

export interface ExerciseFormProps {
  /** The exercise being edited (left out of its own progression choices); absent when creating. */
  exerciseId?: string;
  /** Starting values (create) or the latest stored values (edit: fields the person changed keep their input). */
  values: ExerciseFormValues;
  submitLabel: string;
  /** Saves; a thrown API error lands next to its field or above the buttons. */
  onSubmit: (fields: ExerciseFields) => Promise<unknown>;
  /** Lets the caller take over an error (a stale edit); return true when handled. */
  onError?: (error: unknown) => boolean;
  /** Every press of the submit button, valid or not: the caller drops the last save's banner. */
  onAttempt?: () => void;
  /** Shown under the progression choice: the easier exercises that lead here. */
  ladderNote?: ReactNode;
}

/** Create and edit an exercise, validated by the API's own schema. */
export function ExerciseForm({
  exerciseId,
  values,
  submitLabel,
  onSubmit,
  onError,
  onAttempt,
  ladderNote,
}: ExerciseFormProps) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    control,
    getFieldState,
    formState: { errors, isSubmitting },
  } = useForm<ExerciseFormValues, unknown, ExerciseFields>({
    resolver: zodResolver(exerciseFormSchema),
    values,
    resetOptions: { keepDirtyValues: true },
  });
  // useWatch, not watch(): a subscription React's compiler can memoize around.
  const category = useWatch({ control, name: 'category' });
  const progressionId = useWatch({ control, name: 'progressionId' });
  const candidates = useQuery(trpc.catalog.list.queryOptions({ category, limit: 100 }));
  const choices = (candidates.data?.items ?? []).filter((e) => e.id !== exerciseId);

  const submit = handleSubmit(async (fields) => {
    setFormError(null);
    try {
      await onSubmit(fields);
    } catch (error) {
      if (onError?.(error)) return;
      if (!showApiFieldErrors(error, setError, EXERCISE_EDITABLE_FIELDS))
        setFormError(apiErrorMessage(error));
    }
  });

  const nameField = register('name', {
    onChange: (event: { target: { value: string } }) => {
      // A new exercise's slug follows its name until someone edits the slug itself.
      if (!exerciseId && !getFieldState('slug').isDirty)
        setValue('slug', slugFromName(event.target.value));
    },
  });

  return (
    <form
      className={`card ${styles.form}`}
      onSubmit={(event) => {
        onAttempt?.();
        void submit(event);
      }}
      noValidate
      aria-label={submitLabel}
    >
      <div className={styles.pair}>
        <FormField id="exercise-name" label="Name" error={errors.name?.message}>
          <input
            {...fieldControlProps('exercise-name', errors.name?.message)}
            {...nameField}
            maxLength={EXERCISE_LIMITS.nameMax}
            autoComplete="off"
          />
        </FormField>
        <FormField
          id="exercise-slug"
          label="Slug"
          hint="Lower-case words joined by hyphens; used in links."
          error={errors.slug?.message}
        >
          <input
            {...fieldControlProps('exercise-slug', errors.slug?.message, true)}
            {...register('slug')}
            maxLength={EXERCISE_LIMITS.slugMax}
            autoComplete="off"
          />
        </FormField>
      </div>
      <div className={styles.pair}>
        <FormField id="exercise-category" label="Category" error={errors.category?.message}>
          <select
            {...fieldControlProps('exercise-category', errors.category?.message)}
            {...register('category')}
          >
            {EXERCISE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="exercise-difficulty" label="Difficulty" error={errors.difficulty?.message}>
          <select
            {...fieldControlProps('exercise-difficulty', errors.difficulty?.message)}
            {...register('difficulty', { valueAsNumber: true })}
          >
            {Object.entries(DIFFICULTY_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <div className={styles.pair}>
        <FormField
          id="exercise-muscles"
          label="Muscles"
          hint="Separate them with commas."
          error={errors.muscles?.message}
        >
          <input
            {...fieldControlProps('exercise-muscles', errors.muscles?.message, true)}
            {...register('muscles')}
            autoComplete="off"
          />
        </FormField>
        <FormField
          id="exercise-equipment"
          label="Equipment"
          hint="Separate items with commas; leave empty for none."
          error={errors.equipment?.message}
        >
          <input
            {...fieldControlProps('exercise-equipment', errors.equipment?.message, true)}
            {...register('equipment')}
            autoComplete="off"
          />
        </FormField>
      </div>
      <FormField
        id="exercise-instructions"
        label="Instructions"
        error={errors.instructions?.message}
      >
        <textarea
          {...fieldControlProps('exercise-instructions', errors.instructions?.message)}
          {...register('instructions')}
          rows={6}
          maxLength={EXERCISE_LIMITS.instructionsMax}
        />
      </FormField>
      <FormField
        id="exercise-media"
        label="Media URL"
        hint="Optional link to a picture or video (https only)."
        error={errors.mediaUrl?.message}
      >
        <input
          {...fieldControlProps('exercise-media', errors.mediaUrl?.message, true)}
          {...register('mediaUrl')}
          type="url"
          inputMode="url"
          placeholder="https://"
        />
      </FormField>
      <FormField
        id="exercise-progression"
        label="Harder exercise (next step on the ladder)"
        hint="Clients move on to this one once this exercise feels easy."
        error={errors.progressionId?.message}
      >
        {candidates.isSuccess ? (
          // Mounted only once the choices exist, so the stored choice can be selected.
          <select
            {...fieldControlProps('exercise-progression', errors.progressionId?.message, true)}
            {...register('progressionId')}
          >
            <option value="">None: this is the top of its ladder</option>
            {progressionId && !choices.some((e) => e.id === progressionId) && (
              <option value={progressionId}>The current choice (not in this category)</option>
            )}
            {choices.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name} (difficulty {e.difficulty})
              </option>
            ))}
          </select>
        ) : (
          <select
            {...fieldControlProps('exercise-progression', errors.progressionId?.message, true)}
            disabled
          >
            <option>
              {candidates.isError ? 'The exercises could not be loaded' : 'Loading exercises…'}
            </option>
          </select>
        )}
      </FormField>
      {ladderNote}
      {formError && (
        <p role="alert" className="alert">
          {formError}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
