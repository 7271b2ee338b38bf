'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { checkinSubmitSchema } from '@sixstep/api/schemas';
import {
  lengthInUnit,
  lengthToCm,
  lengthUnitOf,
  weightInUnit,
  weightToKg,
  type UnitSystem,
} from '@sixstep/domain';
import { apiFieldErrors, apiErrorMessage } from '@/components/ui/api-error';
import { fieldControlProps, FormField } from '@/components/ui/form-field';
import { useTRPC } from '@/trpc/client';
import { PhotoPicker, type Pose } from './photo-picker';
import { ScaleField } from './scale-field';
import styles from './checkin-form.module.css';

/** What the form shows: measurements as typed in the person's unit. */
interface Draft {
  weight: string;
  waist: string;
  hips: string;
  chest: string;
  energy: number | null;
  hunger: number | null;
  sleep: number | null;
  stress: number | null;
  win: string;
  struggle: string;
  question: string;
  photos: Record<Pose, string | null>;
}

export interface CheckinInitial {
  weightKg: number | null;
  waistCm: number | null;
  hipsCm: number | null;
  chestCm: number | null;
  energy: number;
  hunger: number;
  sleep: number;
  stress: number;
  win: string | null;
  struggle: string | null;
  question: string | null;
  photos: Array<{ id: string; pose: Pose }>;
}

const POSES: Pose[] = ['front', 'side', 'back'];
const num = (text: string, toSi: (n: number) => number) =>
  text.trim() === '' ? null : Number.isFinite(Number(text)) ? toSi(Number(text)) : Number.NaN;

function draftOf(initial: CheckinInitial | null, unit: UnitSystem): Draft {
  const length = (cm: number | null) => (cm === null ? '' : String(lengthInUnit(cm, unit)));
  return {
    weight: initial?.weightKg ? String(weightInUnit(initial.weightKg, unit)) : '',
    waist: length(initial?.waistCm ?? null),
    hips: length(initial?.hipsCm ?? null),
    chest: length(initial?.chestCm ?? null),
    energy: initial?.energy ?? null,
    hunger: initial?.hunger ?? null,
    sleep: initial?.sleep ?? null,
    stress: initial?.stress ?? null,
    win: initial?.win ?? '',
    struggle: initial?.struggle ?? '',
    question: initial?.question ?? '',
    photos: Object.fromEntries(
      POSES.map((pose) => [pose, initial?.photos.find((p) => p.pose === pose)?.id ?? null]),
    ) as Record<Pose, string | null>,
  };
}

/**
 * The weekly check-in, phone first. Lengths and weight are typed in the person's unit and sent in
 * SI; the API's own schema checks the converted values, so both refuse the same input.
 */
