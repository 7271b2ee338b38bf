import {
  flagsFromCounts,
  isSettling,
  matchesFlagFilter,
  NO_FLAGS,
  NULL_SCORES,
  scoreSegments,
  type IsoDate,
} from '@sixstep/domain';
import type { Queryable } from '@sixstep/db';
import type { Actor } from '../../actor';
import type { RosterFilter } from '../../schemas/adherence';
import { toLikePattern } from '../../infra/like-pattern';
import { selectRosterStepCounts } from './select-roster-step-counts';

/**
 * Every client of the coach with their current assignment, last-7 and last-28-day scores and
 * flags, worst first: overall last-7 score ascending, clients with nothing to score last. One
 * statement whatever the roster's size (`selectRosterStepCounts`), scored and filtered by the
 * domain (`matchesFlagFilter`: a client without an assignment matches no flag filter).
 */
export async function listRoster(
  db: Queryable,
  coach: Actor,
  today: IsoDate,
  filter: RosterFilter = {},
) {
  const clients = await selectRosterStepCounts(db, {
    coachId: coach.id,
    today,
    search: filter.search ? toLikePattern(filter.search) : null,
  });
  const rows = clients.map(({ assignment, counts7, counts28, segments, ...client }) => {
    if (!assignment)
      return {
        ...client,
        assignment: null,
        last7: { ...NULL_SCORES },
        last28: { ...NULL_SCORES },
        flags: { ...NO_FLAGS },
      };
    const score = (window: 'counts7' | 'counts28') =>
      scoreSegments(
        segments.map((s) => ({ counts: s[window], targets: { program: s.programTargets } })),
      );
    // Settling in with nothing logged: "no data yet", as the domain's `computeAdherence` says.
    const noDataYet = isSettling(assignment.startDate, today) && counts28.loggedDays === 0;
    const last7 = noDataYet ? { ...NULL_SCORES } : score('counts7');
    const last28 = noDataYet ? { ...NULL_SCORES } : score('counts28');
    const flags = flagsFromCounts(counts7, last7, today, assignment.startDate, assignment.endDate);
    return { ...client, assignment, last7, last28, flags };
  });

  // Ranks: scored clients by overall score, then assigned but unscored, then unassigned; ties keep name order.
  const rank = (row: (typeof rows)[number]) =>
    row.assignment === null ? 3 : row.last7.overall === null ? 2 : row.last7.overall;
  return rows
    .filter((row) =>
      matchesFlagFilter({ assigned: row.assignment !== null, flags: row.flags }, filter.flag),
    )
    .sort((a, b) => rank(a) - rank(b));
}
