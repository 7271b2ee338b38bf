import { initTRPC, TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { ZodError, ZodRealError } from 'zod';
import { users } from '@sixstep/db';
import type { Context, Role } from './context';
import { FieldProblem } from './errors';
import { transformer } from './transformer';
import { findUnstorableText, UNSTORABLE_TEXT_MESSAGE } from './schemas/text';

const isProduction = process.env.NODE_ENV === 'production';

/**
 * The per-field messages of a failure, keyed by dotted input path: every zod issue, or the one
 * field a service named (FieldProblem). Undefined when the error is not about fields.
 */
function fieldErrorsOf(cause: unknown): Record<string, string> | undefined {
  if (cause instanceof ZodError)
    return Object.fromEntries(cause.issues.map((i) => [i.path.join('.') || 'input', i.message]));
  if (cause instanceof FieldProblem) return { [cause.field]: cause.message };
  return undefined;
}

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
      ctx?.log.error({ err: error.cause ?? error, requestId: ctx.requestId }, 'unexpected error');
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
        fieldErrors: fieldErrorsOf(error.cause),
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

/** A signed-in, still active user; the token's role is re-read from the database. */
export const authedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first' });
  const [user] = await ctx.db
    .select({
      id: users.id,
      role: users.role,
      deactivatedAt: users.deactivatedAt,
      email: users.email,
      name: users.name,
      unitPreference: users.unitPreference,
    })
    .from(users)
    .where(eq(users.id, ctx.session.userId));
  if (!user || user.deactivatedAt)
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first' });
  return next({ ctx: { ...ctx, user } });
});

export function roleProcedure(...roles: Role[]) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.user.role))
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Not allowed for your role' });
    return next({ ctx });
  });
}

export const adminProcedure = roleProcedure('admin');
export const coachProcedure = roleProcedure('coach');
export const clientProcedure = roleProcedure('client');
