import { desc, eq } from 'drizzle-orm';
import { assignments } from '@sixstep/db';

/**
 * Which of a client's assignments adherence, the roster and the coach look at: the active one,
 * else the one that started last (then the one created last). Every query that picks the
 * current assignment orders by this, so they cannot disagree.
 */
export const currentAssignmentFirst = [
  desc(eq(assignments.status, 'active')),
  desc(assignments.startDate),
  desc(assignments.createdAt),
];
