'use client';

import { useEffect, useState } from 'react';
import type * as PasswordStrengthModule from '@sixstep/api/password-strength';
import { PASSWORD_STRENGTH_LABELS, type PasswordVerdict } from '@sixstep/domain';

type Checker = typeof PasswordStrengthModule;

/**
 * The strength of the password being typed, judged by the same estimator and rule as the API.
 * The estimator's dictionaries are large, so they load only once someone starts typing.
 */
export function PasswordStrength({
  id,
  password,
  personal,
}: {
  id: string;
  password: string;
  personal: string[];
}) {
  const [checker, setChecker] = useState<Checker | null>(null);
  useEffect(() => {
    if (!password || checker) return;
    let live = true;
    void import('@sixstep/api/password-strength').then((module) => live && setChecker(module));
    return () => {
      live = false;
    };
  }, [password, checker]);
  if (!password) return null;
  if (!checker)
    return (
      <p id={id} className="muted" aria-live="polite">
        Checking strength…
      </p>
    );
  const estimate = checker.estimatePassword(password, personal);
  const verdict: PasswordVerdict = checker.checkPassword(password, personal);
  return (
    <p
      id={id}
      aria-live="polite"
      className={verdict.ok ? 'success' : 'muted'}
      data-testid="password-strength"
    >
      <meter min={0} max={4} value={estimate.score} aria-label="Password strength" />{' '}
      <strong>{PASSWORD_STRENGTH_LABELS[estimate.score]}</strong>
      {!verdict.ok && <> · {verdict.reason}</>}
    </p>
  );
}
