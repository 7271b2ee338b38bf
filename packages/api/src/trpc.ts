import { initTRPC, TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { ZodError, ZodRealError } from 'zod';
import { databaseErrorInfo, users } from '@sixstep/db';
import type { Context, Role } from './context';
import { transformer } from './transformer';
import { findUnstorableText, UNSTORABLE_TEXT_MESSAGE } from './schemas/text';
import { isSessionCurrent } from './services/auth/session-rules';
import { consumeRateLimit, type RateLimit } from './services/rate-limit';

const isProduction = process.env.NODE_ENV === 'production';

/** "field.path: message" for the first issues, so a bad input names its field. */
function describeZodError(error: ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ');
}

const t = initTRPC.context<Context>().create({
  transformer,
  errorFormatter({ shape, error, ctx }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    if (error.code === 'INTERNAL_SERVER_ERROR') {
      // A database error's message and detail quote the statement's bound parameters (password
      // hashes, weights, notes): for those only the SQLSTATE and the constraint are logged.
      const database = databaseErrorInfo(error.cause);
      ctx?.log.error(
        database
          ? { database, path: shape.data.path, requestId: ctx.requestId }
          : { err: error.cause ?? error, requestId: ctx.requestId },
        database ? 'database error' : 'unexpected error',
      );
    }
    const hideDetails = isProduction && error.code === 'INTERNAL_SERVER_ERROR';
    return {
      ...shape,
      message: zodError
        ? describeZodError(zodError)
        : hideDetails
          ? `Something went wrong (request ${ctx?.requestId ?? 'unknown'})`
          : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        requestId: ctx?.requestId,
        fieldErrors: zodError
          ? Object.fromEntries(zodError.issues.map((i) => [i.path.join('.') || 'input', i.message]))
          : undefined,
        stack: isProduction ? undefined : shape.data.stack,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Every procedure refuses text the database cannot store (see schemas/text.ts) anywhere in its
 * input, as a zod error so the reply names the field like any other validation failure
 * (ZodRealError: the ZodError that is also an Error, as schema.parse throws it).
 */
export const publicProcedure = t.procedure.use(async ({ getRawInput, next }) => {
  const path = findUnstorableText(await getRawInput());
  if (path)
    throw new TRPCError({
      code: 'BAD_REQUEST',
      cause: new ZodRealError([
        { code: 'custom', path, message: UNSTORABLE_TEXT_MESSAGE, input: undefined },
      ]),
    });
  return next();
});

/**
 * A signed-in, still active user whose session is current: made with the user's present session
 * version and role (re-read from the database on every call) and within its absolute lifetime.
 */
export const authedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first' });
  const [row] = await ctx.db
    .select({
      id: users.id,
      role: users.role,
      deactivatedAt: users.deactivatedAt,
      email: users.email,
      name: users.name,
      unitPreference: users.unitPreference,
      timeZone: users.timeZone,
      sessionVersion: users.sessionVersion,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(users)
    .where(eq(users.id, ctx.session.userId));
  if (!row || row.deactivatedAt || !isSessionCurrent(ctx.session, row, ctx.now()))
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first' });
  const { sessionVersion: _version, deactivatedAt: _deactivated, totpEnabledAt, ...user } = row;
  return next({ ctx: { ...ctx, user: { ...user, twoFactorEnabled: totpEnabledAt !== null } } });
});

export function roleProcedure(...roles: Role[]) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.user.role))
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Not allowed for your role' });
    // Admins act only once two-factor sign-in is on (the pages send them to set it up).
    if (ctx.user.role === 'admin' && !ctx.user.twoFactorEnabled)
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: 'Turn on two-factor sign-in in your settings first: admins must use it',
      });
    return next({ ctx });
  });
}

export const adminProcedure = roleProcedure('admin');
export const coachProcedure = roleProcedure('coach');
export const clientProcedure = roleProcedure('client');

/**
 * A per-user limit for procedures that are expensive to answer (exports, roster, long ranges),
 * counted in the database so it holds across instances. Use after an authed procedure.
 */
export function rateLimited(name: string, rule: RateLimit) {
  return t.middleware(async ({ ctx, next }) => {
    const userId =
      (ctx as { user?: { id: string } }).user?.id ?? ctx.session?.userId ?? 'anonymous';
    await consumeRateLimit(ctx.db, `${name}:${userId}`, rule, ctx.now());
    return next();
  });
}
