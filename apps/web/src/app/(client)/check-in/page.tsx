import type { Metadata } from 'next';
import { formatLength, formatWeight, WEEKDAY_NAMES } from '@sixstep/domain';
import { CheckinForm } from '@/components/checkins/checkin-form';
import { CheckinWeekList } from '@/components/checkins/week-list';
import { clientToday } from '@/components/client/client-today';
import { formatDay } from '@/components/client/format';
import { NoProgramYet } from '@/components/client/state-panels';
import { LinkedText } from '@/components/messages/linked-text';
import { ApiProvider } from '@/trpc/client';
import { serverApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'Check-in' };

/** This week's check-in (editable until the coach has reviewed it) and every week's status. */
export default async function CheckInPage() {
  const api = await serverApi();
  const today = await clientToday();
  const [me, weeks] = await Promise.all([
    api.auth.me(),
    api.checkins.weeks(today ? { today } : {}),
  ]);
  const unit = me.unitPreference;
  if (!weeks.assignment)
    return (
      <>
        <h1>Weekly check-in</h1>
        <NoProgramYet />
      </>
    );
  const current = weeks.thisWeek;
  const existing = current?.checkinId ? await api.checkins.get({ id: current.checkinId }) : null;

  return (
    <>
      <h1>Weekly check-in</h1>
      {current ? (
        <p>
          Week {current.week} · check-in day {formatDay(current.dueDate)} (every{' '}
          {WEEKDAY_NAMES[weeks.checkinWeekday]})
        </p>
      ) : (
        <p className="muted">Your program has ended; earlier weeks are listed below.</p>
      )}
      {existing?.reviewedAt ? (
        <section className="card stack" aria-labelledby="reviewed-title">
          <h2 id="reviewed-title">Reviewed by your coach</h2>
          <p>
            {[
              existing.weightKg && formatWeight(existing.weightKg, unit),
              existing.waistCm && `waist ${formatLength(existing.waistCm, unit)}`,
              existing.hipsCm && `hips ${formatLength(existing.hipsCm, unit)}`,
              existing.chestCm && `chest ${formatLength(existing.chestCm, unit)}`,
            ]
              .filter(Boolean)
              .join(' · ') || 'No measurements this week.'}
          </p>
          {existing.reply ? (
            <blockquote data-testid="coach-reply">
              <LinkedText text={existing.reply} />
            </blockquote>
          ) : (
            <p className="muted">No reply this time.</p>
          )}
        </section>
      ) : current ? (
        <ApiProvider>
          <CheckinForm
            unit={unit}
            date={weeks.today}
            initial={
              existing && {
                ...existing,
                photos: existing.photos,
              }
            }
          />
        </ApiProvider>
      ) : null}
      <section className="card" aria-labelledby="weeks-title">
        <h2 id="weeks-title">Your weeks</h2>
        <CheckinWeekList weeks={weeks.weeks} />
      </section>
    </>
  );
}
