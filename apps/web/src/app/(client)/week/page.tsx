import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { isIsoDate } from '@sixstep/domain';
import { clientToday } from '@/components/client/client-today';
import { DateSwitcher } from '@/components/client/date-switcher';
import { formatDay } from '@/components/client/format';
import { NoProgramYet } from '@/components/client/state-panels';
import { WeekDays } from '@/components/client/week-days';
import { WeekSummary } from '@/components/client/week-summary';
import { serverApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'Week' };

/** The assignment week day by day: which steps each day met, and the week's score so far. */
export default async function WeekPage({
  searchParams,
}: {
  searchParams: Promise<{ date?: string }>;
}) {
  const { date: requested } = await searchParams;
  const api = await serverApi();
  const result = await api.plan.week({
    date: isIsoDate(requested) ? requested : undefined,
    today: await clientToday(),
  });
  if (result.date > result.today) redirect('/week');
  const { week, today } = result;

  if (!week)
    return (
      <>
        <h1>This week</h1>
        {result.date === today ? (
          <NoProgramYet />
        ) : (
          <p className="notice">No program covered this week.</p>
        )}
      </>
    );

  const current = week.startDate <= today && today <= week.endDate;
  const range = `${formatDay(week.startDate, { day: 'numeric', month: 'short' })} – ${formatDay(week.endDate, { day: 'numeric', month: 'short' })}`;
  return (
    <>
      <h1>{current ? 'This week' : `Week ${week.week}`}</h1>
      <DateSwitcher
        path="/week"
        date={result.date}
        today={today}
        step={7}
        label={`Week ${week.week} of ${week.assignment.weeks} · ${range}`}
      />
      <section aria-labelledby="week-summary-title" className="card">
        <h2 id="week-summary-title">How the week is going</h2>
        <WeekSummary week={week} />
      </section>
      <section aria-labelledby="week-days-title">
        <h2 id="week-days-title">Day by day</h2>
        <WeekDays days={week.days} today={today} />
      </section>
    </>
  );
}
