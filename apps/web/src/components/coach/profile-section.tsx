'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ageOn, formatWeight, type UnitSystem } from '@sixstep/domain';
import { useTRPC } from '@/trpc/client';
import { ACTIVITY_LABELS } from './activity-labels';
import { setApiErrors } from '@/components/ui/api-error';
import type { ClientDetail } from './api-types';
import { heightInUnit, heightUnitOf } from './body-units';
import { ClientFields } from './client-fields';
import {
  CLIENT_FORM_FIELD,
  clientFormSchema,
  fromProfile,
  toProfileInput,
  type ClientFormInput,
  type ClientFormValues,
} from './client-form-schema';
import styles from './facts.module.css';

export function ProfileSection({
  client,
  unit,
  today,
}: {
  client: ClientDetail;
  unit: UnitSystem;
  today: string;
}) {
  const [editing, setEditing] = useState(false);
  const { profile } = client;
  return (
    <section className="card" aria-labelledby="profile-heading">
      <div className="row">
        <h2 id="profile-heading">Profile</h2>
        <span className="spacer" />
        {client.invite.pending && <span className="badge warn">Invitation not accepted yet</span>}
      </div>
      {editing ? (
        <ProfileForm client={client} unit={unit} onDone={() => setEditing(false)} />
      ) : (
        <>
          <dl className={styles.facts}>
            <div>
              <dt>Sex</dt>
              <dd>{profile.sex === 'female' ? 'Female' : 'Male'}</dd>
            </div>
            <div>
              <dt>Age</dt>
              <dd>
                {ageOn(profile.birthDate, today)} (born {profile.birthDate})
              </dd>
            </div>
            <div>
              <dt>Height</dt>
              <dd>
                {heightInUnit(profile.heightCm, unit)} {heightUnitOf(unit)}
              </dd>
            </div>
            <div>
              <dt>Start weight</dt>
              <dd>{formatWeight(profile.startWeightKg, unit)}</dd>
            </div>
            <div>
              <dt>Activity</dt>
              <dd>{ACTIVITY_LABELS[profile.activityLevel]}</dd>
            </div>
          </dl>
          <p>
            <button type="button" className="secondary" onClick={() => setEditing(true)}>
              Edit profile
            </button>
          </p>
        </>
      )}
    </section>
  );
}

function ProfileForm({
  client,
  unit,
  onDone,
}: {
  client: ClientDetail;
  unit: UnitSystem;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { register, handleSubmit, formState, setError } = useForm<
    ClientFormInput,
    unknown,
    ClientFormValues
  >({
    resolver: zodResolver(clientFormSchema(unit)),
    defaultValues: { ...fromProfile(client.name, client.profile, unit), email: client.email },
  });
  const save = useMutation(
    trpc.clients.updateProfile.mutationOptions({
      onSuccess: (updated) => {
        queryClient.setQueryData(trpc.clients.get.queryKey({ clientId: client.id }), updated);
        void queryClient.invalidateQueries({ queryKey: trpc.adherence.pathKey() });
        onDone();
      },
      onError: (error) => {
        setApiErrors(error, setError, (path) => CLIENT_FORM_FIELD[path] ?? null);
      },
    }),
  );
  return (
    <form
      onSubmit={handleSubmit((values) =>
        save.mutate({ clientId: client.id, ...toProfileInput(values, unit) }),
      )}
      noValidate
      className="stack"
    >
      <ClientFields
        idPrefix="profile"
        register={register}
        errors={formState.errors}
        unit={unit}
        withEmail={false}
      />
      {formState.errors.root?.message && (
        <p role="alert" className="alert">
          {formState.errors.root.message}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save profile'}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
