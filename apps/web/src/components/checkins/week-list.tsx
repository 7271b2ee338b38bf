import type { CheckinStatus } from '@sixstep/domain';
import { formatDay } from '@/components/client/format';
import { CHECKIN_STATUS } from './status-labels';

/** Every started week with its check-in status; a missed week is a row saying so, not a gap. */
export function CheckinWeekList({
  weeks,
  hrefOf,
}: {
  weeks: Array<{ week: number; dueDate: string; status: CheckinStatus; checkinId: string | null }>;
  hrefOf?: (checkinId: string) => string;
}) {
  if (weeks.length === 0) return <p className="muted">The program has not started yet.</p>;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Check-ins by week">
      <table>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Check-in day</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => {
            const status = CHECKIN_STATUS[w.status];
            return (
              <tr key={w.week} data-testid="checkin-week">
                <th scope="row">{w.week}</th>
                <td>{formatDay(w.dueDate)}</td>
                <td>
                  {w.checkinId && hrefOf ? (
                    <a href={hrefOf(w.checkinId)} className={`badge ${status.tone}`}>
                      {status.label}
                    </a>
                  ) : (
                    <span className={`badge ${status.tone}`}>{status.label}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
