'use client';

import { useState, type InputHTMLAttributes } from 'react';
import { weightInUnit, weightToKg, type UnitSystem } from '@sixstep/domain';

type WeightInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'type'
> & {
  /** The stored value, in kg. */
  valueKg: number | null | undefined;
  unit: UnitSystem;
  /** `unreadable`: the box holds text that is not a number (the browser then reports it empty). */
  onChangeKg: (kg: number | null, unreadable: boolean) => void;
};

/**
 * A weight typed in the person's unit while the form holds kg (what the API stores).
 * The typed text is kept as typed, so "22." in lb is not rewritten mid-entry.
 */
export function WeightInput({ valueKg, unit, onChangeKg, ...rest }: WeightInputProps) {
  const [text, setText] = useState(valueKg == null ? '' : String(weightInUnit(valueKg, unit)));
  return (
    <input
      {...rest}
      type="number"
      inputMode="decimal"
      step="any"
      min={0}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const n = e.target.value === '' ? null : Number(e.target.value);
        onChangeKg(
          n === null || Number.isNaN(n) ? null : Math.round(weightToKg(n, unit) * 1000) / 1000,
          e.target.validity.badInput,
        );
      }}
    />
  );
}
