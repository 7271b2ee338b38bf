'use client';

import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { ACTIVITY_LEVELS, type UnitSystem } from '@sixstep/domain';
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
  const describe = (name: keyof ClientFormInput) => ({
    'aria-invalid': Boolean(errors[name]),
    'aria-describedby': `${idPrefix}-${name}-error`,
  });
  const error = (name: keyof ClientFormInput) => (
    <span id={`${idPrefix}-${name}-error`} className="field-error">
      {errors[name]?.message}
    </span>
  );
  return (
    <div className="grid">
      <label>
        Name
        <input autoComplete="off" {...register('name')} {...describe('name')} />
        {error('name')}
      </label>
      {withEmail && (
        <label>
          E-mail
          <input type="email" autoComplete="off" {...register('email')} {...describe('email')} />
          {error('email')}
        </label>
      )}
      <label>
        Sex (used by the calorie formula)
        <select {...register('sex')} {...describe('sex')}>
          <option value="" disabled>
            Choose…
          </option>
          <option value="female">Female</option>
          <option value="male">Male</option>
        </select>
        {error('sex')}
      </label>
      <label>
        Birth date
        <input type="date" {...register('birthDate')} {...describe('birthDate')} />
        {error('birthDate')}
      </label>
      <label>
        Height ({heightUnitOf(unit)})
        <input type="number" inputMode="decimal" step="0.1" {...register('height', { valueAsNumber: true })} {...describe('height')} />
        {error('height')}
      </label>
      <label>
        Start weight ({unit})
        <input type="number" inputMode="decimal" step="0.1" {...register('startWeight', { valueAsNumber: true })} {...describe('startWeight')} />
        {error('startWeight')}
      </label>
      <label>
        Activity level
        <select {...register('activityLevel')} {...describe('activityLevel')}>
          {ACTIVITY_LEVELS.map((level) => (
            <option key={level} value={level}>
              {ACTIVITY_LABELS[level]}
            </option>
          ))}
        </select>
        {error('activityLevel')}
      </label>
    </div>
  );
}
