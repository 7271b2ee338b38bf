'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { apiErrorMessage, apiFieldErrors } from '@/components/ui/api-error';
import { FormField, fieldControlProps } from '@/components/ui/form-field';
import { useTRPC } from '@/trpc/client';

type Enrolment = { qrSvg: string; secret: string };

/**
 * Two-factor enrolment: scan the QR code (or type the secret), confirm with a first code, then
 * write down the ten recovery codes, shown this once. Non-admins can turn it off again with
 * their password.
 */
export function TwoFactorSetup({ enabled, canDisable }: { enabled: boolean; canDisable: boolean }) {
  const trpc = useTRPC();
  const begin = useMutation(trpc.account.twoFactor.begin.mutationOptions());
  const confirm = useMutation(trpc.account.twoFactor.confirm.mutationOptions());
  const disable = useMutation(trpc.account.twoFactor.disable.mutationOptions());
  const [isOn, setIsOn] = useState(enabled);
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  const start = async () => {
    setError(null);
    try {
      const started = await begin.mutateAsync();
      setEnrolment({ qrSvg: started.qrSvg, secret: started.secret });
    } catch (e) {
      setError(apiErrorMessage(e));
    }
  };
  const finish = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const result = await confirm.mutateAsync({ code });
      setCodes(result.recoveryCodes);
      setEnrolment(null);
      setIsOn(true);
    } catch (e) {
      setError(apiFieldErrors(e).code ?? apiErrorMessage(e));
    }
  };
  const turnOff = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await disable.mutateAsync({ password });
      setIsOn(false);
      setPassword('');
    } catch (e) {
      setError(apiFieldErrors(e).password ?? apiErrorMessage(e));
    }
  };

  if (codes)
    return (
      <div className="stack">
        <p role="status" className="success">
          Two-factor sign-in is on.
        </p>
        <p>
          <strong>Recovery codes.</strong> Each lets you sign in once without your phone. Keep them
          somewhere safe: they are shown only now.
        </p>
        <ul className="recovery-codes" data-testid="recovery-codes">
          {codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <p>
          <a href="/">Continue</a>
        </p>
      </div>
    );

  if (isOn)
    return (
      <div className="stack">
        <p role="status" className="success">
          Two-factor sign-in is on: signing in asks for a code from your authenticator app.
        </p>
        {canDisable ? (
          <form className="stack" onSubmit={turnOff} aria-label="Turn off two-factor sign-in">
            <FormField
              id="tf-password"
              label="Your password, to turn it off"
              error={error ?? undefined}
            >
              <input
                {...fieldControlProps('tf-password', error ?? undefined)}
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            </FormField>
            <div>
              <button type="submit" className="secondary" disabled={disable.isPending}>
                Turn off two-factor sign-in
              </button>
            </div>
          </form>
        ) : (
          <p className="muted">Admins must keep it on.</p>
        )}
      </div>
    );

  if (!enrolment)
    return (
      <div className="stack">
        <p>
          Protect your account with a second step: after your password, a 6-digit code from an
          authenticator app on your phone (such as Google Authenticator, Microsoft Authenticator or
          1Password).
        </p>
        {error && (
          <p role="alert" className="alert">
            {error}
          </p>
        )}
        <div>
          <button type="button" onClick={start} disabled={begin.isPending}>
            Set up two-factor sign-in
          </button>
        </div>
      </div>
    );

  return (
    <form className="stack" onSubmit={finish} aria-label="Confirm two-factor sign-in">
      <p>1. Scan this code with your authenticator app.</p>
      <img
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`}
        alt="QR code to add Sixstep to your authenticator app"
        width={200}
        height={200}
      />
      <p>
        Cannot scan? Type this key into the app instead:{' '}
        <code data-testid="totp-secret">{enrolment.secret}</code>
      </p>
      <FormField
        id="tf-code"
        label="2. Enter the 6-digit code the app shows"
        error={error ?? undefined}
      >
        <input
          {...fieldControlProps('tf-code', error ?? undefined)}
          inputMode="numeric"
          autoComplete="one-time-code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
      </FormField>
      <div>
        <button type="submit" disabled={confirm.isPending}>
          Turn on two-factor sign-in
        </button>
      </div>
    </form>
  );
}
