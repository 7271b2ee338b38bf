'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { UNIT_SYSTEMS, type UnitSystem } from '@sixstep/domain';
import { apiErrorMessage } from '@/components/ui/api-error';
import { useTRPC } from '@/trpc/client';
import styles from './logger.module.css';

/** kg or lb for every weight the app shows and asks for; stored on the account. */
export function UnitToggle({ unit }: { unit: UnitSystem }) {
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(
    trpc.account.updateSettings.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const shown =
    save.isPending && save.variables?.unitPreference ? save.variables.unitPreference : unit;
  return (
    <div className="stack">
      <fieldset className={styles.choices} aria-busy={save.isPending}>
        <legend>Weight unit</legend>
        {UNIT_SYSTEMS.map((option) => (
          <label key={option} className={styles.choice}>
            <input
              type="radio"
              name="unit"
              value={option}
              checked={shown === option}
              disabled={save.isPending}
              onChange={() => save.mutate({ unitPreference: option })}
            />
            <span>{option}</span>
          </label>
        ))}
      </fieldset>
      {save.error && (
        <p role="alert" className="field-error">
          {apiErrorMessage(save.error)}
        </p>
      )}
    </div>
  );
}
