'use client';

import { useState } from 'react';
import { apiErrorMessage, apiFieldErrors } from '@/components/ui/api-error';

/**
 * A logger's values and messages. The loggers are small and /today has a tight JavaScript
 * budget, so they keep their state with React alone instead of a form library; the API checks
 * the input (the domain's schemas) and its per-field messages land here.
 */
export function useFields<T extends object>(initial: () => T) {
  const [values, setValues] = useState(initial);
  /** By field name, or by the full path the API named ('sets.0.reps'); 'root' for the form. */
  const [errors, setErrors] = useState<Record<string, string>>({});

  function set<K extends keyof T>(name: K, value: T[K]) {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors((current) => {
      if (!(name in current)) return current;
      const rest = { ...current };
      delete rest[name as string];
      return rest;
    });
  }

  /** The API's messages on the listed fields (a nested path stays whole); anything else on the form. */
  function fail(error: unknown, fields: ReadonlyArray<keyof T & string>) {
    const found: Record<string, string> = {};
    for (const [path, message] of Object.entries(apiFieldErrors(error)))
      if (fields.some((f) => f === path || path.startsWith(`${f}.`))) found[path] ??= message;
    setErrors(Object.keys(found).length ? found : { root: apiErrorMessage(error) });
  }

  return { values, set, errors, fail, setErrors, clearErrors: () => setErrors({}) };
}