export function CheckinForm({
  unit,
  date,
  initial,
}: {
  unit: UnitSystem;
  date: string;
  initial: CheckinInitial | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [draft, setDraft] = useState(() => draftOf(initial, unit));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const ids = { weight: useId(), waist: useId(), hips: useId(), chest: useId() };
  const textIds = { win: useId(), struggle: useId(), question: useId() };
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setSaved(false);
  };
  const submit = useMutation(
    trpc.checkins.submit.mutationOptions({
      onSuccess: () => {
        setSaved(true);
        router.refresh();
      },
      onError: (error) => {
        const fields = apiFieldErrors(error);
        setErrors(fields);
        setFormError(Object.keys(fields).length ? null : apiErrorMessage(error));
      },
    }),
  );
  const lengthUnit = lengthUnitOf(unit);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const toCm = (n: number) => Math.round(lengthToCm(n, unit) * 10) / 10;
    const parsed = checkinSubmitSchema.safeParse({
      date,
      weightKg: num(draft.weight, (n) => Math.round(weightToKg(n, unit) * 1000) / 1000),
      waistCm: num(draft.waist, toCm),
      hipsCm: num(draft.hips, toCm),
      chestCm: num(draft.chest, toCm),
      energy: draft.energy ?? undefined,
      hunger: draft.hunger ?? undefined,
      sleep: draft.sleep ?? undefined,
      stress: draft.stress ?? undefined,
      win: draft.win,
      struggle: draft.struggle,
      question: draft.question,
      photoIds: POSES.flatMap((pose) => (draft.photos[pose] ? [draft.photos[pose]] : [])),
    });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    submit.mutate(parsed.data);
  };

  const measure = (
    key: 'weight' | 'waist' | 'hips' | 'chest',
    label: string,
    unitLabel: string,
  ) => {
    const field = key === 'weight' ? 'weightKg' : `${key}Cm`;
    return (
      <FormField id={ids[key]} label={`${label} (${unitLabel})`} error={errors[field]}>
        <input
          {...fieldControlProps(ids[key], errors[field])}
          type="number"
          inputMode="decimal"
          step="any"
          min={0}
          value={draft[key]}
          onChange={(e) => set(key, e.target.value)}
        />
      </FormField>
    );
  };
  const scale = (
    key: 'energy' | 'hunger' | 'sleep' | 'stress',
    label: string,
    low: string,
    high: string,
  ) => (
    <ScaleField
      name={key}
      label={label}
      low={low}
      high={high}
      value={draft[key]}
      error={errors[key]}
      onChange={(v) => set(key, v)}
    />
  );
  const text = (key: 'win' | 'struggle' | 'question', label: string) => (
    <FormField id={textIds[key]} label={label} error={errors[key]}>
      <textarea
        {...fieldControlProps(textIds[key], errors[key])}
        value={draft[key]}
        maxLength={2000}
        onChange={(e) => set(key, e.target.value)}
      />
    </FormField>
  );

  return (
    <form onSubmit={onSubmit} className="stack" noValidate aria-label="Weekly check-in">
      <section className="card stack" aria-labelledby="measure-title">
        <h2 id="measure-title">Measurements</h2>
        <p className="muted">Measure in the morning, before breakfast; leave out what you skip.</p>
        <div className={styles.grid}>
          {measure('weight', 'Body weight', unit)}
          {measure('waist', 'Waist', lengthUnit)}
          {measure('hips', 'Hips', lengthUnit)}
          {measure('chest', 'Chest', lengthUnit)}
        </div>
      </section>
      <section className="card stack" aria-labelledby="feel-title">
        <h2 id="feel-title">How the week felt</h2>
        {scale('energy', 'Energy', 'very low', 'very high')}
        {scale('hunger', 'Hunger', 'rarely hungry', 'hungry all the time')}
        {scale('sleep', 'Sleep', 'very poor', 'very good')}
        {scale('stress', 'Stress', 'very calm', 'very stressed')}
      </section>
      <section className="card stack" aria-labelledby="words-title">
        <h2 id="words-title">In your words</h2>
        {text('win', 'A win this week')}
        {text('struggle', 'A struggle')}
        {text('question', 'A question for your coach')}
      </section>
      <section className="card stack" aria-labelledby="photos-title">
        <h2 id="photos-title">Progress photos</h2>
        <p className="muted">
          Optional: front, side and back, in the same light and spot each week. The back shows this
          program best. Only you and your coach can see them; location and camera details are
          removed.
        </p>
        <div className={styles.photos}>
          {POSES.map((pose) => (
            <PhotoPicker
              key={pose}
              pose={pose}
              takenOn={date}
              photoId={draft.photos[pose]}
              onUploaded={(id) => set('photos', { ...draft.photos, [pose]: id })}
            />
          ))}
        </div>
        {errors.photoIds && <p className="field-error">{errors.photoIds}</p>}
      </section>
      {formError && (
        <p className="alert" role="alert">
          {formError}
        </p>
      )}
      {saved && (
        <p className="notice" role="status">
          Sent to your coach. You can change it until they have reviewed it.
        </p>
      )}
      <div>
        <button type="submit" disabled={submit.isPending}>
          {submit.isPending ? 'Sending…' : initial ? 'Update check-in' : 'Send check-in'}
        </button>
      </div>
    </form>
  );
}
