import {
  checkinByIdSchema,
  checkinListSchema,
  checkinReviewSchema,
  checkinSubmitSchema,
  checkinWeeksSchema,
} from '../schemas/checkins';
import { listCheckinWeeks } from '../services/checkins/checkin-weeks';
import { getCheckin } from '../services/checkins/get-checkin';
import { listCheckins } from '../services/checkins/list-checkins';
import { reviewCheckin } from '../services/checkins/review-checkin';
import { reviewQueue } from '../services/checkins/review-queue';
import { submitCheckin } from '../services/checkins/submit-checkin';
import { clientProcedure, coachProcedure, roleProcedure, router } from '../trpc';

/** Weekly check-ins: the client fills theirs in; their own coach reads and reviews them. */
const loopProcedure = roleProcedure('coach', 'client');

export const checkinsRouter = router({
  submit: clientProcedure
    .input(checkinSubmitSchema)
    .mutation(({ ctx, input }) => submitCheckin(ctx.db, ctx.user, input, ctx.now())),
  list: loopProcedure
    .input(checkinListSchema)
    .query(({ ctx, input }) => listCheckins(ctx.db, ctx.user, input)),
  get: loopProcedure
    .input(checkinByIdSchema)
    .query(({ ctx, input }) => getCheckin(ctx.db, ctx.user, input.id)),
  weeks: loopProcedure
    .input(checkinWeeksSchema)
    .query(({ ctx, input }) => listCheckinWeeks(ctx.db, ctx.user, input, ctx.now())),
  queue: coachProcedure.query(({ ctx }) => reviewQueue(ctx.db, ctx.user, ctx.now())),
  review: coachProcedure
    .input(checkinReviewSchema)
    .mutation(({ ctx, input }) => reviewCheckin(ctx.db, ctx.user, input, ctx.now())),
});
