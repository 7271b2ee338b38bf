'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import {
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_KINDS,
  accountSettingsSchema,
} from '@sixstep/api/schemas';
import { apiErrorMessage, showApiFieldErrors } from '@/components/ui/api-error';
import { FormField, fieldControlProps } from '@/components/ui/form-field';
import { useTRPC } from '@/trpc/client';

const formSchema = accountSettingsSchema.required({
  name: true,
  unitPreference: true,
  timeZone: true,
});
type Values = z.input<typeof formSchema>;

const KIND_LABELS: Record<(typeof NOTIFICATION_KINDS)[number], string> = {
  message: 'New messages',
  checkin: 'Weekly check-ins',
  reminder: 'Reminders to log',
  weekly_summary: 'Weekly summary',
};
const DELIVERY_LABELS = { immediately: 'Immediately', daily: 'Once a day', off: 'Off' } as const;

export interface SettingsValues {
  name: string;
  unitPreference: 'kg' | 'lb';
  timeZone: string;
  notificationPreferences: Partial<
    Record<(typeof NOTIFICATION_KINDS)[number], 'immediately' | 'daily' | 'off'>
  >;
}

/** Name, unit, time zone (the browser's is proposed) and how to hear about each kind of news. */
export function SettingsForm({ initial }: { initial: SettingsValues }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.account.updateSettings.mutationOptions());
  const [saved, setSaved] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [browserZone, setBrowserZone] = useState<string | null>(null);
  useEffect(() => setBrowserZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      ...initial,
      notificationPreferences: Object.fromEntries(
        NOTIFICATION_KINDS.map((kind) => [
          kind,
          initial.notificationPreferences[kind] ?? 'immediately',
        ]),
      ),
    },
  });
  const zone = watch('timeZone');

  const submit = handleSubmit(async (values) => {
    setSaved(false);
    setFormError(null);
    try {
      await update.mutateAsync(values);
      await queryClient.invalidateQueries();
      setSaved(true);
    } catch (error) {
      if (
        !showApiFieldErrors(error, setError, [
          'name',
          'unitPreference',
          'timeZone',
          'notificationPreferences',
        ])
      )
        setFormError(apiErrorMessage(error));
    }
  });

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Your settings">
      <FormField id="settings-name" label="Name" error={errors.name?.message}>
        <input
          {...fieldControlProps('settings-name', errors.name?.message)}
          {...register('name')}
          autoComplete="name"
        />
      </FormField>
      <FormField id="settings-unit" label="Weights in" error={errors.unitPreference?.message}>
        <select
          {...fieldControlProps('settings-unit', errors.unitPreference?.message)}
          {...register('unitPreference')}
        >
          <option value="kg">Kilograms (kg)</option>
          <option value="lb">Pounds (lb)</option>
        </select>
      </FormField>
      <FormField
        id="settings-zone"
        label="Time zone"
        hint="Decides when your day starts and when daily mails arrive. A name like Europe/Berlin."
        error={errors.timeZone?.message}
      >
        <input
          {...fieldControlProps('settings-zone', errors.timeZone?.message, true)}
          {...register('timeZone')}
        />
      </FormField>
      {browserZone && browserZone !== zone && (
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() => setValue('timeZone', browserZone, { shouldDirty: true })}
          >
            Use this device&apos;s time zone: {browserZone}
          </button>
        </p>
      )}
      <fieldset className="stack">
        <legend>Notifications</legend>
        {NOTIFICATION_KINDS.map((kind) => (
          <FormField key={kind} id={`notify-${kind}`} label={KIND_LABELS[kind]}>
            <select id={`notify-${kind}`} {...register(`notificationPreferences.${kind}`)}>
              {NOTIFICATION_DELIVERIES.map((delivery) => (
                <option key={delivery} value={delivery}>
                  {DELIVERY_LABELS[delivery]}
                </option>
              ))}
            </select>
          </FormField>
        ))}
      </fieldset>
      {formError && (
        <p role="alert" className="alert">
          {formError}
        </p>
      )}
      {saved && (
        <p role="status" className="success">
          Settings saved.
        </p>
      )}
      <div>
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save settings'}
        </button>
      </div>
    </form>
  );
}
