'use client';

import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { ACTIVITY_LEVELS, type UnitSystem } from '@sixstep/domain';
import { fieldControlProps, FormField } from '@/components/ui/form-field';
import { ACTIVITY_LABELS } from './activity-labels';
import { heightUnitOf } from './body-units';
import type { ClientFormInput } from './client-form-schema';

/** The fields shared by the invite form and the profile editor (e-mail only when inviting). */
export function ClientFields({
  idPrefix,
  register,
  errors,
  unit,
  withEmail,
}: {
  idPrefix: string;
  register: UseFormRegister<ClientFormInput>;
  errors: FieldErrors<ClientFormInput>;
  unit: UnitSystem;
  withEmail: boolean;
}) {
  const field = (name: keyof ClientFormInput) => {
    const id = `${idPrefix}-${name}`;
    const error = errors[name]?.message;
    return { id, error, control: fieldControlProps(id, error) };
  };
  const name = field('name');
  const email = field('email');
  const sex = field('sex');
  const birthDate = field('birthDate');
  const height = field('height');
  const startWeight = field('startWeight');
  const activity = field('activityLevel');
  return (
    <div className="grid">
      <FormField id={name.id} label="Name" error={name.error}>
        <input autoComplete="off" {...name.control} {...register('name')} />
      </FormField>
      {withEmail && (
        <FormField id={email.id} label="E-mail" error={email.error}>
          <input type="email" autoComplete="off" {...email.control} {...register('email')} />
        </FormField>
      )}
      <FormField id={sex.id} label="Sex (used by the calorie formula)" error={sex.error}>
        <select {...sex.control} {...register('sex')}>
          <option value="" disabled>
            Choose…
          </option>
          <option value="female">Female</option>
          <option value="male">Male</option>
        </select>
      </FormField>
      <FormField id={birthDate.id} label="Birth date" error={birthDate.error}>
        <input type="date" {...birthDate.control} {...register('birthDate')} />
      </FormField>
      <FormField id={height.id} label={`Height (${heightUnitOf(unit)})`} error={height.error}>
        <input
          type="number"
          inputMode="decimal"
          step="0.1"
          {...height.control}
          {...register('height', { valueAsNumber: true })}
        />
      </FormField>
      <FormField id={startWeight.id} label={`Start weight (${unit})`} error={startWeight.error}>
        <input
          type="number"
          inputMode="decimal"
          step="0.1"
          {...startWeight.control}
          {...register('startWeight', { valueAsNumber: true })}
        />
      </FormField>
      <FormField id={activity.id} label="Activity level" error={activity.error}>
        <select {...activity.control} {...register('activityLevel')}>
          {ACTIVITY_LEVELS.map((level) => (
            <option key={level} value={level}>
              {ACTIVITY_LABELS[level]}
            </option>
          ))}
        </select>
      </FormField>
    </div>
  );
}
