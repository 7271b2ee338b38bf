/** What the mixed load runs, from the environment (see "How to run the mixed load" in BENCHMARKS.md). */
export interface LoadOptions {
  /** Virtual users in all; clients are what is left after coaches and admins. */
  users: number;
  coachUsers: number;
  adminUsers: number;
  seconds: number;
  /** Pause between two steps of one virtual user, drawn uniformly from [min, max] ms. */
  thinkMs: [number, number];
  /** Coach accounts, each with `clientsPerCoach` clients; client users are spread over them. */
  coaches: number;
  clientsPerCoach: number;
  historyDays: number;
  /** Exercises the admin users edit (shared between them, so edits race). */
  editedExercises: number;
  /** A request slower than this is an error (the user would have given up). */
  timeoutMs: number;
  /** The server's port; null picks a free one. */
  port: number | null;
  /** Where the results block is written, from the repository root; null prints only. */
  out: string | null;
}

const count = (env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name}: expected a whole number ≥ ${min}, got "${raw}"`);
  return value;
};

export function readLoadOptions(env: NodeJS.ProcessEnv = process.env): LoadOptions {
  const users = count(env, 'LOAD_USERS', 200, 3);
  const coachUsers = count(env, 'LOAD_COACH_USERS', Math.round(users * 0.2), 1);
  const adminUsers = count(env, 'LOAD_ADMIN_USERS', 2, 1);
  if (coachUsers + adminUsers >= users)
    throw new Error('LOAD_COACH_USERS + LOAD_ADMIN_USERS must leave room for client users');
  const [thinkMin, thinkMax] = (env.LOAD_THINK_MS ?? '50-250').split('-').map(Number);
  if (
    !Number.isFinite(thinkMin) ||
    !Number.isFinite(thinkMax) ||
    thinkMin! < 0 ||
    thinkMax! < thinkMin!
  )
    throw new Error(`LOAD_THINK_MS: expected "min-max" in ms, got "${env.LOAD_THINK_MS ?? ''}"`);
  return {
    users,
    coachUsers,
    adminUsers,
    seconds: count(env, 'LOAD_SECONDS', 60, 1),
    thinkMs: [thinkMin!, thinkMax!],
    coaches: count(env, 'LOAD_COACHES', coachUsers, 1),
    clientsPerCoach: count(env, 'LOAD_CLIENTS_PER_COACH', 25, 1),
    historyDays: count(env, 'LOAD_HISTORY_DAYS', 120, 30),
    editedExercises: count(env, 'LOAD_EDITED_EXERCISES', 6, 1),
    timeoutMs: count(env, 'LOAD_TIMEOUT_MS', 30_000, 1000),
    port: env.LOAD_PORT ? count(env, 'LOAD_PORT', 0, 1) : null,
    out: env.LOAD_OUT === '-' ? null : (env.LOAD_OUT ?? 'BENCHMARKS.md'),
  };
}

/** Client users: every user that is not a coach or an admin. */
export const clientUsers = (o: LoadOptions) => o.users - o.coachUsers - o.adminUsers;
