import { describe, expect, it } from 'vitest';
import { apiErrorMessage, apiFieldErrors, setApiErrors } from './api-error';

/** An error as both tRPC clients hand it over, with the API's formatted data. */
function apiError(message: string, fieldErrors?: Record<string, string>) {
  return Object.assign(new Error(message), { data: { code: 'BAD_REQUEST', fieldErrors } });
}

function placed(error: unknown, toField: (path: string) => string | null) {
  const errors: Record<string, string> = {};
  setApiErrors<Record<string, string>>(
    error,
    (field, { message }) => (errors[field] = message ?? ''),
    toField,
  );
  return errors;
}

describe('reading the API’s field errors', () => {
  const error = apiError('targets.exercises.0.exerciseId: No such exercise in the catalog', {
    'targets.exercises.0.exerciseId': 'No such exercise in the catalog',
  });

  it('reads data.fieldErrors only, never the message text', () => {
    expect(apiFieldErrors(error)).toEqual({
      'targets.exercises.0.exerciseId': 'No such exercise in the catalog',
    });
    expect(apiFieldErrors(apiError('slug: looks like a field but is not one'))).toEqual({});
  });

  it('puts a message next to its field, and what no field shows on the form in words', () => {
    expect(
      placed(error, (path) => (path.endsWith('exerciseId') ? 'exercises.0.exerciseId' : null)),
    ).toEqual({
      'exercises.0.exerciseId': 'No such exercise in the catalog',
    });
    expect(placed(error, () => null)).toEqual({ root: 'No such exercise in the catalog' });
    expect(apiErrorMessage(error)).toBe('No such exercise in the catalog');
  });

  it('shows the message of a failure about no field', () => {
    expect(placed(apiError('This program was changed by someone else'), () => null)).toEqual({
      root: 'This program was changed by someone else',
    });
  });
});
